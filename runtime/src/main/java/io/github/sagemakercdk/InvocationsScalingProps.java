package io.github.sagemakercdk;

import java.util.Objects;
import software.amazon.awscdk.Duration;

/**
 * How to scale a variant on invocations: keep each instance at {@code safetyFactor} of the requests per second it
 * serves at most, measured by a load test. {@code maxRequestsPerSecond} is required.
 */
public final class InvocationsScalingProps {
  private final Number maxRequestsPerSecond;
  private final Number safetyFactor;
  private final Boolean disableScaleIn;
  private final String policyName;
  private final Duration scaleInCooldown;
  private final Duration scaleOutCooldown;

  private InvocationsScalingProps(Builder builder) {
    this.maxRequestsPerSecond = Objects.requireNonNull(builder.maxRequestsPerSecond,
        "InvocationsScalingProps: maxRequestsPerSecond is required (the requests per second one instance serves)");
    this.safetyFactor = builder.safetyFactor;
    this.disableScaleIn = builder.disableScaleIn;
    this.policyName = builder.policyName;
    this.scaleInCooldown = builder.scaleInCooldown;
    this.scaleOutCooldown = builder.scaleOutCooldown;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The requests per second one instance serves at most. */
  public Number getMaxRequestsPerSecond() {
    return maxRequestsPerSecond;
  }

  /** The share of maxRequestsPerSecond each instance is kept at, in (0, 1], or null for 0.5. */
  public Number getSafetyFactor() {
    return safetyFactor;
  }

  /** Whether the policy never removes instances, or null for false. */
  public Boolean getDisableScaleIn() {
    return disableScaleIn;
  }

  /** The name of the scaling policy, or null for one CloudFormation generates. */
  public String getPolicyName() {
    return policyName;
  }

  /** How long after a scale-in the next may start, or null for Application Auto Scaling's default. */
  public Duration getScaleInCooldown() {
    return scaleInCooldown;
  }

  /** How long after a scale-out the next may start, or null for Application Auto Scaling's default. */
  public Duration getScaleOutCooldown() {
    return scaleOutCooldown;
  }

  /** Builds {@link InvocationsScalingProps}. */
  public static final class Builder {
    private Number maxRequestsPerSecond;
    private Number safetyFactor;
    private Boolean disableScaleIn;
    private String policyName;
    private Duration scaleInCooldown;
    private Duration scaleOutCooldown;

    private Builder() {}

    public Builder maxRequestsPerSecond(Number maxRequestsPerSecond) {
      this.maxRequestsPerSecond = maxRequestsPerSecond;
      return this;
    }

    public Builder safetyFactor(Number safetyFactor) {
      this.safetyFactor = safetyFactor;
      return this;
    }

    public Builder disableScaleIn(Boolean disableScaleIn) {
      this.disableScaleIn = disableScaleIn;
      return this;
    }

    public Builder policyName(String policyName) {
      this.policyName = policyName;
      return this;
    }

    public Builder scaleInCooldown(Duration scaleInCooldown) {
      this.scaleInCooldown = scaleInCooldown;
      return this;
    }

    public Builder scaleOutCooldown(Duration scaleOutCooldown) {
      this.scaleOutCooldown = scaleOutCooldown;
      return this;
    }

    public InvocationsScalingProps build() {
      return new InvocationsScalingProps(this);
    }
  }
}
