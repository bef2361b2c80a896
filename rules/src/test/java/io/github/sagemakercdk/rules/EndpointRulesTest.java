package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointRulesTest {

  private static InstanceVariantSpec instance(String name) {
    return new InstanceVariantSpec(name, "ml.m5.large", 1, 1.0, null);
  }

  private static ServerlessVariantSpec serverless(String name) {
    return new ServerlessVariantSpec(name, 2048, 20, null, null);
  }

  private static List<Rule> rules(List<Violation> violations) {
    return violations.stream().map(Violation::rule).toList();
  }

  private static Rule rule(java.util.Optional<Violation> violation) {
    return violation.orElseThrow().rule();
  }

  @Test
  void validConfigsHaveNoViolations() {
    assertEquals(List.of(), EndpointRules.validate(new EndpointConfigSpec("churn-config",
        List.of(instance("AllTraffic"), new InstanceVariantSpec("Canary", "ml.g5.xlarge", 2, 0, null)),
        List.of())));
    assertEquals(List.of(), EndpointRules.validate(new EndpointConfigSpec(null, List.of(),
        List.of(new ServerlessVariantSpec("AllTraffic", 6144, 200, 200, 1)))));
  }

  @Test
  void namesShareTheSageMakerNamePattern() {
    for (String valid : new String[] {"AllTraffic", "a", "v-1", "a--b", "a".repeat(63)}) {
      assertTrue(EndpointRules.endpointName(valid).isEmpty(), valid);
      assertTrue(EndpointRules.endpointConfigName(valid).isEmpty(), valid);
      assertTrue(EndpointRules.variantName(valid).isEmpty(), valid);
    }
    // The pattern's runs of hyphens are unbounded: the length limit is checked too.
    for (String invalid : new String[] {"", "-a", "a-", "a_b", "a.b", "a".repeat(64), "a" + "-".repeat(70) + "b"}) {
      assertEquals(Rule.ENDPOINT_NAME, rule(EndpointRules.endpointName(invalid)), invalid);
      assertEquals(Rule.ENDPOINT_CONFIG_NAME, rule(EndpointRules.endpointConfigName(invalid)), invalid);
      assertEquals(Rule.VARIANT_NAME, rule(EndpointRules.variantName(invalid)), invalid);
    }
    Violation violation = EndpointRules.variantName("all_traffic").orElseThrow();
    assertEquals(Attribute.VARIANT_NAME, violation.location().attribute());
    assertTrue(violation.toString().startsWith("[SM-VARIANT-NAME] production variant name \"all_traffic\""),
        violation.toString());
  }

  @Test
  void aConfigHasOneToTenInstanceVariantsOrOneServerlessVariant() {
    assertEquals(List.of(Rule.VARIANT_MISSING), rules(EndpointRules.variants(0, 0)));
    assertEquals(List.of(), EndpointRules.variants(1, 0));
    assertEquals(List.of(), EndpointRules.variants(10, 0));
    assertEquals(List.of(Rule.VARIANT_COUNT), rules(EndpointRules.variants(11, 0)));
    assertEquals(List.of(), EndpointRules.variants(0, 1));
    assertEquals(List.of(Rule.SERVERLESS_VARIANT_COUNT), rules(EndpointRules.variants(0, 2)));
    assertEquals(List.of(Rule.VARIANT_KINDS_MIXED), rules(EndpointRules.variants(1, 1)));
    Violation count = EndpointRules.variants(11, 0).get(0);
    assertEquals("[SM-VARIANT-COUNT] the endpoint config has 11 instance production variants: SageMaker takes at"
        + " most 10 per endpoint config; spread them over several endpoints", count.toString());
    assertEquals(Attribute.VARIANTS, count.location().attribute());
  }

  @Test
  void validateReportsCountsAndDuplicateNamesOnce() {
    List<InstanceVariantSpec> eleven = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      eleven.add(instance("v" + i));
    }
    assertEquals(List.of(Rule.VARIANT_COUNT), rules(EndpointRules.validate(new EndpointConfigSpec(null, eleven,
        List.of()))));
    List<Violation> duplicates = EndpointRules.validate(new EndpointConfigSpec(null,
        List.of(instance("a"), instance("b"), instance("a"), instance("a")), List.of()));
    assertEquals(List.of(Rule.VARIANT_DUPLICATE), rules(duplicates));
    assertTrue(duplicates.get(0).message().contains("\"a\""), duplicates.get(0).message());
    assertEquals(List.of(Rule.VARIANT_MISSING),
        rules(EndpointRules.validate(new EndpointConfigSpec(null, List.of(), List.of()))));
    assertEquals(List.of(Rule.VARIANT_KINDS_MIXED, Rule.VARIANT_DUPLICATE), rules(EndpointRules.validate(
        new EndpointConfigSpec(null, List.of(instance("x")), List.of(serverless("x"))))));
  }

  @Test
  void validateChecksEveryValueInAStableOrder() {
    EndpointConfigSpec config = new EndpointConfigSpec("bad_name",
        List.of(new InstanceVariantSpec("bad_variant", "m5.large", 0, -1, "ml.eia3.medium")),
        List.of());
    assertEquals(List.of(Rule.ENDPOINT_CONFIG_NAME, Rule.VARIANT_NAME, Rule.INSTANCE_TYPE, Rule.ACCELERATOR_TYPE,
        Rule.INITIAL_INSTANCE_COUNT, Rule.INITIAL_VARIANT_WEIGHT), rules(EndpointRules.validate(config)));
    EndpointConfigSpec serverless = new EndpointConfigSpec(null, List.of(),
        List.of(new ServerlessVariantSpec("s", 1000, 0, 5, -0.5)));
    assertEquals(List.of(Rule.SERVERLESS_MEMORY_SIZE, Rule.SERVERLESS_MAX_CONCURRENCY,
        Rule.SERVERLESS_PROVISIONED_OVER_MAX, Rule.INITIAL_VARIANT_WEIGHT), rules(EndpointRules.validate(serverless)));
  }

  @Test
  void unresolvedNamesAndNullNumbersAreLeftToCloudFormation() {
    EndpointConfigSpec config = new EndpointConfigSpec("${Token[Name.1]}",
        List.of(new InstanceVariantSpec("${Token[V.2]}", "${Token[T.3]}", null, null, null),
            new InstanceVariantSpec("${Token[V.2]}", "ml.m5.large", null, null, null)),
        List.of());
    assertEquals(List.of(), EndpointRules.validate(config, value -> value.contains("${Token[")));
    assertEquals(List.of(), EndpointRules.serverlessVariant(
        new ServerlessVariantSpec("s", null, null, null, null), value -> false));
  }

  @Test
  void instanceTypesAreSageMakersSortedProductionVariantInstanceTypes() {
    List<String> types = Limits.PRODUCTION_VARIANT_INSTANCE_TYPES;
    List<String> sorted = new ArrayList<>(types);
    Collections.sort(sorted);
    assertEquals(sorted, types);
    assertEquals(types.size(), types.stream().distinct().count());
    assertTrue(types.stream().allMatch(type -> type.startsWith("ml.")));
    for (String type : new String[] {"ml.t2.medium", "ml.m5.large", "ml.c5.18xlarge", "ml.g5.48xlarge",
        "ml.inf2.xlarge", "ml.p4d.24xlarge", "ml.trn1.2xlarge", "ml.p6-b200.48xlarge", "ml.r8g.medium"}) {
      assertTrue(EndpointRules.instanceType(type).isEmpty(), type);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "m5.large", "ml.m5.medium", "ml.x9.large", "ML.M5.LARGE", "ml.m5.large ",
      "ml.eia2.medium"})
  void unknownInstanceTypes(String type) {
    Violation violation = EndpointRules.instanceType(type).orElseThrow();
    assertEquals(Rule.INSTANCE_TYPE, violation.rule());
    assertEquals(Attribute.INSTANCE_TYPE, violation.location().attribute());
  }

  @Test
  void instanceTypeMessagesSayWhatWouldBeValid() {
    assertEquals("[SM-INSTANCE-TYPE] instance type \"m5.large\" is not one SageMaker hosts production variants on:"
        + " SageMaker names it \"ml.m5.large\"", EndpointRules.instanceType("m5.large").orElseThrow().toString());
    assertTrue(EndpointRules.instanceType("ml.m5.medium").orElseThrow().message()
        .endsWith("ml.m5.* comes in large, xlarge, 2xlarge, 4xlarge, 12xlarge, 24xlarge"));
    assertTrue(EndpointRules.instanceType("ml.r8g.huge").orElseThrow().message()
        .endsWith("ml.r8g.* comes in medium, large, ..., 48xlarge"));
    assertTrue(EndpointRules.instanceType("ml.x9.large").orElseThrow().message()
        .endsWith("it is not in SageMaker's ProductionVariantInstanceType list (e.g. ml.m5.large)"));
    assertTrue(EndpointRules.instanceType("large").orElseThrow().message()
        .endsWith("start with \"ml.\", such as ml.m5.large"));
  }

  @Test
  void acceleratorTypesAreElasticInferenceSizes() {
    for (String type : Limits.ACCELERATOR_TYPES) {
      assertTrue(EndpointRules.acceleratorType(type).isEmpty(), type);
    }
    for (String type : new String[] {"", "ml.eia3.medium", "eia2.medium", "ml.eia2.huge", "ml.m5.large"}) {
      assertEquals(Rule.ACCELERATOR_TYPE, rule(EndpointRules.acceleratorType(type)), type);
    }
  }

  @Test
  void anyAcceleratorIsReportedAsElasticInferenceIsDiscontinued() {
    List<Violation> valid = EndpointRules.instanceVariant(
        new InstanceVariantSpec("v", "ml.m5.large", 1, 1, "ml.eia2.medium"), value -> false);
    assertEquals(List.of(Rule.ACCELERATOR_DISCONTINUED), rules(valid));
    assertEquals(Attribute.ACCELERATOR_TYPE, valid.get(0).location().attribute());
    assertTrue(valid.get(0).toString().startsWith("[SM-ACCELERATOR-DISCONTINUED] accelerator type \"ml.eia2.medium\""
        + " cannot be used: Amazon Elastic Inference is no longer available"), valid.get(0).toString());
    assertEquals(List.of(Rule.ACCELERATOR_TYPE), rules(EndpointRules.instanceVariant(
        new InstanceVariantSpec("v", "ml.m5.large", 1, 1, "ml.eia9.medium"), value -> false)));
    assertEquals(List.of(Rule.ACCELERATOR_DISCONTINUED), rules(EndpointRules.instanceVariant(
        new InstanceVariantSpec("v", "ml.m5.large", 1, 1, "${Token[A.1]}"), value -> value.startsWith("${"))));
  }

  @Test
  void initialInstanceCountIsAWholeNumberOfAtLeastOne() {
    assertTrue(EndpointRules.initialInstanceCount(1).isEmpty());
    assertTrue(EndpointRules.initialInstanceCount(3.0).isEmpty());
    for (Number count : new Number[] {0, -1, 1.5, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertEquals(Rule.INITIAL_INSTANCE_COUNT, rule(EndpointRules.initialInstanceCount(count)), count.toString());
    }
    assertEquals("[SM-INITIAL-INSTANCE-COUNT] initialInstanceCount 0 is not valid: a variant starts with a whole"
        + " number of instances, at least 1", EndpointRules.initialInstanceCount(0.0).orElseThrow().toString());
  }

  @Test
  void initialVariantWeightIsAtLeastZero() {
    assertTrue(EndpointRules.initialVariantWeight(0).isEmpty());
    assertTrue(EndpointRules.initialVariantWeight(0.25).isEmpty());
    assertEquals(Rule.INITIAL_VARIANT_WEIGHT, rule(EndpointRules.initialVariantWeight(-0.1)));
    assertEquals(Rule.INITIAL_VARIANT_WEIGHT, rule(EndpointRules.initialVariantWeight(Double.NaN)));
    assertTrue(EndpointRules.initialVariantWeight(-0.1).orElseThrow().message().startsWith(
        "initialVariantWeight -0.1 is not valid"));
  }

  @Test
  void serverlessMemoryIsOneToSixGigabytesInWholeGigabytes() {
    for (int size = 1024; size <= 6144; size += 1024) {
      assertTrue(EndpointRules.memorySizeInMb(size).isEmpty(), "" + size);
    }
    for (Number size : new Number[] {0, 512, 1000, 1536, 7168, 2048.5}) {
      assertEquals(Rule.SERVERLESS_MEMORY_SIZE, rule(EndpointRules.memorySizeInMb(size)), size.toString());
    }
  }

  @Test
  void maxConcurrencyIsOneToTwoHundred() {
    assertTrue(EndpointRules.maxConcurrency(1).isEmpty());
    assertTrue(EndpointRules.maxConcurrency(200).isEmpty());
    for (Number concurrency : new Number[] {0, 201, 2.5}) {
      assertEquals(Rule.SERVERLESS_MAX_CONCURRENCY, rule(EndpointRules.maxConcurrency(concurrency)));
    }
  }

  @Test
  void provisionedConcurrencyIsOneToTwoHundredAndAtMostMaxConcurrency() {
    assertEquals(List.of(), EndpointRules.provisionedConcurrency(1, 1));
    assertEquals(List.of(), EndpointRules.provisionedConcurrency(200, 200));
    assertEquals(List.of(), EndpointRules.provisionedConcurrency(5, null));
    assertEquals(List.of(Rule.SERVERLESS_PROVISIONED_CONCURRENCY), rules(EndpointRules.provisionedConcurrency(0, 20)));
    assertEquals(List.of(Rule.SERVERLESS_PROVISIONED_CONCURRENCY),
        rules(EndpointRules.provisionedConcurrency(201, null)));
    List<Violation> over = EndpointRules.provisionedConcurrency(30, 20);
    assertEquals(List.of(Rule.SERVERLESS_PROVISIONED_OVER_MAX), rules(over));
    assertEquals("provisionedConcurrency 30 is greater than maxConcurrency 20: provision at most as many concurrent"
        + " invocations as the variant may handle", over.get(0).message());
  }

  @Test
  void autoScalingKeepsTheInitialCountWithinOneToMax() {
    assertEquals(List.of(), EndpointRules.autoScaling(new AutoScalingSpec(1, 4, 20, 0.5), "ml.m5.large", 1));
    assertEquals(List.of(), EndpointRules.autoScaling(new AutoScalingSpec(null, 4, null, null), "ml.m5.large", 2));
    assertEquals(List.of(), EndpointRules.autoScaling(new AutoScalingSpec(3, 3, null, null), "ml.m5.large", 3));
    List<Violation> zero = EndpointRules.autoScaling(new AutoScalingSpec(0, 4, null, null), "ml.m5.large", 1);
    assertEquals(List.of(Rule.AUTO_SCALING_ZERO_REALTIME), rules(zero));
    assertEquals(Attribute.MIN_CAPACITY, zero.get(0).location().attribute());
    assertEquals(List.of(Rule.AUTO_SCALING_CAPACITY),
        rules(EndpointRules.autoScaling(new AutoScalingSpec(-1, 4, null, null), "ml.m5.large", 1)));
    assertEquals(List.of(Rule.AUTO_SCALING_CAPACITY),
        rules(EndpointRules.autoScaling(new AutoScalingSpec(5, 4, null, null), "ml.m5.large", 1)));
    assertEquals(List.of(Rule.AUTO_SCALING_CAPACITY),
        rules(EndpointRules.autoScaling(new AutoScalingSpec(1, 2.5, null, null), "ml.m5.large", 1)));
    List<Violation> below = EndpointRules.autoScaling(new AutoScalingSpec(2, 4, null, null), "ml.m5.large", 1);
    assertEquals(List.of(Rule.AUTO_SCALING_INITIAL_COUNT), rules(below));
    assertEquals(Attribute.MIN_CAPACITY, below.get(0).location().attribute());
    assertEquals("the variant starts with 1 instance(s), outside its auto scaling range 2 to 4: choose minCapacity"
        + " <= initialInstanceCount <= maxCapacity", below.get(0).message());
    List<Violation> above = EndpointRules.autoScaling(new AutoScalingSpec(1, 2, null, null), "ml.m5.large", 3);
    assertEquals(Attribute.MAX_CAPACITY, above.get(0).location().attribute());
    // The minimum defaults to the initial count, which then lies within the range by definition.
    assertEquals(List.of(Rule.AUTO_SCALING_CAPACITY),
        rules(EndpointRules.autoScaling(new AutoScalingSpec(null, 2, null, null), "ml.m5.large", 3)));
    assertEquals(List.of(), EndpointRules.autoScaling(new AutoScalingSpec(null, 2, null, null), null, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ml.t2.medium", "ml.t2.2xlarge", "ml.t3.large", "ml.t3a.xlarge", "ml.t4g.medium"})
  void burstableTypesAreNotAutoScaled(String type) {
    assertTrue(EndpointRules.isBurstable(type));
    List<Violation> violations = EndpointRules.autoScaling(new AutoScalingSpec(1, 2, null, null), type, 1);
    assertEquals(List.of(Rule.AUTO_SCALING_BURSTABLE), rules(violations));
    assertEquals(Attribute.INSTANCE_TYPE, violations.get(0).location().attribute());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ml.trn1.2xlarge", "ml.trn2.48xlarge", "ml.m5.large", "ml.g4dn.xlarge"})
  void otherTypesAreNotBurstable(String type) {
    assertFalse(EndpointRules.isBurstable(type));
  }

  @Test
  void invocationScalingNeedsPositiveRequestsAndASafetyFactorUpToOne() {
    assertTrue(EndpointRules.maxRequestsPerSecond(0.1).isEmpty());
    assertEquals(Rule.MAX_REQUESTS_PER_SECOND, rule(EndpointRules.maxRequestsPerSecond(0)));
    assertEquals(Rule.MAX_REQUESTS_PER_SECOND, rule(EndpointRules.maxRequestsPerSecond(-5)));
    assertEquals(Rule.MAX_REQUESTS_PER_SECOND, rule(EndpointRules.maxRequestsPerSecond(Double.NaN)));
    assertTrue(EndpointRules.safetyFactor(1).isEmpty());
    assertTrue(EndpointRules.safetyFactor(0.01).isEmpty());
    for (Number factor : new Number[] {0, -0.5, 1.01, Double.NaN}) {
      assertEquals(Rule.SAFETY_FACTOR, rule(EndpointRules.safetyFactor(factor)), factor.toString());
    }
    assertEquals(List.of(Rule.MAX_REQUESTS_PER_SECOND, Rule.SAFETY_FACTOR),
        rules(EndpointRules.autoScaling(new AutoScalingSpec(1, 2, 0, 2), "ml.m5.large", 1)));
  }

  @Test
  void invocationsTargetIsPerMinuteAtTheSafetyFactor() {
    assertEquals(600.0, EndpointRules.invocationsTarget(20, 0.5));
    assertEquals(600.0, EndpointRules.invocationsTarget(20, null));
    assertEquals(1200.0, EndpointRules.invocationsTarget(20, 1));
  }

  @Test
  void everyRuleIdIsUnique() {
    assertEquals(Rule.values().length, java.util.Arrays.stream(Rule.values()).map(Rule::id).distinct().count());
  }
}
