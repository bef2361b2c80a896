package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentRulesTest {
  private static final CapacitySizeSpec TEN_PERCENT = new CapacitySizeSpec(Limits.CAPACITY_PERCENT, 10);

  private static List<Rule> rules(List<Violation> violations) {
    return violations.stream().map(Violation::rule).toList();
  }

  private static DeploymentSpec blueGreen(String routing, Number wait, CapacitySizeSpec canary, CapacitySizeSpec step,
      Number timeout, Number termination) {
    return new DeploymentSpec(true, false, routing, wait, canary, step, null, null, timeout, termination, List.of());
  }

  private static DeploymentSpec rolling(CapacitySizeSpec batch, Number wait, Number timeout, CapacitySizeSpec rollback) {
    return new DeploymentSpec(false, true, null, wait, null, null, batch, rollback, timeout, null, List.of());
  }

  @Test
  void validBlueGreenAndRollingDeploymentsPass() {
    assertEquals(List.of(), DeploymentRules.validate(blueGreen(Limits.ALL_AT_ONCE, 0, null, null, 600, 0), 1));
    assertEquals(List.of(), DeploymentRules.validate(blueGreen(Limits.CANARY, 3600, TEN_PERCENT, null, 28800, 3600), 4));
    assertEquals(List.of(), DeploymentRules.validate(
        blueGreen(Limits.LINEAR, 300, null, new CapacitySizeSpec(Limits.INSTANCE_COUNT, 2), null, null), 4));
    assertEquals(List.of(), DeploymentRules.validate(rolling(new CapacitySizeSpec(Limits.CAPACITY_PERCENT, 50), 0,
        null, new CapacitySizeSpec(Limits.CAPACITY_PERCENT, 100)), 2));
  }

  @Test
  void timesAreWithinSageMakersRanges() {
    assertEquals(List.of(Rule.DEPLOYMENT_WAIT_INTERVAL),
        rules(DeploymentRules.validate(blueGreen(Limits.ALL_AT_ONCE, 3601, null, null, null, null), null)));
    assertEquals(List.of(Rule.DEPLOYMENT_WAIT_INTERVAL),
        rules(DeploymentRules.validate(rolling(TEN_PERCENT, -1, null, null), null)));
    assertEquals(List.of(Rule.DEPLOYMENT_EXECUTION_TIMEOUT),
        rules(DeploymentRules.validate(blueGreen(Limits.ALL_AT_ONCE, 0, null, null, 599, null), null)));
    assertEquals(List.of(Rule.DEPLOYMENT_EXECUTION_TIMEOUT),
        rules(DeploymentRules.validate(rolling(TEN_PERCENT, 0, 28801, null), null)));
    List<Violation> termination =
        DeploymentRules.validate(blueGreen(Limits.ALL_AT_ONCE, 0, null, null, null, 3601), null);
    assertEquals(List.of(Rule.DEPLOYMENT_TERMINATION_WAIT), rules(termination));
    assertEquals(Attribute.TERMINATION_WAIT, termination.get(0).location().attribute());
  }

  @Test
  void theTimeLimitExceedsTheWaits() {
    List<Violation> violations =
        DeploymentRules.validate(blueGreen(Limits.ALL_AT_ONCE, 3600, null, null, 3600, 0), null);
    assertEquals(List.of(Rule.DEPLOYMENT_TIMEOUT_BELOW_WAITS), rules(violations));
    assertEquals("maximumExecutionTimeoutInSeconds 3600 is not longer than terminationWaitInSeconds 0 and"
        + " waitIntervalInSeconds 3600 together: SageMaker needs the time limit to exceed the waits; raise it or"
        + " shorten the waits", violations.get(0).message());
    assertEquals(List.of(), DeploymentRules.validate(blueGreen(Limits.ALL_AT_ONCE, 3000, null, null, 3601, 600), null)
        .stream().filter(v -> v.rule() == Rule.DEPLOYMENT_TIMEOUT_BELOW_WAITS).toList());
  }

  @Test
  void eachTrafficRoutingHasItsOwnSize() {
    assertEquals(List.of(Rule.TRAFFIC_ROUTING_SIZE),
        rules(DeploymentRules.validate(blueGreen(Limits.CANARY, 0, null, null, null, null), null)));
    assertEquals(List.of(Rule.TRAFFIC_ROUTING_SIZE),
        rules(DeploymentRules.validate(blueGreen(Limits.LINEAR, 0, null, null, null, null), null)));
    List<Violation> allAtOnce =
        DeploymentRules.validate(blueGreen(Limits.ALL_AT_ONCE, 0, TEN_PERCENT, null, null, null), null);
    assertEquals(List.of(Rule.TRAFFIC_ROUTING_SIZE), rules(allAtOnce));
    assertEquals(Attribute.CANARY_SIZE, allAtOnce.get(0).location().attribute());
    assertEquals("ALL_AT_ONCE traffic shifting takes no canarySize (only CANARY does)", allAtOnce.get(0).message());
  }

  @Test
  void sizesAreSharesOfTheVariantsInstances() {
    // A canary of at most 50%.
    assertEquals(List.of(Rule.DEPLOYMENT_BATCH_SHARE), rules(DeploymentRules.validate(
        blueGreen(Limits.CANARY, 0, new CapacitySizeSpec(Limits.CAPACITY_PERCENT, 51), null, null, null), null)));
    List<Violation> canary = DeploymentRules.validate(
        blueGreen(Limits.CANARY, 0, new CapacitySizeSpec(Limits.INSTANCE_COUNT, 3), null, null, null), 4);
    assertEquals(List.of(Rule.DEPLOYMENT_BATCH_SHARE), rules(canary));
    assertEquals("canarySize 3 instance(s) of 4 is not valid: SageMaker takes 0% to 50% of the variant's"
        + " instances", canary.get(0).message());
    // Without a known instance count, an instance count is not compared.
    assertEquals(List.of(), DeploymentRules.validate(
        blueGreen(Limits.CANARY, 0, new CapacitySizeSpec(Limits.INSTANCE_COUNT, 3), null, null, null), null));
    // Linear steps of 10% to 50%.
    assertEquals(List.of(Rule.DEPLOYMENT_BATCH_SHARE), rules(DeploymentRules.validate(
        blueGreen(Limits.LINEAR, 0, null, new CapacitySizeSpec(Limits.CAPACITY_PERCENT, 9), null, null), null)));
    // Rolling batches of 5% to 50%.
    assertEquals(List.of(Rule.DEPLOYMENT_BATCH_SHARE), rules(DeploymentRules.validate(
        rolling(new CapacitySizeSpec(Limits.CAPACITY_PERCENT, 4), 0, null, null), null)));
    assertEquals(List.of(Rule.DEPLOYMENT_BATCH_SHARE), rules(DeploymentRules.validate(
        rolling(new CapacitySizeSpec(Limits.INSTANCE_COUNT, 2), 0, null, null), 3)));
  }

  @Test
  void capacitySizesAreWholeAndPercentagesAtMost100() {
    for (CapacitySizeSpec bad : List.of(new CapacitySizeSpec(Limits.INSTANCE_COUNT, 0),
        new CapacitySizeSpec(Limits.CAPACITY_PERCENT, 101), new CapacitySizeSpec(Limits.CAPACITY_PERCENT, 2.5),
        new CapacitySizeSpec("PERCENT", 10))) {
      List<Violation> violations = DeploymentRules.validate(rolling(TEN_PERCENT, 0, null, bad), null);
      assertEquals(List.of(Rule.CAPACITY_SIZE), rules(violations), bad.toString());
      assertEquals(Attribute.ROLLBACK_MAXIMUM_BATCH_SIZE, violations.get(0).location().attribute());
    }
  }

  @Test
  void oneUpdatePolicyAtMost() {
    assertEquals(List.of(Rule.DEPLOYMENT_POLICIES_BOTH), rules(DeploymentRules.validate(new DeploymentSpec(true, true,
        Limits.ALL_AT_ONCE, 0, null, null, TEN_PERCENT, null, null, null, List.of()), null)));
  }

  @Test
  void rollbackAlarmsAreOneToTenNamesEachOnce() {
    assertEquals(List.of(), DeploymentRules.rollbackAlarms(List.of("a", "b".repeat(255))));
    assertEquals(List.of(Rule.ROLLBACK_ALARM_COUNT), rules(DeploymentRules.rollbackAlarms(
        List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"))));
    List<Violation> bad = DeploymentRules.rollbackAlarms(List.of("a", " ", "c".repeat(256), "a"));
    assertEquals(List.of(Rule.ROLLBACK_ALARM_NAME, Rule.ROLLBACK_ALARM_NAME, Rule.ROLLBACK_ALARM_DUPLICATE),
        rules(bad));
    assertEquals(new Location(Attribute.ROLLBACK_ALARMS, -1, 3), bad.get(2).location());
  }

  @Test
  void theExclusionsOfGuardedDeployments() {
    assertEquals(List.of(), DeploymentRules.hosting(true, 1, 0, List.of("ml.m5.large")));
    assertEquals(List.of(), DeploymentRules.hosting(false, 3, 0, List.of("ml.m5.large", "ml.inf2.xlarge")));
    assertEquals(List.of(Rule.ROLLING_DEPLOYMENT_SERVERLESS), rules(DeploymentRules.hosting(true, 0, 1, List.of())));
    assertEquals(List.of(Rule.ROLLING_DEPLOYMENT_VARIANTS),
        rules(DeploymentRules.hosting(true, 2, 0, List.of("ml.m5.large", "ml.c5.large"))));
    assertEquals(List.of(Rule.GUARDED_DEPLOYMENT_INF1),
        rules(DeploymentRules.hosting(false, 1, 0, List.of("ml.inf1.xlarge"))));
  }
}
