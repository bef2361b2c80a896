package io.github.sagemakercdk;

import java.util.Objects;
import software.amazon.awscdk.Duration;

/**
 * How a blue/green deployment shifts an endpoint's traffic to the new fleet (SageMaker's TrafficRoutingConfig):
 * all at once, a canary first, or in linear steps, waiting {@code waitInterval} between steps (0 to 3600 seconds)
 * while the rollback alarms are watched.
 */
public final class TrafficRoutingConfig {
  private final String type;
  private final Duration waitInterval;
  private final CapacitySize canarySize;
  private final CapacitySize linearStepSize;

  private TrafficRoutingConfig(String type, Duration waitInterval, CapacitySize canarySize,
      CapacitySize linearStepSize) {
    this.type = type;
    this.waitInterval = Objects.requireNonNull(waitInterval, "TrafficRoutingConfig: give a waitInterval");
    this.canarySize = canarySize;
    this.linearStepSize = linearStepSize;
  }

  /** All traffic in one step, then {@code waitInterval} of baking. */
  public static TrafficRoutingConfig allAtOnce(Duration waitInterval) {
    return new TrafficRoutingConfig("ALL_AT_ONCE", waitInterval, null, null);
  }

  /** {@code canarySize} (at most 50% of the instances) first, the rest after {@code waitInterval}. */
  public static TrafficRoutingConfig canary(CapacitySize canarySize, Duration waitInterval) {
    Objects.requireNonNull(canarySize, "TrafficRoutingConfig.canary: give the canarySize");
    return new TrafficRoutingConfig("CANARY", waitInterval, canarySize, null);
  }

  /** Steps of {@code linearStepSize} (10% to 50% of the instances), {@code waitInterval} apart. */
  public static TrafficRoutingConfig linear(CapacitySize linearStepSize, Duration waitInterval) {
    Objects.requireNonNull(linearStepSize, "TrafficRoutingConfig.linear: give the linearStepSize");
    return new TrafficRoutingConfig("LINEAR", waitInterval, null, linearStepSize);
  }

  /** {@code ALL_AT_ONCE}, {@code CANARY} or {@code LINEAR}. */
  public String getType() {
    return type;
  }

  public Duration getWaitInterval() {
    return waitInterval;
  }

  /** The canary's size, or null unless {@code CANARY}. */
  public CapacitySize getCanarySize() {
    return canarySize;
  }

  /** Each step's size, or null unless {@code LINEAR}. */
  public CapacitySize getLinearStepSize() {
    return linearStepSize;
  }
}
