package io.github.sagemakercdk;

import static io.github.sagemakercdk.LeastPrivilegeTest.withHosting;
import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

/**
 * Multi-model containers ({@code Mode: MultiModel}, model data under an S3 prefix) and Direct invocation of a
 * multi-container model ({@code InferenceExecutionConfig: Direct}): the templates, the exact IAM statements, cdk-nag,
 * and their rules at the call or at synth.
 */
class InferenceModesTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(InferenceModesTest.class);
  private static final String LOGIN = "Allow ecr:GetAuthorizationToken on *";

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  private static String pull(String repository) {
    return "Allow ecr:BatchCheckLayerAvailability,ecr:GetDownloadUrlForLayer,ecr:BatchGetImage"
        + " on arn:<AWS::Partition>:ecr:<AWS::Region>:<AWS::AccountId>:repository/" + repository;
  }

  private static ContainerImage image(Construct scope, String repository) {
    return ContainerImage.fromEcrRepository(Repository.fromRepositoryName(scope, repository + "Repository", repository),
        "1.7-1");
  }

  static ContainerDefinition multiModelContainer(Construct scope) {
    return ContainerDefinition.builder()
        .image(image(scope, "xgboost"))
        .modelData(ModelData.fromBucketPrefix(Bucket.fromBucketName(scope, "Models", "churn-models"), "per-region/"))
        .mode(ContainerMode.MULTI_MODEL)
        .build();
  }

  static List<ContainerDefinition> directContainers(Construct scope) {
    return List.of(
        ContainerDefinition.builder().image(image(scope, "xgboost")).containerHostname("xgboost")
            .modelData(ModelData.fromBucket(Bucket.fromBucketName(scope, "Models", "churn-models"), "xgb/model.tar.gz"))
            .build(),
        ContainerDefinition.builder().image(image(scope, "linear")).containerHostname("linear").build());
  }

  @Test
  void aMultiModelContainerReadsItsPrefixAndNothingElse() {
    Stack stack = new Stack(new App(), "MultiModel");
    Model model = new Model(stack, "Model", ModelProps.builder().containers(List.of(multiModelContainer(stack))).build());

    Template template = templates.of(stack);
    Map<?, ?> container = (Map<?, ?>) Cfn.properties(template, Cfn.logicalId(model)).get("PrimaryContainer");
    assertEquals("MultiModel", container.get("Mode"));
    assertEquals(Map.of("Fn::Join", List.of("", List.of("https://s3.", Map.of("Ref", "AWS::Region"), ".",
        Map.of("Ref", "AWS::URLSuffix"), "/churn-models/per-region/"))), container.get("ModelDataUrl"));
    String policy = Cfn.logicalId(model.getRole(), "DefaultPolicy");
    assertEquals(withHosting(List.of(pull("xgboost"), LOGIN,
            "Allow s3:GetObject on arn:<AWS::Partition>:s3:::churn-models/per-region/*")),
        Cfn.statements(template, policy));
  }

  @Test
  void directInvocationRendersTheModeAndTheHostnames() {
    Stack stack = new Stack(new App(), "Direct");
    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(directContainers(stack))
        .inferenceExecutionMode(InferenceExecutionMode.DIRECT)
        .build());
    EndpointConfig config = new EndpointConfig(stack, "Config", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", model).build())).build());
    Endpoint endpoint = new Endpoint(stack, "Endpoint", EndpointProps.builder().endpointConfig(config).build());
    Role caller = Role.Builder.create(stack, "Caller").assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build();
    endpoint.grantInvoke(caller);

    Template template = templates.of(stack);
    Map<String, Object> properties = Cfn.properties(template, Cfn.logicalId(model));
    assertEquals(Map.of("Mode", "Direct"), properties.get("InferenceExecutionConfig"));
    List<?> containers = (List<?>) properties.get("Containers");
    assertEquals(List.of("xgboost", "linear"),
        containers.stream().map(c -> ((Map<?, ?>) c).get("ContainerHostname")).toList());
    assertEquals(withHosting(List.of(pull("xgboost"), LOGIN,
            "Allow s3:GetObject on arn:<AWS::Partition>:s3:::churn-models/xgb/model.tar.gz", pull("linear"))),
        Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy")));
    // Picking a container (TargetContainerHostname) is part of InvokeEndpoint: the grant is the same.
    assertEquals(List.of("Allow sagemaker:InvokeEndpoint on <" + Cfn.logicalId(endpoint, "Endpoint") + ">"),
        Cfn.statements(template, Cfn.logicalId(caller, "DefaultPolicy")));
  }

  @Test
  void serialModeIsWrittenWhenGivenAndLeftOutOtherwise() {
    Stack stack = new Stack(new App(), "Serial");
    Model serial = new Model(stack, "Serial", ModelProps.builder()
        .containers(List.of(ContainerDefinition.builder().image(image(stack, "xgboost")).build(),
            ContainerDefinition.builder().image(image(stack, "linear")).build()))
        .inferenceExecutionMode(InferenceExecutionMode.SERIAL)
        .build());
    Model plain = HostingFixtures.model(stack, "Plain");
    Template template = templates.of(stack);
    assertEquals(Map.of("Mode", "Serial"), Cfn.properties(template, Cfn.logicalId(serial)).get("InferenceExecutionConfig"));
    assertEquals(null, Cfn.properties(template, Cfn.logicalId(plain)).get("InferenceExecutionConfig"));
    assertEquals(null, ((Map<?, ?>) Cfn.properties(template, Cfn.logicalId(plain)).get("PrimaryContainer")).get("Mode"));
  }

  @Test
  void bothModesHaveNoCdkNagFindings() {
    Stack stack = new Stack(new App(), "NagModes");
    Model multiModel = new Model(stack, "MultiModel", ModelProps.builder()
        .containers(List.of(multiModelContainer(stack))).build());
    Model direct = new Model(stack, "DirectModel", ModelProps.builder()
        .containers(List.of(ContainerDefinition.builder().image(image(stack, "linear")).containerHostname("a").build(),
            ContainerDefinition.builder().image(ContainerImage.fromDlc("pytorch-inference", "2.1.0-cpu-py310"))
                .containerHostname("b").build()))
        .inferenceExecutionMode(InferenceExecutionMode.DIRECT).build());
    new EndpointConfig(stack, "Config", EndpointConfigProps.builder().instanceProductionVariants(List.of(
        HostingFixtures.instanceVariant("MultiModel", multiModel).instanceType(InstanceType.C5_XLARGE).build(),
        HostingFixtures.instanceVariant("Direct", direct).build())).build());
    Aspects.of(stack).add(new AwsSolutionsChecks(NagPackProps.builder().build()));
    Annotations annotations = Annotations.fromStack(stack);
    templates.keep(stack);
    List<SynthesisMessage> errors = annotations.findError("*", Match.anyValue());
    List<SynthesisMessage> warnings = annotations.findWarning("*", Match.anyValue());
    assertEquals(List.of(), errors.stream().map(m -> m.getId() + ": " + m.getEntry().getData()).toList());
    assertEquals(List.of(), warnings.stream().map(m -> m.getId() + ": " + m.getEntry().getData()).toList());
  }

  @Test
  void aMultiModelContainerNeedsAPrefixAndAPrefixNeedsAMultiModelContainer() {
    Stack stack = new Stack(new App(), "MultiModelData");
    IllegalArgumentException archive = assertThrows(IllegalArgumentException.class, () -> new Model(stack, "Archive",
        ModelProps.builder().containers(List.of(ContainerDefinition.builder().image(image(stack, "xgboost"))
            .modelData(ModelData.fromBucket(Bucket.fromBucketName(stack, "Models", "churn-models"), "xgb/model.tar.gz"))
            .mode(ContainerMode.MULTI_MODEL).build())).build()));
    assertMessage(archive, "Model MultiModelData/Archive", "[SM-MULTI-MODEL-DATA] model data"
        + " \"s3://churn-models/xgb/model.tar.gz\" is not an S3 prefix");
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> new Model(stack, "None",
        ModelProps.builder().containers(List.of(ContainerDefinition.builder().image(image(stack, "linear"))
            .mode(ContainerMode.MULTI_MODEL).build())).build()));
    assertMessage(none, "[SM-MULTI-MODEL-DATA] model data \"(none)\"");
    IllegalArgumentException prefix = assertThrows(IllegalArgumentException.class, () -> new Model(stack, "Prefix",
        ModelProps.builder().containers(List.of(ContainerDefinition.builder().image(image(stack, "other"))
            .modelData(ModelData.fromBucketPrefix(Bucket.fromBucketName(stack, "Prefixes", "churn-models"), "all/"))
            .build())).build()));
    assertMessage(prefix, "Model MultiModelData/Prefix", "[SM-MODEL-DATA-PREFIX-WITHOUT-MULTI-MODEL]");
    IllegalArgumentException key = assertThrows(IllegalArgumentException.class, () -> ModelData.fromBucket(
        Bucket.fromBucketName(stack, "Keys", "churn-models"), "all/"));
    assertMessage(key, "ModelData.fromBucket(churn-models, all/)", "[SM-MODEL-DATA-PREFIX-WITHOUT-MULTI-MODEL]");
    IllegalArgumentException notPrefix = assertThrows(IllegalArgumentException.class, () -> ModelData.fromBucketPrefix(
        Bucket.fromBucketName(stack, "NotPrefix", "churn-models"), "all"));
    assertMessage(notPrefix, "ModelData.fromBucketPrefix(churn-models, all)", "[SM-MULTI-MODEL-DATA]");
  }

  @Test
  void aMultiModelContainerIsItsModelsOnlyContainer() {
    Stack stack = new Stack(new App(), "MultiModelPipeline");
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Model(stack, "Model",
        ModelProps.builder().containers(List.of(multiModelContainer(stack),
            ContainerDefinition.builder().image(image(stack, "linear")).build())).build()));
    assertMessage(error, "Model MultiModelPipeline/Model", "[SM-MULTI-MODEL-SINGLE-CONTAINER]");
    Model model = new Model(stack, "Later", ModelProps.builder()
        .containers(List.of(multiModelContainer(new Construct(stack, "Scope")))).build());
    IllegalArgumentException added = assertThrows(IllegalArgumentException.class, () ->
        model.addContainer(ContainerDefinition.builder().image(image(stack, "other")).build()));
    assertMessage(added, "Model MultiModelPipeline/Later", "[SM-MULTI-MODEL-SINGLE-CONTAINER]");
  }

  @Test
  void multiModelHostingNeedsASupportedInstanceType() {
    Stack stack = new Stack(new App(), "MultiModelInstances");
    Model model = new Model(stack, "Model", ModelProps.builder().containers(List.of(multiModelContainer(stack))).build());
    for (InstanceType supported : List.of(InstanceType.C5_XLARGE, InstanceType.of("ml.g5.2xlarge"),
        InstanceType.of("ml.p3.2xlarge"))) {
      new EndpointConfig(stack, "Config" + supported.toString().replace(".", ""), EndpointConfigProps.builder()
          .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", model)
              .instanceType(supported).build())).build());
    }
    for (InstanceType unsupported : List.of(InstanceType.G5_12XLARGE, InstanceType.INF1_XLARGE)) {
      IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new EndpointConfig(stack,
          "Bad", EndpointConfigProps.builder().instanceProductionVariants(List.of(
              HostingFixtures.instanceVariant("AllTraffic", model).instanceType(unsupported).build())).build()));
      assertMessage(error, "EndpointConfig MultiModelInstances/Bad, variant \"AllTraffic\"",
          "[SM-MULTI-MODEL-INSTANCE-TYPE] instance type \"" + unsupported + "\" cannot host a multi-model endpoint");
    }
  }

  @Test
  void directInvocationNeedsSeveralContainersWithHostnames() {
    Stack stack = new Stack(new App(), "DirectRules");
    IllegalArgumentException unnamed = assertThrows(IllegalArgumentException.class, () -> new Model(stack, "Unnamed",
        ModelProps.builder().containers(List.of(
                ContainerDefinition.builder().image(image(stack, "xgboost")).containerHostname("xgboost").build(),
                ContainerDefinition.builder().image(image(stack, "linear")).build()))
            .inferenceExecutionMode(InferenceExecutionMode.DIRECT).build()));
    assertMessage(unnamed, "Model DirectRules/Unnamed", "[SM-DIRECT-HOSTNAME] container 2 has no hostname");
    // One container may become two by addContainer: the count is checked at synth.
    App app = new App();
    Stack single = new Stack(app, "DirectSingle");
    new Model(single, "Model", ModelProps.builder()
        .containers(List.of(ContainerDefinition.builder().image(image(single, "xgboost")).containerHostname("a").build()))
        .inferenceExecutionMode(InferenceExecutionMode.DIRECT).build());
    RuntimeException atSynth = assertThrows(RuntimeException.class, () -> app.synth());
    assertMessage(atSynth, "[SM-DIRECT-CONTAINER-COUNT] Direct invocation needs a multi-container model, and this"
        + " model has 1 container(s)");
    Stack grown = new Stack(new App(), "DirectGrown");
    Model model = new Model(grown, "Model", ModelProps.builder()
        .containers(List.of(ContainerDefinition.builder().image(image(grown, "xgboost")).containerHostname("a").build()))
        .inferenceExecutionMode(InferenceExecutionMode.DIRECT).build());
    model.addContainer(ContainerDefinition.builder().image(image(grown, "linear")).containerHostname("b").build());
    assertEquals(2, ((List<?>) Cfn.properties(templates.of(grown), Cfn.logicalId(model)).get("Containers")).size());
  }
}
