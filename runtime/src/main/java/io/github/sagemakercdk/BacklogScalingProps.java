package io.github.sagemakercdk;

import java.util.Objects;
import software.amazon.awscdk.Duration;

/**
 * How to scale an asynchronous endpoint's variant on its backlog: keep about {@code targetBacklogPerInstance}
 * queued requests per instance (CloudWatch's {@code ApproximateBacklogSizePerInstance}).
 * {@code targetBacklogPerInstance} is required.
 */
public final class BacklogScalingProps {
  private final Number targetBacklogPerInstance;
  private final String policyName;
  private final Duration scaleInCooldown;
  private final Duration scaleOutCooldown;

  private BacklogScalingProps(Builder builder) {
    this.targetBacklogPerInstance = Objects.requireNonNull(builder.targetBacklogPerInstance,
        "BacklogScalingProps: targetBacklogPerInstance is required (the queued requests per instance to keep)");
    this.policyName = builder.policyName;
    this.scaleInCooldown = builder.scaleInCooldown;
    this.scaleOutCooldown = builder.scaleOutCooldown;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The queued requests per instance the policy keeps the variant at; greater than 0. */
  public Number getTargetBacklogPerInstance() {
    return targetBacklogPerInstance;
  }

  /** The name of the target tracking policy, or null for one CloudFormation generates. */
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

  /** Builds {@link BacklogScalingProps}. */
  public static final class Builder {
    private Number targetBacklogPerInstance;
    private String policyName;
    private Duration scaleInCooldown;
    private Duration scaleOutCooldown;

    private Builder() {}

    public Builder targetBacklogPerInstance(Number targetBacklogPerInstance) {
      this.targetBacklogPerInstance = targetBacklogPerInstance;
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

    public BacklogScalingProps build() {
      return new BacklogScalingProps(this);
    }
  }
}
