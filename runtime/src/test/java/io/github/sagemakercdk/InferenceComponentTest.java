package io.github.sagemakercdk;

import static io.github.sagemakercdk.LeastPrivilegeTest.withHosting;
import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

/**
 * Inference components: the endpoint config in inference-component mode (execution role, variants without a model),
 * one AWS::SageMaker::InferenceComponent per model, copy count scaling, the exact statements of the config's execution
 * role (which pulls each component's images and data), the rules at the call, and cdk-nag.
 */
class InferenceComponentTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(InferenceComponentTest.class);
  private static final String PULL = "Allow ecr:BatchCheckLayerAvailability,ecr:GetDownloadUrlForLayer,ecr:BatchGetImage on ";
  private static final String ECR_ARN = "arn:<AWS::Partition>:ecr:<AWS::Region>:<AWS::AccountId>:repository/";
  private static final String LOGIN = "Allow ecr:GetAuthorizationToken on *";

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  /** A model of its own image repository and archive, so each component's grants are told apart. */
  private static Model model(Construct scope, String id, String repository, String key) {
    return new Model(scope, id, ModelProps.builder().containers(List.of(ContainerDefinition.builder()
            .image(ContainerImage.fromEcrRepository(
                Repository.fromRepositoryName(scope, id + "Repository", repository), "1.0"))
            .modelData(ModelData.fromBucket(Bucket.fromBucketName(scope, id + "Bucket", "llm-models"), key))
            .build()))
        .build());
  }

  private static Endpoint host(Stack stack, InstanceType instanceType) {
    EndpointConfig config = new EndpointConfig(stack, "HostConfig", EndpointConfigProps.builder()
        .componentHostVariants(List.of(ComponentHostVariantProps.builder()
            .variantName("AllTraffic").instanceType(instanceType).initialInstanceCount(2).build()))
        .build());
    return new Endpoint(stack, "Host", EndpointProps.builder().endpointConfig(config).endpointName("llm-host").build());
  }

  private static InferenceComponentProps.Builder component(IEndpoint endpoint, IModel model) {
    return InferenceComponentProps.builder().endpoint(endpoint).model(model)
        .computeResourceRequirements(ComputeResourceRequirements.builder()
            .minMemoryRequiredInMb(8192).numberOfAcceleratorDevicesRequired(1).build());
  }

  @Test
  void theConfigHostsComponentsWithAnExecutionRoleAndVariantsThatNameNoModel() {
    Stack stack = new Stack(new App(), "Hosting");
    Endpoint endpoint = host(stack, InstanceType.G5_12XLARGE);
    EndpointConfig config = (EndpointConfig) endpoint.endpointConfig();
    Template template = templates.of(stack);

    Map<String, Object> properties = Cfn.properties(template, Cfn.logicalId(config, "EndpointConfig"));
    assertEquals(List.of(Map.of("VariantName", "AllTraffic", "InstanceType", "ml.g5.12xlarge",
        "InitialInstanceCount", 2)), properties.get("ProductionVariants"));
    assertEquals("<" + Cfn.logicalId(config, "ExecutionRole") + ".Arn>", Cfn.flat(properties.get("ExecutionRoleArn")));
    // Alone, the host's role may write the instances' logs and metrics, and nothing else.
    assertEquals(LeastPrivilegeTest.HOSTING,
        Cfn.statements(template, Cfn.logicalId(config.getExecutionRole(), "DefaultPolicy")));
    assertEquals(List.of(Cfn.logicalId(config.getExecutionRole(), "DefaultPolicy")),
        Cfn.resource(template, Cfn.logicalId(config, "EndpointConfig")).get("DependsOn"));
  }

  @Test
  void eachModelIsAComponentAndTheHostsRolePullsExactlyTheirImagesAndData() {
    Stack stack = new Stack(new App(), "Components");
    Endpoint endpoint = host(stack, InstanceType.G5_12XLARGE);
    Model chat = model(stack, "Chat", "llama-chat", "chat/model.tar.gz");
    Model embed = model(stack, "Embed", "bge-embed", "embed/model.tar.gz");
    InferenceComponent chatComponent = new InferenceComponent(stack, "ChatComponent", component(endpoint, chat)
        .inferenceComponentName("llama-chat")
        .computeResourceRequirements(ComputeResourceRequirements.builder().minMemoryRequiredInMb(24576)
            .maxMemoryRequiredInMb(32768).numberOfCpuCoresRequired(4).numberOfAcceleratorDevicesRequired(2).build())
        .copyCount(2)
        .modelDataDownloadTimeout(Duration.minutes(20))
        .containerStartupHealthCheckTimeout(Duration.minutes(10))
        .build());
    InferenceComponent embedComponent = new InferenceComponent(stack, "EmbedComponent",
        component(endpoint, embed).build());
    Template template = templates.of(stack);

    Map<String, Object> chatProperties = Cfn.properties(template, Cfn.logicalId(chatComponent, "InferenceComponent"));
    assertEquals("llama-chat", chatProperties.get("InferenceComponentName"));
    assertEquals("AllTraffic", chatProperties.get("VariantName"));
    assertEquals("<" + Cfn.logicalId(endpoint, "Endpoint") + ".EndpointName>",
        Cfn.flat(chatProperties.get("EndpointName")));
    Map<?, ?> specification = (Map<?, ?>) chatProperties.get("Specification");
    assertEquals("<" + Cfn.logicalId(chat) + ".ModelName>", Cfn.flat(specification.get("ModelName")));
    assertEquals(Map.of("MinMemoryRequiredInMb", 24576, "MaxMemoryRequiredInMb", 32768, "NumberOfCpuCoresRequired", 4,
        "NumberOfAcceleratorDevicesRequired", 2), specification.get("ComputeResourceRequirements"));
    assertEquals(Map.of("ModelDataDownloadTimeoutInSeconds", 1200, "ContainerStartupHealthCheckTimeoutInSeconds", 600),
        specification.get("StartupParameters"));
    assertEquals(Map.of("CopyCount", 2), chatProperties.get("RuntimeConfig"));

    Map<String, Object> embedProperties = Cfn.properties(template, Cfn.logicalId(embedComponent, "InferenceComponent"));
    assertNull(embedProperties.get("InferenceComponentName"));
    assertNull(((Map<?, ?>) embedProperties.get("Specification")).get("StartupParameters"));
    assertEquals(Map.of("CopyCount", 1), embedProperties.get("RuntimeConfig"));

    EndpointConfig config = (EndpointConfig) endpoint.endpointConfig();
    assertEquals(withHosting(List.of(
        PULL + ECR_ARN + "llama-chat", LOGIN,
        "Allow s3:GetObject on arn:<AWS::Partition>:s3:::llm-models/chat/model.tar.gz",
        PULL + ECR_ARN + "bge-embed",
        "Allow s3:GetObject on arn:<AWS::Partition>:s3:::llm-models/embed/model.tar.gz")),
        Cfn.statements(template, Cfn.logicalId(config.getExecutionRole(), "DefaultPolicy")));
    // Each model's own role keeps exactly its own.
    assertEquals(withHosting(List.of(PULL + ECR_ARN + "bge-embed", LOGIN,
        "Allow s3:GetObject on arn:<AWS::Partition>:s3:::llm-models/embed/model.tar.gz")),
        Cfn.statements(template, Cfn.logicalId(embed.getRole(), "DefaultPolicy")));
  }

  @Test
  void aComponentOnAnImportedEndpointGrantsTheGivenHostRoleThroughAPolicyOfItsOwn() {
    Stack stack = new Stack(new App(), "ImportedHost");
    Model chat = model(stack, "Chat", "llama-chat", "chat/model.tar.gz");
    InferenceComponent component = new InferenceComponent(stack, "ChatComponent",
        component(Endpoint.fromEndpointName(stack, "Host", "llm-host"), chat)
            .variantName("Gpus")
            .hostExecutionRole(Role.fromRoleName(stack, "HostRole", "llm-host"))
            .build());
    Template template = templates.of(stack);

    Map<String, Object> properties = Cfn.properties(template, Cfn.logicalId(component, "InferenceComponent"));
    assertEquals("llm-host", properties.get("EndpointName"));
    assertEquals("Gpus", properties.get("VariantName"));
    String policy = Cfn.logicalId(component.getNode().findChild("HostExecutionRole"), "Policy");
    assertEquals(List.of(PULL + ECR_ARN + "llama-chat", LOGIN,
        "Allow s3:GetObject on arn:<AWS::Partition>:s3:::llm-models/chat/model.tar.gz"),
        Cfn.statements(template, policy));
    assertEquals(List.of(policy), Cfn.resource(template, Cfn.logicalId(component, "InferenceComponent"))
        .get("DependsOn"));
  }

  @Test
  void theCopyCountScalesOnInvocationsPerCopyAndFromZero() {
    Stack stack = new Stack(new App(), "CopyScaling");
    Endpoint endpoint = host(stack, InstanceType.G5_12XLARGE);
    InferenceComponent component = new InferenceComponent(stack, "ChatComponent",
        component(endpoint, model(stack, "Chat", "llama-chat", "chat/model.tar.gz"))
            .inferenceComponentName("llama-chat").copyCount(1).build());
    ScalableCopyCount copies = component.autoScaleCopyCount(EnableScalingProps.builder()
        .minCapacity(0).maxCapacity(4).build());
    copies.scaleOnInvocations("Invocations", InvocationsScalingProps.builder().maxRequestsPerSecond(2).build());
    Template template = templates.of(stack);

    template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Map.of(
        "ServiceNamespace", "sagemaker",
        "ResourceId", "inference-component/llama-chat",
        "ScalableDimension", "sagemaker:inference-component:DesiredCopyCount",
        "MinCapacity", 0, "MaxCapacity", 4));
    template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Map.of(
        "PolicyType", "TargetTrackingScaling",
        "TargetTrackingScalingPolicyConfiguration", Map.of(
            "PredefinedMetricSpecification", Map.of("PredefinedMetricType",
                "SageMakerInferenceComponentInvocationsPerCopy"),
            "TargetValue", 60)));
    template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Map.of(
        "PolicyType", "StepScaling",
        "StepScalingPolicyConfiguration", Match.objectLike(Map.of("AdjustmentType", "ChangeInCapacity"))));
    template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
        "MetricName", "NoCapacityInvocationFailures", "Namespace", "AWS/SageMaker",
        "Dimensions", List.of(Map.of("Name", "InferenceComponentName", "Value", "llama-chat"))));
    // The scalable target names the component by its given name: it is registered once the component exists.
    Map<String, Map<String, Object>> targets = template.findResources("AWS::ApplicationAutoScaling::ScalableTarget");
    assertEquals(List.of(List.of(Cfn.logicalId(component, "InferenceComponent"))),
        targets.values().stream().map(target -> target.get("DependsOn")).toList());

    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> component.autoScaleCopyCount(EnableScalingProps.builder().maxCapacity(4).build()));
    assertMessage(twice, "InferenceComponent CopyScaling/ChatComponent", "[SM-COPY-SCALING-ALREADY-ENABLED]");
  }

  @Test
  void aCopyScalingRangeOutsideTheRulesThrows() {
    Stack stack = new Stack(new App(), "BadCopyScaling");
    InferenceComponent component = new InferenceComponent(stack, "ChatComponent",
        component(host(stack, InstanceType.G5_12XLARGE), model(stack, "Chat", "llama-chat", "chat/model.tar.gz"))
            .copyCount(1).build());
    assertMessage(assertThrows(IllegalArgumentException.class,
        () -> component.autoScaleCopyCount(EnableScalingProps.builder().minCapacity(2).maxCapacity(4).build())),
        "InferenceComponent BadCopyScaling/ChatComponent", "[SM-INFERENCE-COMPONENT-COPY-COUNT-OUTSIDE-SCALING]");
    assertMessage(assertThrows(IllegalArgumentException.class,
        () -> component.autoScaleCopyCount(EnableScalingProps.builder().minCapacity(0).maxCapacity(0).build())),
        "[SM-INFERENCE-COMPONENT-COPY-SCALING]");
  }

  @Test
  void moreAcceleratorsThanTheHostsInstanceHasThrowsAtTheCall() {
    Stack stack = new Stack(new App(), "TooManyGpus");
    Endpoint endpoint = host(stack, InstanceType.G5_12XLARGE);
    Model chat = model(stack, "Chat", "llama-chat", "chat/model.tar.gz");
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> new InferenceComponent(stack, "ChatComponent", component(endpoint, chat)
            .computeResourceRequirements(ComputeResourceRequirements.builder().minMemoryRequiredInMb(64)
                .numberOfAcceleratorDevicesRequired(8).build()).build()));
    assertMessage(error, "InferenceComponent TooManyGpus/ChatComponent",
        "[SM-INFERENCE-COMPONENT-MIN-MEMORY] minMemoryRequiredInMb 64",
        "[SM-INFERENCE-COMPONENT-ACCELERATORS-EXCEED-INSTANCE] numberOfAcceleratorDevicesRequired 8 is more than the"
            + " 4 GPU(s) of instance type \"ml.g5.12xlarge\"");
    assertNull(stack.getNode().tryFindChild("ChatComponent"));
  }

  @Test
  void aCpuHostTakesNoAccelerators() {
    Stack stack = new Stack(new App(), "CpuHost");
    Endpoint endpoint = host(stack, InstanceType.M5_XLARGE);
    assertMessage(assertThrows(IllegalArgumentException.class, () -> new InferenceComponent(stack, "Component",
        component(endpoint, model(stack, "Chat", "llama-chat", "chat/model.tar.gz")).build())),
        "[SM-INFERENCE-COMPONENT-ACCELERATORS-WITHOUT-ACCELERATOR]", "\"ml.m5.xlarge\"");
  }

  @Test
  void theHostMustHostComponentsUnderThatVariantName() {
    Stack stack = new Stack(new App(), "WrongHost");
    Model served = HostingFixtures.model(stack, "Served");
    Endpoint classic = new Endpoint(stack, "Classic", EndpointProps.builder().endpointConfig(new EndpointConfig(stack,
        "ClassicConfig", EndpointConfigProps.builder()
            .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", served).build()))
            .build())).build());
    Model chat = model(stack, "Chat", "llama-chat", "chat/model.tar.gz");
    assertMessage(assertThrows(IllegalArgumentException.class,
        () -> new InferenceComponent(stack, "OnClassic", component(classic, chat).build())),
        "InferenceComponent WrongHost/OnClassic", "[SM-ENDPOINT-HOSTS-NO-COMPONENTS] endpoint WrongHost/Classic");
    Endpoint host = host(stack, InstanceType.G5_12XLARGE);
    assertMessage(assertThrows(IllegalArgumentException.class,
        () -> new InferenceComponent(stack, "OnMissing", component(host, chat).variantName("Gpus").build())),
        "[SM-COMPONENT-HOST-NOT-FOUND]", "\"Gpus\"", "(it has: AllTraffic)");
  }

  @Test
  void aMultiModelContainerIsNoComponent() {
    Stack stack = new Stack(new App(), "MultiModelComponent");
    Endpoint endpoint = host(stack, InstanceType.G5_12XLARGE);
    Model regional = new Model(stack, "Regional", ModelProps.builder().containers(List.of(ContainerDefinition.builder()
        .image(ContainerImage.fromEcrRepository(Repository.fromRepositoryName(stack, "Repository", "sklearn"), "1"))
        .modelData(ModelData.fromBucketPrefix(Bucket.fromBucketName(stack, "Bucket", "llm-models"), "regional/"))
        .mode(ContainerMode.MULTI_MODEL)
        .build())).build());
    assertMessage(assertThrows(IllegalArgumentException.class,
        () -> new InferenceComponent(stack, "Component", component(endpoint, regional).build())),
        "InferenceComponent MultiModelComponent/Component", "[SM-INFERENCE-COMPONENTS-MULTI-MODEL]");
  }

  @Test
  void componentHostsMixWithNoVariantThatNamesAModel() {
    Stack stack = new Stack(new App(), "Mixed");
    Model served = HostingFixtures.model(stack, "Served");
    ComponentHostVariantProps gpus = ComponentHostVariantProps.builder().variantName("Gpus")
        .instanceType(InstanceType.G5_XLARGE).build();
    assertMessage(assertThrows(IllegalArgumentException.class, () -> new EndpointConfig(stack, "Both",
        EndpointConfigProps.builder()
            .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", served).build()))
            .componentHostVariants(List.of(gpus)).build())),
        "EndpointConfig Mixed/Both, variant \"Gpus\"", "[SM-COMPONENT-HOSTS-MIXED]");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> new EndpointConfig(stack, "Serverless",
        EndpointConfigProps.builder()
            .serverlessProductionVariant(HostingFixtures.serverlessVariant("Serverless", served).build())
            .componentHostVariants(List.of(gpus)).build())),
        "[SM-INFERENCE-COMPONENTS-SERVERLESS]");
    EndpointConfig hosting = new EndpointConfig(stack, "Hosting", EndpointConfigProps.builder()
        .componentHostVariants(List.of(gpus)).build());
    assertMessage(assertThrows(IllegalArgumentException.class,
        () -> hosting.addInstanceProductionVariant(HostingFixtures.instanceVariant("AllTraffic", served).build())),
        "[SM-COMPONENT-HOSTS-MIXED]");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> new EndpointConfig(stack, "RoleOnly",
        EndpointConfigProps.builder()
            .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", served).build()))
            .executionRole(Role.fromRoleName(stack, "Existing", "existing")).build())),
        "EndpointConfig Mixed/RoleOnly", "[SM-EXECUTION-ROLE-WITHOUT-COMPONENT-HOSTS]");
    hosting.addComponentHostVariant(ComponentHostVariantProps.builder().variantName("Cpus")
        .instanceType(InstanceType.M5_XLARGE).build());
    assertMessage(assertThrows(IllegalArgumentException.class,
        () -> hosting.addComponentHostVariant(gpus)), "[SM-VARIANT-DUPLICATE]");
  }

  @Test
  void aHostScalesItsInstancesDownToNoneAndRoutesAsTold() {
    Stack stack = new Stack(new App(), "ManagedHost");
    EndpointConfig config = new EndpointConfig(stack, "HostConfig", EndpointConfigProps.builder()
        .componentHostVariants(List.of(ComponentHostVariantProps.builder().variantName("AllTraffic")
            .instanceType(InstanceType.G5_12XLARGE).initialInstanceCount(1)
            .managedInstanceScaling(ManagedInstanceScaling.builder().minInstanceCount(0).maxInstanceCount(4).build())
            .routingStrategy(RoutingStrategy.LEAST_OUTSTANDING_REQUESTS)
            .build()))
        .build());
    Template template = templates.of(stack);
    assertEquals(List.of(Map.of("VariantName", "AllTraffic", "InstanceType", "ml.g5.12xlarge", "InitialInstanceCount", 1,
        "ManagedInstanceScaling", Map.of("MinInstanceCount", 0, "MaxInstanceCount", 4, "Status", "ENABLED"),
        "RoutingConfig", Map.of("RoutingStrategy", "LEAST_OUTSTANDING_REQUESTS"))),
        Cfn.properties(template, Cfn.logicalId(config, "EndpointConfig")).get("ProductionVariants"));

    assertMessage(assertThrows(IllegalArgumentException.class, () -> new EndpointConfig(stack, "Outside",
        EndpointConfigProps.builder().componentHostVariants(List.of(ComponentHostVariantProps.builder()
            .variantName("AllTraffic").instanceType(InstanceType.G5_XLARGE).initialInstanceCount(5)
            .managedInstanceScaling(ManagedInstanceScaling.builder().minInstanceCount(1).maxInstanceCount(4).build())
            .build())).build())),
        "EndpointConfig ManagedHost/Outside, variant \"AllTraffic\"", "[SM-MANAGED-SCALING-INITIAL-COUNT]");
  }

  @Test
  void startupTimeoutsAreSageMakersRange() {
    Stack stack = new Stack(new App(), "Timeouts");
    Endpoint endpoint = host(stack, InstanceType.G5_12XLARGE);
    Model chat = model(stack, "Chat", "llama-chat", "chat/model.tar.gz");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> new InferenceComponent(stack, "Chat",
        component(endpoint, chat).modelDataDownloadTimeout(Duration.seconds(59))
            .containerStartupHealthCheckTimeout(Duration.hours(2)).build())),
        "InferenceComponent Timeouts/Chat", "[SM-STARTUP-TIMEOUT] the model data download timeout of 59 seconds",
        "[SM-STARTUP-TIMEOUT] the container startup health check timeout of 7200 seconds");
  }

  @Test
  void aGivenExecutionRoleIsUsedAsItIs() {
    Stack stack = new Stack(new App(), "GivenRole");
    EndpointConfig config = new EndpointConfig(stack, "HostConfig", EndpointConfigProps.builder()
        .componentHostVariants(List.of(ComponentHostVariantProps.builder().variantName("AllTraffic")
            .instanceType(InstanceType.G5_XLARGE).build()))
        .executionRole(Role.fromRoleArn(stack, "Existing", "arn:aws:iam::123456789012:role/llm-host",
            software.amazon.awscdk.services.iam.FromRoleArnOptions.builder().mutable(false).build()))
        .build());
    Template template = templates.of(stack);
    assertEquals("arn:aws:iam::123456789012:role/llm-host",
        Cfn.properties(template, Cfn.logicalId(config, "EndpointConfig")).get("ExecutionRoleArn"));
    assertEquals(0, template.findResources("AWS::IAM::Role").size());
  }

  @Test
  void cdkNagFindsNothingOnComponentsAndTheirHost() {
    Stack stack = new Stack(new App(), "NagComponents", StackProps.builder()
        .env(Environment.builder().account("123456789012").region("eu-west-1").build()).build());
    Endpoint endpoint = host(stack, InstanceType.G5_12XLARGE);
    InferenceComponent chat = new InferenceComponent(stack, "ChatComponent", component(endpoint,
        model(stack, "Chat", "llama-chat", "chat/model.tar.gz")).inferenceComponentName("llama-chat").build());
    chat.autoScaleCopyCount(EnableScalingProps.builder().minCapacity(1).maxCapacity(3).build())
        .scaleOnInvocations("Invocations", InvocationsScalingProps.builder().maxRequestsPerSecond(4).build());
    new InferenceComponent(stack, "EmbedComponent", component(endpoint,
        model(stack, "Embed", "bge-embed", "embed/model.tar.gz")).build());
    // And one on an endpoint of another app, whose role gets its grants through the component's own policy.
    new InferenceComponent(stack, "ElsewhereComponent", component(Endpoint.fromEndpointName(stack, "Elsewhere",
        "other-host"), model(stack, "Rerank", "reranker", "rerank/model.tar.gz"))
        .hostExecutionRole(Role.fromRoleName(stack, "ElsewhereRole", "other-host")).build());
    Aspects.of(stack).add(new AwsSolutionsChecks());
    Annotations annotations = Annotations.fromStack(stack);
    templates.keep(stack);
    List<SynthesisMessage> errors = annotations.findError("*", Match.anyValue());
    List<SynthesisMessage> warnings = annotations.findWarning("*", Match.anyValue());
    assertEquals(List.of(), errors.stream().map(m -> m.getId() + ": " + m.getEntry().getData()).toList());
    assertEquals(List.of(), warnings.stream().map(m -> m.getId() + ": " + m.getEntry().getData()).toList());
  }
}
