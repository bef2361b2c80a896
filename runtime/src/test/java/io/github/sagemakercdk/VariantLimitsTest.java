package io.github.sagemakercdk;

import static io.github.sagemakercdk.HostingFixtures.instanceVariant;
import static io.github.sagemakercdk.HostingFixtures.model;
import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/**
 * Variant limits on instance production variants: the exact ProductionVariant properties CloudFormation gets, none
 * when none is given, SageMaker's ranges and combinations checked with the construct path and the rule id, and
 * tokens left to CloudFormation.
 */
class VariantLimitsTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(VariantLimitsTest.class);

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  private static IllegalArgumentException rejected(Executable executable) {
    return assertThrows(IllegalArgumentException.class, executable);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> variants(Template template, EndpointConfig config, String property) {
    return (List<Map<String, Object>>) Cfn.properties(template, Cfn.logicalId(config, "EndpointConfig")).get(property);
  }

  private static EndpointConfig config(Stack stack, String id, InstanceProductionVariantProps variant) {
    return new EndpointConfig(stack, id, EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(variant)).build());
  }

  @Test
  void everyLimitIsRenderedExactly() {
    Stack stack = new Stack(new App(), "Limits");
    Model model = model(stack, "Model");
    EndpointConfig config = config(stack, "Config", instanceVariant("AllTraffic", model)
        .instanceType(InstanceType.of("ml.p3.2xlarge")).initialInstanceCount(2)
        .volumeSizeInGb(256)
        .modelDataDownloadTimeout(Duration.minutes(20))
        .containerStartupHealthCheckTimeout(Duration.seconds(900))
        .managedInstanceScaling(ManagedInstanceScaling.builder().minInstanceCount(1).maxInstanceCount(4).build())
        .routingStrategy(RoutingStrategy.LEAST_OUTSTANDING_REQUESTS)
        .inferenceAmiVersion(InferenceAmiVersion.AL2_GPU_3_1)
        .build());

    Map<String, Object> variant = variants(templates.of(stack), config, "ProductionVariants").get(0);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("VariantName", "AllTraffic");
    expected.put("ModelName", Map.of("Fn::GetAtt", List.of(Cfn.logicalId(model), "ModelName")));
    expected.put("InstanceType", "ml.p3.2xlarge");
    expected.put("InitialInstanceCount", 2);
    expected.put("InitialVariantWeight", 1);
    expected.put("VolumeSizeInGB", 256);
    expected.put("ModelDataDownloadTimeoutInSeconds", 1200);
    expected.put("ContainerStartupHealthCheckTimeoutInSeconds", 900);
    expected.put("ManagedInstanceScaling", Map.of("MinInstanceCount", 1, "MaxInstanceCount", 4, "Status", "ENABLED"));
    expected.put("RoutingConfig", Map.of("RoutingStrategy", "LEAST_OUTSTANDING_REQUESTS"));
    expected.put("InferenceAmiVersion", "al2-ami-sagemaker-inference-gpu-3-1");
    assertEquals(expected, variant);
  }

  @Test
  void aVariantWithoutLimitsRendersAsBefore() {
    Stack stack = new Stack(new App(), "NoLimits");
    Model model = model(stack, "Model");
    EndpointConfig config = config(stack, "Config", instanceVariant("AllTraffic", model).build());

    Map<String, Object> variant = variants(templates.of(stack), config, "ProductionVariants").get(0);
    assertEquals(List.of("InitialInstanceCount", "InitialVariantWeight", "InstanceType", "ModelName", "VariantName"),
        variant.keySet().stream().sorted().toList());
  }

  @Test
  void scalingCanBeDisabledAndGivenByHalvesAndTheShadowCarriesItsOwnLimits() {
    Stack stack = new Stack(new App(), "Shadowed");
    Model production = model(stack, "Production");
    Model candidate = model(stack, "Candidate");
    EndpointConfig config = new EndpointConfig(stack, "Config", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(instanceVariant("AllTraffic", production)
            .managedInstanceScaling(ManagedInstanceScaling.builder().maxInstanceCount(3)
                .status(ManagedInstanceScalingStatus.DISABLED).build())
            .routingStrategy(RoutingStrategy.RANDOM).build()))
        .shadowProductionVariant(instanceVariant("Shadow", candidate).instanceType(InstanceType.of("ml.inf2.xlarge"))
            .volumeSizeInGb(64).inferenceAmiVersion(InferenceAmiVersion.AL2_NEURON_2).build())
        .build());

    Template template = templates.of(stack);
    Map<String, Object> variant = variants(template, config, "ProductionVariants").get(0);
    assertEquals(Map.of("MaxInstanceCount", 3, "Status", "DISABLED"), variant.get("ManagedInstanceScaling"));
    assertEquals(Map.of("RoutingStrategy", "RANDOM"), variant.get("RoutingConfig"));
    Map<String, Object> shadow = variants(template, config, "ShadowProductionVariants").get(0);
    assertEquals(64, shadow.get("VolumeSizeInGB"));
    assertEquals("al2-ami-sagemaker-inference-neuron-2", shadow.get("InferenceAmiVersion"));
  }

  @Test
  void rangesAreCheckedWithTheConstructAndTheRule() {
    Stack stack = new Stack(new App(), "Ranges");
    Model model = model(stack, "Model");
    assertMessage(rejected(() -> config(stack, "Volume", instanceVariant("AllTraffic", model).volumeSizeInGb(513).build())),
        "EndpointConfig Ranges/Volume, variant \"AllTraffic\": [SM-VOLUME-SIZE] volumeSizeInGb 513 is not valid");
    assertMessage(rejected(() -> config(stack, "Download", instanceVariant("AllTraffic", model)
            .modelDataDownloadTimeout(Duration.seconds(30)).build())),
        "EndpointConfig Ranges/Download, variant \"AllTraffic\": [SM-STARTUP-TIMEOUT] the model data download timeout"
            + " of 30 seconds is not valid: give a whole number of 60 to 3600 seconds");
    assertMessage(rejected(() -> config(stack, "Health", instanceVariant("AllTraffic", model)
            .containerStartupHealthCheckTimeout(Duration.hours(2)).build())),
        "[SM-STARTUP-TIMEOUT] the container startup health check timeout of 7200 seconds is not valid");
    assertMessage(rejected(() -> config(stack, "Fraction", instanceVariant("AllTraffic", model)
            .containerStartupHealthCheckTimeout(Duration.millis(90500)).build())),
        "[SM-STARTUP-TIMEOUT] the container startup health check timeout of 90.5 seconds is not valid");
    assertMessage(rejected(() -> config(stack, "Reversed", instanceVariant("AllTraffic", model)
            .managedInstanceScaling(ManagedInstanceScaling.builder().minInstanceCount(4).maxInstanceCount(2).build())
            .build())),
        "[SM-MANAGED-SCALING-COUNTS] managed instance scaling minInstanceCount 4 and maxInstanceCount 2 are not valid");
    assertMessage(rejected(() -> config(stack, "Initial", instanceVariant("AllTraffic", model).initialInstanceCount(5)
            .managedInstanceScaling(ManagedInstanceScaling.builder().minInstanceCount(1).maxInstanceCount(4).build())
            .build())),
        "[SM-MANAGED-SCALING-INITIAL-COUNT] the variant starts with 5 instance(s), outside its managed instance scaling"
            + " range 1 to 4");
  }

  @Test
  void combinationsSageMakerRejectsAreErrors() {
    Stack stack = new Stack(new App(), "Combinations");
    Model model = model(stack, "Model");
    assertMessage(rejected(() -> config(stack, "LocalDisk", instanceVariant("AllTraffic", model)
            .instanceType(InstanceType.G5_2XLARGE).volumeSizeInGb(100).build())),
        "EndpointConfig Combinations/LocalDisk, variant \"AllTraffic\": [SM-VOLUME-SIZE-LOCAL-STORAGE] instance type"
            + " \"ml.g5.2xlarge\" has local NVMe instance storage");
    assertMessage(rejected(() -> config(stack, "Zero", instanceVariant("AllTraffic", model)
            .managedInstanceScaling(ManagedInstanceScaling.builder().minInstanceCount(0).maxInstanceCount(2).build())
            .build())),
        "[SM-MANAGED-SCALING-ZERO] managed instance scaling minInstanceCount 0 is not valid for a variant that serves a"
            + " model");
    // No instance type: the default ml.t2.medium, which has no GPU.
    assertMessage(rejected(() -> config(stack, "CpuAmi", InstanceProductionVariantProps.builder()
            .variantName("AllTraffic").model(model).inferenceAmiVersion(InferenceAmiVersion.AL2_GPU_2).build())),
        "[SM-INFERENCE-AMI-INSTANCE-TYPE] inference AMI version \"al2-ami-sagemaker-inference-gpu-2\" carries the"
            + " drivers of NVIDIA GPUs, and instance type \"ml.t2.medium\" has none");
    EndpointConfig later = new EndpointConfig(stack, "Later");
    assertMessage(rejected(() -> later.addInstanceProductionVariant(instanceVariant("AllTraffic", model)
            .instanceType(InstanceType.G5_XLARGE).inferenceAmiVersion(InferenceAmiVersion.AL2_NEURON_2).build())),
        "EndpointConfig Combinations/Later, variant \"AllTraffic\": [SM-INFERENCE-AMI-INSTANCE-TYPE]");
    assertMessage(rejected(() -> InferenceAmiVersion.of("al2-ami-sagemaker-inference-gpu-9")),
        "InferenceAmiVersion.of: [SM-INFERENCE-AMI-VERSION] inference AMI version"
            + " \"al2-ami-sagemaker-inference-gpu-9\" is not valid: give one of al2-ami-sagemaker-inference-gpu-2");
  }

  @Test
  void tokensAreLeftToCloudFormation() {
    Stack stack = new Stack(new App(), "Tokens");
    Model model = model(stack, "Model");
    CfnParameter volume = CfnParameter.Builder.create(stack, "VolumeSize").type("Number").defaultValue(64).build();
    CfnParameter timeout = CfnParameter.Builder.create(stack, "Timeout").type("Number").defaultValue(600).build();
    CfnParameter minimum = CfnParameter.Builder.create(stack, "MinInstances").type("Number").defaultValue(1).build();
    CfnParameter ami = CfnParameter.Builder.create(stack, "Ami")
        .defaultValue("al2-ami-sagemaker-inference-gpu-2").build();
    EndpointConfig config = config(stack, "Config", instanceVariant("AllTraffic", model)
        .instanceType(InstanceType.of("ml.p3.2xlarge"))
        .volumeSizeInGb(volume.getValueAsNumber())
        .modelDataDownloadTimeout(Duration.seconds(timeout.getValueAsNumber()))
        .managedInstanceScaling(ManagedInstanceScaling.builder().minInstanceCount(minimum.getValueAsNumber())
            .maxInstanceCount(2).build())
        .inferenceAmiVersion(InferenceAmiVersion.of(ami.getValueAsString()))
        .build());

    Map<String, Object> variant = variants(templates.of(stack), config, "ProductionVariants").get(0);
    assertEquals(Map.of("Ref", "VolumeSize"), variant.get("VolumeSizeInGB"));
    assertEquals(Map.of("Ref", "Timeout"), variant.get("ModelDataDownloadTimeoutInSeconds"));
    assertEquals(Map.of("MinInstanceCount", Map.of("Ref", "MinInstances"), "MaxInstanceCount", 2, "Status", "ENABLED"),
        variant.get("ManagedInstanceScaling"));
    assertEquals(Map.of("Ref", "Ami"), variant.get("InferenceAmiVersion"));
  }
}
