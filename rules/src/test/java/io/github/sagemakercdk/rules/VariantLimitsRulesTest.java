package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VariantLimitsRulesTest {
  private static final ManagedInstanceScalingSpec ONE_TO_FOUR = new ManagedInstanceScalingSpec(1, 4, "ENABLED");

  private static List<Rule> rules(List<Violation> violations) {
    return violations.stream().map(Violation::rule).toList();
  }

  private static Rule rule(Optional<Violation> violation) {
    return violation.orElseThrow().rule();
  }

  @Test
  void everyLimitAtItsBoundsIsValid() {
    VariantLimitsSpec lowest = new VariantLimitsSpec(1, 60, 60, new ManagedInstanceScalingSpec(1, 1, null),
        "LEAST_OUTSTANDING_REQUESTS", null);
    VariantLimitsSpec highest = new VariantLimitsSpec(512, 3600, 3600.0, new ManagedInstanceScalingSpec(1, 100,
        "DISABLED"), "RANDOM", "al2-ami-sagemaker-inference-gpu-3-1");
    assertEquals(List.of(), VariantLimitsRules.validate(lowest, "ml.m5.xlarge", 1, value -> false));
    assertEquals(List.of(), VariantLimitsRules.validate(highest, "ml.p3.2xlarge", 1, value -> false));
    assertEquals(List.of(), VariantLimitsRules.validate(VariantLimitsSpec.NONE, "ml.g5.xlarge", 1, value -> false));
  }

  @Test
  void volumeSizeIsOneTo512GbOfAnEbsVolume() {
    for (Number invalid : new Number[] {0, -1, 513, 1.5, Double.NaN}) {
      Violation violation = VariantLimitsRules.volumeSize(invalid, "ml.m5.large").orElseThrow();
      assertEquals(Rule.VOLUME_SIZE, violation.rule(), String.valueOf(invalid));
      assertEquals(Attribute.VOLUME_SIZE, violation.location().attribute());
    }
    assertEquals("[SM-VOLUME-SIZE] volumeSizeInGb 513 is not valid: give the size of the EBS volume attached to each"
        + " instance, a whole number of 1 to 512 GB", VariantLimitsRules.volumeSize(513, null).orElseThrow().toString());
    assertTrue(VariantLimitsRules.volumeSize(512, null).isEmpty());
  }

  @Test
  void instanceTypesWithLocalStorageTakeNoVolumeSize() {
    for (String family : Limits.LOCAL_STORAGE_INSTANCE_FAMILIES) {
      assertEquals(Rule.VOLUME_SIZE_LOCAL_STORAGE, rule(VariantLimitsRules.volumeSize(100, family + ".xlarge")), family);
    }
    for (String ebsOnly : new String[] {"ml.m5.xlarge", "ml.c5.large", "ml.p3.2xlarge", "ml.inf2.xlarge", "ml.t2.medium",
        "ml.g7.2xlarge"}) {
      assertTrue(VariantLimitsRules.volumeSize(100, ebsOnly).isEmpty(), ebsOnly);
    }
    assertEquals("[SM-VOLUME-SIZE-LOCAL-STORAGE] instance type \"ml.g5.2xlarge\" has local NVMe instance storage,"
        + " which SageMaker uses instead of an EBS volume, so it takes no volume size: remove volumeSizeInGb, or pick"
        + " an instance type without instance storage (such as ml.m5.xlarge, or ml.p3.2xlarge for a GPU)",
        VariantLimitsRules.volumeSize(100, "ml.g5.2xlarge").orElseThrow().toString());
  }

  @Test
  void bothStartupTimeoutsShareOneRangeAndNameTheirAttribute() {
    for (Number invalid : new Number[] {59, 3601, 0, 90.5, -60}) {
      assertEquals(Rule.STARTUP_TIMEOUT,
          rule(VariantLimitsRules.startupTimeout(Attribute.MODEL_DATA_DOWNLOAD_TIMEOUT, invalid)), "" + invalid);
      assertEquals(Rule.STARTUP_TIMEOUT,
          rule(VariantLimitsRules.startupTimeout(Attribute.CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT, invalid)));
    }
    Violation download = VariantLimitsRules.startupTimeout(Attribute.MODEL_DATA_DOWNLOAD_TIMEOUT, 30).orElseThrow();
    assertEquals(Attribute.MODEL_DATA_DOWNLOAD_TIMEOUT, download.location().attribute());
    assertEquals("[SM-STARTUP-TIMEOUT] the model data download timeout of 30 seconds is not valid: give a whole number"
        + " of 60 to 3600 seconds (1 minute to 1 hour)", download.toString());
    Violation health = VariantLimitsRules.startupTimeout(Attribute.CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT, 7200)
        .orElseThrow();
    assertEquals(Attribute.CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT, health.location().attribute());
    assertTrue(health.toString().contains("the container startup health check timeout of 7200 seconds"), health.toString());
    assertThrows(IllegalArgumentException.class, () -> VariantLimitsRules.startupTimeout(Attribute.VOLUME_SIZE, 60));
  }

  @Test
  void managedInstanceScalingCountsAreOrderedFromZeroAndOne() {
    assertEquals(List.of(), VariantLimitsRules.managedInstanceScaling(ONE_TO_FOUR, 2, false));
    assertEquals(List.of(), VariantLimitsRules.managedInstanceScaling(
        new ManagedInstanceScalingSpec(0, 1, "ENABLED"), 1, true));
    List<Violation> reversed = VariantLimitsRules.managedInstanceScaling(
        new ManagedInstanceScalingSpec(4, 2, null), null, false);
    assertEquals(List.of(Rule.MANAGED_SCALING_COUNTS), rules(reversed));
    assertEquals(Attribute.MAX_INSTANCE_COUNT, reversed.get(0).location().attribute());
    assertEquals("[SM-MANAGED-SCALING-COUNTS] managed instance scaling minInstanceCount 4 and maxInstanceCount 2 are"
        + " not valid: give whole numbers with 0 <= minInstanceCount <= maxInstanceCount and maxInstanceCount at least"
        + " 1", reversed.get(0).toString());
    List<Violation> negative = VariantLimitsRules.managedInstanceScaling(
        new ManagedInstanceScalingSpec(-1, null, null), null, true);
    assertEquals(Attribute.MIN_INSTANCE_COUNT, negative.get(0).location().attribute());
    assertTrue(negative.get(0).toString().contains("minInstanceCount -1 and maxInstanceCount (not given)"));
    assertEquals(List.of(Rule.MANAGED_SCALING_COUNTS), rules(VariantLimitsRules.managedInstanceScaling(
        new ManagedInstanceScalingSpec(0, 0, null), null, true)));
    assertEquals(List.of(Rule.MANAGED_SCALING_COUNTS), rules(VariantLimitsRules.managedInstanceScaling(
        new ManagedInstanceScalingSpec(1.5, 3, null), null, false)));
  }

  @Test
  void onlyInferenceComponentEndpointsScaleToZero() {
    List<Violation> zero = VariantLimitsRules.managedInstanceScaling(
        new ManagedInstanceScalingSpec(0, 2, "ENABLED"), 1, false);
    assertEquals(List.of(Rule.MANAGED_SCALING_ZERO), rules(zero));
    assertEquals(Attribute.MIN_INSTANCE_COUNT, zero.get(0).location().attribute());
  }

  @Test
  void theInitialCountLiesInTheManagedRangeWhileScalingIsEnabled() {
    List<Violation> below = VariantLimitsRules.managedInstanceScaling(
        new ManagedInstanceScalingSpec(2, 4, "ENABLED"), 1, false);
    assertEquals(List.of(Rule.MANAGED_SCALING_INITIAL_COUNT), rules(below));
    assertEquals(Attribute.MIN_INSTANCE_COUNT, below.get(0).location().attribute());
    assertEquals("[SM-MANAGED-SCALING-INITIAL-COUNT] the variant starts with 1 instance(s), outside its managed"
        + " instance scaling range 2 to 4: choose minInstanceCount <= initialInstanceCount <= maxInstanceCount",
        below.get(0).toString());
    List<Violation> above = VariantLimitsRules.managedInstanceScaling(ONE_TO_FOUR, 5, false);
    assertEquals(Attribute.MAX_INSTANCE_COUNT, above.get(0).location().attribute());
    assertEquals(List.of(), VariantLimitsRules.managedInstanceScaling(
        new ManagedInstanceScalingSpec(1, 4, "DISABLED"), 5, false));
    assertEquals(List.of(), VariantLimitsRules.managedInstanceScaling(ONE_TO_FOUR, null, false));
  }

  @Test
  void statusIsEnabledOrDisabled() {
    List<Violation> violations = VariantLimitsRules.managedInstanceScaling(
        new ManagedInstanceScalingSpec(1, 2, "enabled"), 1, false);
    assertEquals(List.of(Rule.MANAGED_SCALING_STATUS), rules(violations));
    assertEquals(Attribute.MANAGED_SCALING_STATUS, violations.get(0).location().attribute());
  }

  @Test
  void routingIsLeastOutstandingRequestsOrRandom() {
    assertTrue(VariantLimitsRules.routingStrategy("LEAST_OUTSTANDING_REQUESTS").isEmpty());
    assertTrue(VariantLimitsRules.routingStrategy("RANDOM").isEmpty());
    Violation violation = VariantLimitsRules.routingStrategy("ROUND_ROBIN").orElseThrow();
    assertEquals(Attribute.ROUTING_STRATEGY, violation.location().attribute());
    assertEquals("[SM-ROUTING-STRATEGY] routing strategy \"ROUND_ROBIN\" is not valid: give LEAST_OUTSTANDING_REQUESTS"
        + " (to the instances with the most free capacity) or RANDOM", violation.toString());
  }

  @Test
  void inferenceAmiVersionsAreSageMakersAndMatchTheAccelerator() {
    for (String version : Limits.INFERENCE_AMI_VERSIONS) {
      String instanceType = version.contains("neuron") ? "ml.inf2.xlarge" : "ml.g6.xlarge";
      assertTrue(VariantLimitsRules.inferenceAmiVersion(version, instanceType).isEmpty(), version);
      assertTrue(VariantLimitsRules.inferenceAmiVersion(version, null).isEmpty(), version);
    }
    assertEquals(Limits.INFERENCE_AMI_VERSIONS.stream().sorted().toList(), Limits.INFERENCE_AMI_VERSIONS);
    Violation unknown = VariantLimitsRules.inferenceAmiVersion("al2-ami-sagemaker-inference-gpu-9", null).orElseThrow();
    assertEquals(Rule.INFERENCE_AMI_VERSION, unknown.rule());
    assertEquals(Attribute.INFERENCE_AMI_VERSION, unknown.location().attribute());
    for (String gpu : new String[] {"ml.p4d.24xlarge", "ml.p6-b200.48xlarge", "ml.g4dn.xlarge", "ml.g7e.2xlarge"}) {
      assertTrue(VariantLimitsRules.inferenceAmiVersion("al2-ami-sagemaker-inference-gpu-2", gpu).isEmpty(), gpu);
    }
    for (String other : new String[] {"ml.c6g.large", "ml.m5.xlarge", "ml.inf2.xlarge", "ml.dl1.24xlarge"}) {
      assertEquals(Rule.INFERENCE_AMI_INSTANCE_TYPE,
          rule(VariantLimitsRules.inferenceAmiVersion("al2-ami-sagemaker-inference-gpu-2", other)), other);
    }
    for (String neuron : new String[] {"ml.trn1.2xlarge", "ml.trn1n.32xlarge", "ml.trn2.48xlarge"}) {
      assertTrue(VariantLimitsRules.inferenceAmiVersion("al2-ami-sagemaker-inference-neuron-2", neuron).isEmpty());
    }
    Violation mismatch = VariantLimitsRules.inferenceAmiVersion("al2-ami-sagemaker-inference-neuron-2",
        "ml.inf1.xlarge").orElseThrow();
    assertEquals("[SM-INFERENCE-AMI-INSTANCE-TYPE] inference AMI version \"al2-ami-sagemaker-inference-neuron-2\""
        + " carries the drivers of AWS Inferentia2 and Trainium, and instance type \"ml.inf1.xlarge\" has none: pick"
        + " an AMI version for the instance type's accelerator, or leave it out to let SageMaker choose",
        mismatch.toString());
  }

  @Test
  void validateReportsEachAttributeInOrderAndSkipsTokens() {
    VariantLimitsSpec wrong = new VariantLimitsSpec(600, 10, 10, new ManagedInstanceScalingSpec(3, 1, null),
        "FASTEST", "al2-ami-sagemaker-inference-neuron-2");
    assertEquals(List.of(Rule.VOLUME_SIZE, Rule.STARTUP_TIMEOUT, Rule.STARTUP_TIMEOUT, Rule.MANAGED_SCALING_COUNTS,
        Rule.ROUTING_STRATEGY, Rule.INFERENCE_AMI_INSTANCE_TYPE),
        rules(VariantLimitsRules.validate(wrong, "ml.m5.large", 1, value -> false)));
    VariantLimitsSpec tokens = new VariantLimitsSpec(null, null, null, null, "${Token[R.1]}", "${Token[A.2]}");
    assertEquals(List.of(), VariantLimitsRules.validate(tokens, null, null, value -> value.startsWith("${")));
  }
}
