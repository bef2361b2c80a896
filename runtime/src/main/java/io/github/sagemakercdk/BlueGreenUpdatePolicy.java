package io.github.sagemakercdk;

import java.util.Objects;
import software.amazon.awscdk.Duration;

/**
 * A blue/green deployment (SageMaker's BlueGreenUpdatePolicy): SageMaker brings up a new fleet beside the old
 * one and shifts traffic to it as {@code trafficRouting} says. {@code trafficRouting} is required.
 */
public final class BlueGreenUpdatePolicy {
  private final TrafficRoutingConfig trafficRouting;
  private final Duration maximumExecutionTimeout;
  private final Duration terminationWait;

  private BlueGreenUpdatePolicy(Builder builder) {
    this.trafficRouting = Objects.requireNonNull(builder.trafficRouting,
        "BlueGreenUpdatePolicy: trafficRouting is required (TrafficRoutingConfig.allAtOnce, canary or linear)");
    this.maximumExecutionTimeout = builder.maximumExecutionTimeout;
    this.terminationWait = builder.terminationWait;
  }

  public static Builder builder() {
    return new Builder();
  }

  public TrafficRoutingConfig getTrafficRouting() {
    return trafficRouting;
  }

  /** The time limit of the whole deployment (600 to 28800 seconds), or null for SageMaker's. */
  public Duration getMaximumExecutionTimeout() {
    return maximumExecutionTimeout;
  }

  /** How long the old fleet is kept after the traffic has shifted (0 to 3600 seconds), or null for 0. */
  public Duration getTerminationWait() {
    return terminationWait;
  }

  /** Builds {@link BlueGreenUpdatePolicy}. */
  public static final class Builder {
    private TrafficRoutingConfig trafficRouting;
    private Duration maximumExecutionTimeout;
    private Duration terminationWait;

    private Builder() {}

    public Builder trafficRouting(TrafficRoutingConfig trafficRouting) {
      this.trafficRouting = trafficRouting;
      return this;
    }

    public Builder maximumExecutionTimeout(Duration maximumExecutionTimeout) {
      this.maximumExecutionTimeout = maximumExecutionTimeout;
      return this;
    }

    public Builder terminationWait(Duration terminationWait) {
      this.terminationWait = terminationWait;
      return this;
    }

    public BlueGreenUpdatePolicy build() {
      return new BlueGreenUpdatePolicy(this);
    }
  }
}
