package io.github.sagemakercdk.rules;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of guarded deployments (CreateEndpoint's DeploymentConfig): blue/green with its traffic routing,
 * rolling, their times and batch sizes, the rollback alarms, and what they cannot be combined with. Sources:
 * SageMaker API reference, DeploymentConfig, BlueGreenUpdatePolicy, TrafficRoutingConfig, RollingUpdatePolicy,
 * CapacitySize, AutoRollbackConfig and Alarm; SageMaker Developer Guide, "Deployment guardrails: Exclusions". Each
 * limit is in {@link Limits}, with its source.
 */
public final class DeploymentRules {
  private DeploymentRules() {}

  /**
   * Every violation of the deployment config of an endpoint whose variant starts with {@code instanceCount}
   * instances (null when not known, or when auto scaling may change it: the batch sizes given as instance counts
   * are then not compared with it).
   */
  public static List<Violation> validate(DeploymentSpec spec, Number instanceCount) {
    List<Violation> violations = new ArrayList<>();
    if (spec.blueGreen() && spec.rolling()) {
      violations.add(Rule.DEPLOYMENT_POLICIES_BOTH.violation(Location.model(Attribute.DEPLOYMENT_POLICY)));
    }
    if (spec.waitIntervalInSeconds() != null) {
      inRange(spec.waitIntervalInSeconds(), Limits.MIN_DEPLOYMENT_WAIT_SECONDS, Limits.MAX_DEPLOYMENT_WAIT_SECONDS,
          Rule.DEPLOYMENT_WAIT_INTERVAL, Attribute.WAIT_INTERVAL, violations);
    }
    if (spec.maximumExecutionTimeoutInSeconds() != null) {
      inRange(spec.maximumExecutionTimeoutInSeconds(), Limits.MIN_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS,
          Limits.MAX_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS, Rule.DEPLOYMENT_EXECUTION_TIMEOUT,
          Attribute.MAXIMUM_EXECUTION_TIMEOUT, violations);
    }
    if (spec.terminationWaitInSeconds() != null) {
      inRange(spec.terminationWaitInSeconds(), Limits.MIN_DEPLOYMENT_WAIT_SECONDS,
          Limits.MAX_DEPLOYMENT_WAIT_SECONDS, Rule.DEPLOYMENT_TERMINATION_WAIT, Attribute.TERMINATION_WAIT,
          violations);
    }
    if (violations.isEmpty() && spec.blueGreen()) {
      timeoutAboveWaits(spec).ifPresent(violations::add);
    }
    if (spec.blueGreen()) {
      violations.addAll(trafficRouting(spec, instanceCount));
    }
    if (spec.rolling()) {
      if (spec.maximumBatchSize() != null) {
        batch("maximumBatchSize", spec.maximumBatchSize(), Limits.MIN_ROLLING_BATCH_PERCENT,
            Limits.MAX_ROLLING_BATCH_PERCENT, instanceCount, Attribute.MAXIMUM_BATCH_SIZE, violations);
      }
      if (spec.rollbackMaximumBatchSize() != null) {
        capacity("rollbackMaximumBatchSize", spec.rollbackMaximumBatchSize(), Attribute.ROLLBACK_MAXIMUM_BATCH_SIZE)
            .ifPresent(violations::add);
      }
    }
    violations.addAll(rollbackAlarms(spec.rollbackAlarms()));
    return violations;
  }

  /** The traffic routing's sizes: a canary size for CANARY, a step size for LINEAR, neither for ALL_AT_ONCE. */
  private static List<Violation> trafficRouting(DeploymentSpec spec, Number instanceCount) {
    List<Violation> violations = new ArrayList<>();
    String type = spec.trafficRouting();
    Location at = Location.model(Attribute.TRAFFIC_ROUTING);
    boolean canary = Limits.CANARY.equals(type);
    boolean linear = Limits.LINEAR.equals(type);
    if (canary && spec.canarySize() == null) {
      violations.add(Rule.TRAFFIC_ROUTING_SIZE.violation(at, type, "needs a canarySize (the first step's share)"));
    }
    if (linear && spec.linearStepSize() == null) {
      violations.add(Rule.TRAFFIC_ROUTING_SIZE.violation(at, type, "needs a linearStepSize (each step's share)"));
    }
    if (!canary && spec.canarySize() != null) {
      violations.add(Rule.TRAFFIC_ROUTING_SIZE.violation(Location.model(Attribute.CANARY_SIZE), type,
          "takes no canarySize (only CANARY does)"));
    }
    if (!linear && spec.linearStepSize() != null) {
      violations.add(Rule.TRAFFIC_ROUTING_SIZE.violation(Location.model(Attribute.LINEAR_STEP_SIZE), type,
          "takes no linearStepSize (only LINEAR does)"));
    }
    if (canary && spec.canarySize() != null) {
      batch("canarySize", spec.canarySize(), Limits.MIN_CANARY_PERCENT, Limits.MAX_CANARY_PERCENT, instanceCount,
          Attribute.CANARY_SIZE, violations);
    }
    if (linear && spec.linearStepSize() != null) {
      batch("linearStepSize", spec.linearStepSize(), Limits.MIN_LINEAR_STEP_PERCENT, Limits.MAX_LINEAR_STEP_PERCENT,
          instanceCount, Attribute.LINEAR_STEP_SIZE, violations);
    }
    return violations;
  }

  /** The deployment's time limit exceeds the termination wait and the wait interval together. */
  private static java.util.Optional<Violation> timeoutAboveWaits(DeploymentSpec spec) {
    Number timeout = spec.maximumExecutionTimeoutInSeconds();
    if (timeout == null) {
      return java.util.Optional.empty();
    }
    double termination = spec.terminationWaitInSeconds() == null ? 0 : spec.terminationWaitInSeconds().doubleValue();
    double wait = spec.waitIntervalInSeconds() == null ? 0 : spec.waitIntervalInSeconds().doubleValue();
    return timeout.doubleValue() > termination + wait
        ? java.util.Optional.empty()
        : java.util.Optional.of(Rule.DEPLOYMENT_TIMEOUT_BELOW_WAITS.violation(
            Location.model(Attribute.MAXIMUM_EXECUTION_TIMEOUT), EndpointRules.shown(timeout),
            EndpointRules.shown(termination), EndpointRules.shown(wait)));
  }

  /**
   * A batch size: a valid capacity size, within {@code minPercent} to {@code maxPercent} of the variant's
   * {@code instanceCount} instances (when known).
   */
  private static void batch(String what, CapacitySizeSpec size, int minPercent, int maxPercent, Number instanceCount,
      Attribute at, List<Violation> violations) {
    java.util.Optional<Violation> form = capacity(what, size, at);
    if (form.isPresent()) {
      violations.add(form.get());
      return;
    }
    if (size.value() == null) {
      return;
    }
    double value = size.value().doubleValue();
    double percent;
    if (Limits.CAPACITY_PERCENT.equals(size.type())) {
      percent = value;
    } else if (instanceCount != null && instanceCount.doubleValue() > 0) {
      percent = 100 * value / instanceCount.doubleValue();
    } else {
      return;
    }
    if (percent < minPercent || percent > maxPercent) {
      String shown = Limits.CAPACITY_PERCENT.equals(size.type())
          ? EndpointRules.shown(size.value()) + "%"
          : EndpointRules.shown(size.value()) + " instance(s) of " + EndpointRules.shown(instanceCount);
      violations.add(Rule.DEPLOYMENT_BATCH_SHARE.violation(Location.model(at), what, shown, minPercent, maxPercent));
    }
  }

  /** A capacity size of a known type, a whole value of at least 1, and a percentage of at most 100. */
  private static java.util.Optional<Violation> capacity(String what, CapacitySizeSpec size, Attribute at) {
    boolean percent = Limits.CAPACITY_PERCENT.equals(size.type());
    boolean count = Limits.INSTANCE_COUNT.equals(size.type());
    if (size.value() == null && (percent || count)) {
      return java.util.Optional.empty();
    }
    boolean valid = (percent || count) && EndpointRules.isWhole(size.value())
        && size.value().doubleValue() >= Limits.MIN_CAPACITY_SIZE
        && (!percent || size.value().doubleValue() <= Limits.MAX_CAPACITY_PERCENT);
    return valid
        ? java.util.Optional.empty()
        : java.util.Optional.of(Rule.CAPACITY_SIZE.violation(Location.model(at), what,
            size.value() == null ? "?" : EndpointRules.shown(size.value()), String.valueOf(size.type())));
  }

  /** 1 to 10 alarms, each named by 1 to 255 characters that are not all white space, each once. */
  public static List<Violation> rollbackAlarms(List<String> alarms) {
    List<Violation> violations = new ArrayList<>();
    if (alarms.size() > Limits.MAX_ROLLBACK_ALARMS) {
      violations.add(Rule.ROLLBACK_ALARM_COUNT.violation(Location.model(Attribute.ROLLBACK_ALARMS), alarms.size()));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < alarms.size(); i++) {
      String name = alarms.get(i);
      if (name == null) {
        continue;
      }
      Location at = Location.entry(Attribute.ROLLBACK_ALARMS, i);
      if (name.isBlank() || name.length() > Limits.MAX_ALARM_NAME_LENGTH) {
        violations.add(Rule.ROLLBACK_ALARM_NAME.violation(at, name));
      } else if (!seen.add(name)) {
        violations.add(Rule.ROLLBACK_ALARM_DUPLICATE.violation(at, name));
      }
    }
    return violations;
  }

  /**
   * What a guarded deployment cannot be combined with, from the exclusion table ({@link HostingExclusions}): a
   * rolling deployment of a serverless or multi-variant endpoint, and any guarded deployment on Inf1 instances.
   */
  public static List<Violation> hosting(boolean rolling, int instanceVariants, int serverlessVariants,
      List<String> instanceTypes) {
    java.util.EnumSet<HostingFeature> features = java.util.EnumSet.of(HostingFeature.GUARDED_DEPLOYMENT);
    if (rolling) {
      features.add(HostingFeature.ROLLING_DEPLOYMENT);
    }
    if (serverlessVariants > 0) {
      features.add(HostingFeature.SERVERLESS);
    }
    if (instanceVariants + serverlessVariants > 1) {
      features.add(HostingFeature.SEVERAL_VARIANTS);
    }
    java.util.LinkedHashSet<Violation> violations = new java.util.LinkedHashSet<>(
        HostingExclusions.rejected(HostingSetup.of(null, features)));
    for (String type : instanceTypes) {
      if (type != null) {
        violations.addAll(HostingExclusions.rejected(HostingSetup.of(type, features)));
      }
    }
    return List.copyOf(violations);
  }

  private static void inRange(Number value, int min, int max, Rule rule, Attribute at, List<Violation> violations) {
    if (!(EndpointRules.isWhole(value) && value.doubleValue() >= min && value.doubleValue() <= max)) {
      violations.add(rule.violation(Location.model(at), EndpointRules.shown(value)));
    }
  }
}
