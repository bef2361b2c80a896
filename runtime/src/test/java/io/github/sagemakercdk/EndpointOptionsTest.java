package io.github.sagemakercdk;

import static io.github.sagemakercdk.HostingFixtures.instanceVariant;
import static io.github.sagemakercdk.HostingFixtures.model;
import static io.github.sagemakercdk.HostingFixtures.serverlessVariant;
import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigateway.SagemakerIntegration;
import software.amazon.awscdk.services.apigateway.SagemakerIntegrationOptions;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;

/** Every option of EndpointConfig and Endpoint, the imports, grantInvoke and the variants' metrics. */
class EndpointOptionsTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(EndpointOptionsTest.class);
  private static final StackProps OREGON = StackProps.builder()
      .env(Environment.builder().account("123456789012").region("us-west-2").build()).build();

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> variants(Template template, EndpointConfig config) {
    return (List<Map<String, Object>>) Cfn.properties(template, Cfn.logicalId(config, "EndpointConfig"))
        .get("ProductionVariants");
  }

  @Test
  void configNameKeyDefaultsAndVariantsAddedLater() {
    Stack stack = new Stack(new App(), "ConfigOptions");
    Model model = model(stack, "Model");
    Key key = Key.Builder.create(stack, "Key").enableKeyRotation(true).build();
    EndpointConfig named = EndpointConfig.Builder.create(stack, "Named")
        .endpointConfigName("churn-config")
        .encryptionKey(key)
        .instanceProductionVariants(List.of(InstanceProductionVariantProps.builder()
            .variantName("Defaults").model(model).build()))
        .build();
    named.addInstanceProductionVariant(instanceVariant("Weighted", model)
        .initialInstanceCount(3).initialVariantWeight(0).build());
    EndpointConfig unnamed = new EndpointConfig(stack, "Unnamed");
    unnamed.addServerlessProductionVariant(serverlessVariant("Serverless", model).initialVariantWeight(0.5).build());

    Template template = templates.of(stack);
    Map<String, Object> properties = Cfn.properties(template, Cfn.logicalId(named, "EndpointConfig"));
    assertEquals("churn-config", properties.get("EndpointConfigName"));
    assertEquals("<" + Cfn.logicalId(key, "Resource") + ".Arn>", Cfn.flat(properties.get("KmsKeyId")));
    Object modelName = Map.of("Fn::GetAtt", List.of(Cfn.logicalId(model), "ModelName"));
    assertEquals(List.of(
            Map.of("VariantName", "Defaults", "ModelName", modelName, "InstanceType", "ml.t2.medium",
                "InitialInstanceCount", 1, "InitialVariantWeight", 1),
            Map.of("VariantName", "Weighted", "ModelName", modelName, "InstanceType", "ml.m5.large",
                "InitialInstanceCount", 3, "InitialVariantWeight", 0)),
        variants(template, named), "the official library's defaults: ml.t2.medium, 1 instance, weight 1");
    Map<String, Object> unnamedProperties = Cfn.properties(template, Cfn.logicalId(unnamed, "EndpointConfig"));
    assertEquals(List.of("ProductionVariants"), List.copyOf(unnamedProperties.keySet()),
        "no name and no key unless given");
    assertEquals(List.of(Map.of("VariantName", "Serverless", "ModelName", modelName, "InitialVariantWeight", 0.5,
            "ServerlessConfig", Map.of("MemorySizeInMB", 2048, "MaxConcurrency", 20))),
        variants(template, unnamed));

    assertEquals("<" + Cfn.logicalId(named, "EndpointConfig") + ".EndpointConfigName>",
        Cfn.flat(stack.resolve(named.getEndpointConfigName())));
    assertEquals("<" + Cfn.logicalId(named, "EndpointConfig") + ">", Cfn.flat(stack.resolve(named.getEndpointConfigArn())),
        "Ref of AWS::SageMaker::EndpointConfig is its ARN");
  }

  @Test
  void instanceAndAcceleratorTypesAreValues() {
    assertEquals("ml.g5.xlarge", InstanceType.of("ml.g5.xlarge").toString());
    assertEquals(InstanceType.M5_LARGE, InstanceType.of("ml.m5.large"));
    assertEquals(InstanceType.M5_LARGE.hashCode(), InstanceType.of("ml.m5.large").hashCode());
    assertNotEquals(InstanceType.M5_LARGE, InstanceType.M5_XLARGE);
    assertEquals("ml.eia1.xlarge", AcceleratorType.EIA1_XLARGE.toString());
    assertEquals(AcceleratorType.EIA2_LARGE, AcceleratorType.of("ml.eia2.large"));
    assertEquals("Invocation4XXErrors", InvocationHttpResponseCode.INVOCATION_4XX_ERRORS.toString());
  }

  @Test
  void importsByArnAndName() {
    Stack stack = new Stack(new App(), "Imports", OREGON);
    IEndpointConfig byArn = EndpointConfig.fromEndpointConfigArn(stack, "ConfigByArn",
        "arn:aws:sagemaker:us-west-2:123456789012:endpoint-config/shared-config");
    assertEquals("shared-config", byArn.getEndpointConfigName());
    assertEquals("us-west-2", byArn.getEnv().getRegion());
    IEndpointConfig byName = EndpointConfig.fromEndpointConfigName(stack, "ConfigByName", "other-config");
    assertEquals("other-config", byName.getEndpointConfigName());
    assertEquals("arn:<AWS::Partition>:sagemaker:us-west-2:123456789012:endpoint-config/other-config",
        Cfn.flat(stack.resolve(byName.getEndpointConfigArn())));

    IEndpoint byEndpointArn = Endpoint.fromEndpointArn(stack, "EndpointByArn",
        "arn:aws:sagemaker:us-west-2:123456789012:endpoint/shared");
    assertEquals("shared", byEndpointArn.getEndpointName());
    assertEquals("123456789012", byEndpointArn.getEnv().getAccount());
    IEndpoint byEndpointName = Endpoint.fromEndpointName(stack, "EndpointByName", "other");
    assertEquals("other", byEndpointName.getEndpointName());
    assertEquals("arn:<AWS::Partition>:sagemaker:us-west-2:123456789012:endpoint/other",
        Cfn.flat(stack.resolve(byEndpointName.getEndpointArn())));
    IEndpoint byAttributes = Endpoint.fromEndpointAttributes(stack, "EndpointByAttributes",
        EndpointAttributes.builder().endpointArn("arn:aws:sagemaker:us-west-2:123456789012:endpoint/third").build());
    assertEquals("third", byAttributes.getEndpointName());

    // An endpoint can serve an imported config; its variants are then unknown here.
    Endpoint endpoint = new Endpoint(stack, "Endpoint", EndpointProps.builder().endpointConfig(byArn).build());
    IllegalStateException find = assertThrows(IllegalStateException.class,
        () -> endpoint.findInstanceProductionVariant("AllTraffic"));
    assertMessage(find, "Endpoint Imports/Endpoint: [SM-IMPORTED-ENDPOINT-CONFIG-VARIANTS]");
    assertThrows(IllegalStateException.class, endpoint::getInstanceProductionVariants);

    Role role = Role.Builder.create(stack, "Caller").assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build();
    byEndpointArn.grantInvoke(role);
    Template template = templates.of(stack);
    assertEquals(Map.of("EndpointConfigName", "shared-config"),
        Cfn.properties(template, Cfn.logicalId(endpoint, "Endpoint")));
    assertEquals(List.of("Allow sagemaker:InvokeEndpoint on arn:aws:sagemaker:us-west-2:123456789012:endpoint/shared"),
        Cfn.statements(template, Cfn.logicalId(role, "DefaultPolicy")));
  }

  @Test
  void grantInvokeIsExactlyInvokeEndpointOnThisEndpoint() {
    Stack stack = new Stack(new App(), "GrantInvoke");
    Model model = model(stack, "Model");
    EndpointConfig config = new EndpointConfig(stack, "Config", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(instanceVariant("AllTraffic", model).build())).build());
    Endpoint endpoint = new Endpoint(stack, "Endpoint", EndpointProps.builder().endpointConfig(config).build());
    Role caller = Role.Builder.create(stack, "Caller").assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build();
    endpoint.grantInvoke(caller);
    // aws-cdk-lib's own constructs take the endpoint too, and grant through it.
    RestApi api = RestApi.Builder.create(stack, "Api").deploy(false).build();
    Role apiRole = Role.Builder.create(stack, "ApiRole").assumedBy(new ServicePrincipal("apigateway.amazonaws.com")).build();
    api.getRoot().addMethod("POST", new SagemakerIntegration(endpoint,
        SagemakerIntegrationOptions.builder().credentialsRole(apiRole).build()));

    Template template = templates.of(stack);
    String invoke = "Allow sagemaker:InvokeEndpoint on <" + Cfn.logicalId(endpoint, "Endpoint") + ">";
    assertEquals(List.of(invoke), Cfn.statements(template, Cfn.logicalId(caller, "DefaultPolicy")));
    assertEquals(List.of(invoke), Cfn.statements(template, Cfn.logicalId(apiRole, "DefaultPolicy")));
  }

  @Test
  void metricsOfAVariant() {
    Stack stack = new Stack(new App(), "Metrics");
    Model model = model(stack, "Model");
    EndpointConfig config = new EndpointConfig(stack, "Config", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(instanceVariant("AllTraffic", model).build())).build());
    Endpoint endpoint = new Endpoint(stack, "Endpoint", EndpointProps.builder().endpointConfig(config).build());
    IEndpointInstanceProductionVariant variant = endpoint.findInstanceProductionVariant("AllTraffic");
    assertSame(variant, endpoint.getInstanceProductionVariants().get(0));
    assertEquals("AllTraffic", variant.getVariantName());

    String invocations = "AWS/SageMaker";
    String instances = "/aws/sagemaker/Endpoints";
    assertMetric(stack, endpoint, variant.metricInvocations(), invocations, "Invocations", "Sum");
    assertMetric(stack, endpoint, variant.metricInvocationsPerInstance(), invocations, "InvocationsPerInstance", "Sum");
    assertMetric(stack, endpoint, variant.metricModelLatency(), invocations, "ModelLatency", "Average");
    assertMetric(stack, endpoint, variant.metricOverheadLatency(), invocations, "OverheadLatency", "Average");
    assertMetric(stack, endpoint, variant.metricInvocationResponseCode(InvocationHttpResponseCode.INVOCATION_4XX_ERRORS),
        invocations, "Invocation4XXErrors", "Sum");
    assertMetric(stack, endpoint, variant.metricInvocationResponseCode(InvocationHttpResponseCode.INVOCATION_5XX_ERRORS),
        invocations, "Invocation5XXErrors", "Sum");
    assertMetric(stack, endpoint, variant.metricCpuUtilization(), instances, "CPUUtilization", "Average");
    assertMetric(stack, endpoint, variant.metricMemoryUtilization(), instances, "MemoryUtilization", "Average");
    assertMetric(stack, endpoint, variant.metricDiskUtilization(), instances, "DiskUtilization", "Average");
    assertMetric(stack, endpoint, variant.metricGpuUtilization(), instances, "GPUUtilization", "Average");
    assertMetric(stack, endpoint, variant.metricGpuMemoryUtilization(), instances, "GPUMemoryUtilization", "Average");
    assertMetric(stack, endpoint, variant.metric("Custom/Churn", "Predictions"), "Custom/Churn", "Predictions", "Sum");

    // Options go over the defaults, in every overload.
    MetricOptions p99 = MetricOptions.builder().statistic("p99").period(Duration.minutes(1)).label("latency").build();
    List<Metric> tuned = List.of(variant.metricModelLatency(p99), variant.metricInvocations(p99),
        variant.metricInvocationsPerInstance(p99), variant.metricOverheadLatency(p99),
        variant.metricInvocationResponseCode(InvocationHttpResponseCode.INVOCATION_5XX_ERRORS, p99),
        variant.metricCpuUtilization(p99), variant.metricMemoryUtilization(p99), variant.metricDiskUtilization(p99),
        variant.metricGpuUtilization(p99), variant.metricGpuMemoryUtilization(p99),
        variant.metric("Custom/Churn", "Predictions", p99));
    for (Metric metric : tuned) {
      assertEquals("p99", metric.getStatistic(), metric.getMetricName());
      assertEquals(60, metric.getPeriod().toSeconds().intValue(), metric.getMetricName());
      assertEquals("latency", metric.getLabel(), metric.getMetricName());
      assertEquals(2, metric.getDimensions().size(), "the variant's dimensions stay");
    }
  }

  private static void assertMetric(Stack stack, Endpoint endpoint, Metric metric, String namespace, String name,
      String statistic) {
    assertEquals(namespace, metric.getNamespace(), name);
    assertEquals(name, metric.getMetricName());
    assertEquals(statistic, metric.getStatistic(), name);
    assertEquals(300, metric.getPeriod().toSeconds().intValue(), name + ": 5 minutes");
    assertEquals(Map.of(
            "EndpointName", Map.of("Fn::GetAtt", List.of(Cfn.logicalId(endpoint, "Endpoint"), "EndpointName")),
            "VariantName", "AllTraffic"),
        stack.resolve(metric.getDimensions()), name);
  }
}
