package io.github.sagemakercdk;

import static io.github.sagemakercdk.HostingFixtures.instanceVariant;
import static io.github.sagemakercdk.HostingFixtures.model;
import static io.github.sagemakercdk.HostingFixtures.serverlessVariant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;

/** Endpoints wired to their configs and models, with auto scaling of instance variants, and serverless. */
class EndpointTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(EndpointTest.class);
  private static final String SCALING_ROLE = "arn:<AWS::Partition>:iam::<AWS::AccountId>:role/aws-service-role/"
      + "sagemaker.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_SageMakerEndpoint";

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> variants(Template template, EndpointConfig config) {
    return (List<Map<String, Object>>) Cfn.properties(template, Cfn.logicalId(config, "EndpointConfig"))
        .get("ProductionVariants");
  }

  /** The one resource of {@code type} whose property {@code key} flattens to {@code value}. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> resourceWith(Template template, String type, String key, String value) {
    Map<String, Map<String, Object>> found = (Map<String, Map<String, Object>>) (Map<String, ?>)
        template.findResources(type);
    List<Map<String, Object>> matching = found.values().stream()
        .map(resource -> (Map<String, Object>) resource.get("Properties"))
        .filter(properties -> value.equals(Cfn.flat(properties.get(key))))
        .toList();
    assertEquals(1, matching.size(), type + " with " + key + " " + value + " in " + found);
    return matching.get(0);
  }

  @Test
  void anInstanceEndpointScalesEachVariantOnInvocations() {
    Stack stack = new Stack(new App(), "RealTime");
    Model model = model(stack, "Model");
    EndpointConfig config = new EndpointConfig(stack, "EndpointConfig", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(
            instanceVariant("AllTraffic", model).initialInstanceCount(2).initialVariantWeight(3).build(),
            instanceVariant("Canary", model).instanceType(InstanceType.C5_XLARGE).build()))
        .build());
    Endpoint endpoint = new Endpoint(stack, "Endpoint", EndpointProps.builder().endpointConfig(config).build());

    endpoint.findInstanceProductionVariant("AllTraffic")
        .autoScaleInstanceCount(EnableScalingProps.builder().minCapacity(1).maxCapacity(4).build())
        .scaleOnInvocations("InvocationsScaling", InvocationsScalingProps.builder().maxRequestsPerSecond(20).build());
    endpoint.findInstanceProductionVariant("Canary")
        .autoScaleInstanceCount(EnableScalingProps.builder().maxCapacity(2).build())
        .scaleOnInvocations("InvocationsScaling", InvocationsScalingProps.builder()
            .maxRequestsPerSecond(2.5).safetyFactor(1).disableScaleIn(true).policyName("canary-invocations")
            .scaleInCooldown(Duration.minutes(10)).scaleOutCooldown(Duration.minutes(1)).build());

    Template template = templates.of(stack);
    String modelName = "<" + Cfn.logicalId(model) + ".ModelName>";
    assertEquals(List.of(
            Map.of("VariantName", "AllTraffic", "ModelName", Map.of("Fn::GetAtt", List.of(Cfn.logicalId(model), "ModelName")),
                "InstanceType", "ml.m5.large", "InitialInstanceCount", 2, "InitialVariantWeight", 3),
            Map.of("VariantName", "Canary", "ModelName", Map.of("Fn::GetAtt", List.of(Cfn.logicalId(model), "ModelName")),
                "InstanceType", "ml.c5.xlarge", "InitialInstanceCount", 1, "InitialVariantWeight", 1)),
        variants(template, config));
    assertEquals(modelName, Cfn.flat(variants(template, config).get(0).get("ModelName")));
    String endpointId = Cfn.logicalId(endpoint, "Endpoint");
    assertEquals(Map.of("EndpointConfigName",
            Map.of("Fn::GetAtt", List.of(Cfn.logicalId(config, "EndpointConfig"), "EndpointConfigName"))),
        Cfn.properties(template, endpointId));

    template.resourceCountIs("AWS::ApplicationAutoScaling::ScalableTarget", 2);
    template.resourceCountIs("AWS::ApplicationAutoScaling::ScalingPolicy", 2);
    template.resourceCountIs("AWS::IAM::Role", 1);
    String variantPrefix = "endpoint/<" + endpointId + ".EndpointName>/variant/";
    Map<String, Object> allTraffic = resourceWith(template, "AWS::ApplicationAutoScaling::ScalableTarget",
        "ResourceId", variantPrefix + "AllTraffic");
    assertEquals("sagemaker", allTraffic.get("ServiceNamespace"));
    assertEquals("sagemaker:variant:DesiredInstanceCount", allTraffic.get("ScalableDimension"));
    assertEquals(1, allTraffic.get("MinCapacity"));
    assertEquals(4, allTraffic.get("MaxCapacity"));
    assertEquals(SCALING_ROLE, Cfn.flat(allTraffic.get("RoleARN")), "Application Auto Scaling's service-linked role");
    Map<String, Object> canary = resourceWith(template, "AWS::ApplicationAutoScaling::ScalableTarget",
        "ResourceId", variantPrefix + "Canary");
    assertEquals(1, canary.get("MinCapacity"), "the minimum defaults to the initial instance count");
    assertEquals(2, canary.get("MaxCapacity"));
    assertEquals(SCALING_ROLE, Cfn.flat(canary.get("RoleARN")));

    // With several variants, each scalable count is named after its variant.
    String allTrafficTarget = Cfn.logicalId(
        endpoint.getNode().findChild("AllTrafficInstanceCount").getNode().findChild("Target"), "Resource");
    Map<String, Object> allTrafficPolicy = resourceWith(template, "AWS::ApplicationAutoScaling::ScalingPolicy",
        "ScalingTargetId", "<" + allTrafficTarget + ">");
    assertEquals("TargetTrackingScaling", allTrafficPolicy.get("PolicyType"));
    assertEquals(Map.of(
            "PredefinedMetricSpecification", Map.of("PredefinedMetricType", "SageMakerVariantInvocationsPerInstance"),
            "TargetValue", 600),
        allTrafficPolicy.get("TargetTrackingScalingPolicyConfiguration"),
        "20 requests per second * 60 seconds * the default safety factor 0.5");

    String canaryTarget = Cfn.logicalId(
        endpoint.getNode().findChild("CanaryInstanceCount").getNode().findChild("Target"), "Resource");
    Map<String, Object> canaryPolicy = resourceWith(template, "AWS::ApplicationAutoScaling::ScalingPolicy",
        "ScalingTargetId", "<" + canaryTarget + ">");
    assertEquals("canary-invocations", canaryPolicy.get("PolicyName"));
    assertEquals(Map.of(
            "PredefinedMetricSpecification", Map.of("PredefinedMetricType", "SageMakerVariantInvocationsPerInstance"),
            "TargetValue", 150,
            "DisableScaleIn", true,
            "ScaleInCooldown", 600,
            "ScaleOutCooldown", 60),
        canaryPolicy.get("TargetTrackingScalingPolicyConfiguration"));
  }

  @Test
  void aServerlessEndpoint() {
    Stack stack = new Stack(new App(), "Serverless");
    Model model = model(stack, "Model");
    EndpointConfig config = EndpointConfig.Builder.create(stack, "EndpointConfig")
        .serverlessProductionVariant(serverlessVariant("AllTraffic", model).provisionedConcurrency(5).build())
        .build();
    Endpoint endpoint = Endpoint.Builder.create(stack, "Endpoint").endpointConfig(config)
        .endpointName("churn-serverless").build();

    Template template = templates.of(stack);
    assertEquals(List.of(Map.of(
            "VariantName", "AllTraffic",
            "ModelName", Map.of("Fn::GetAtt", List.of(Cfn.logicalId(model), "ModelName")),
            "InitialVariantWeight", 1,
            "ServerlessConfig", Map.of("MemorySizeInMB", 2048, "MaxConcurrency", 20, "ProvisionedConcurrency", 5))),
        variants(template, config));
    assertEquals("churn-serverless", Cfn.properties(template, Cfn.logicalId(endpoint, "Endpoint")).get("EndpointName"));
    assertEquals(List.of(), endpoint.getInstanceProductionVariants());
    assertEquals("<" + Cfn.logicalId(endpoint, "Endpoint") + ".EndpointName>",
        Cfn.flat(stack.resolve(endpoint.getEndpointName())));
    assertEquals("<" + Cfn.logicalId(endpoint, "Endpoint") + ">", Cfn.flat(stack.resolve(endpoint.getEndpointArn())),
        "Ref of AWS::SageMaker::Endpoint is its ARN");
    template.resourceCountIs("AWS::ApplicationAutoScaling::ScalableTarget", 0);
  }
}
