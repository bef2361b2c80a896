package io.github.sagemakercdk;

/**
 * Managed instance scaling of an instance production variant: the range SageMaker keeps the variant's instance
 * count in as it scales in and out (ProductionVariantManagedInstanceScaling). The minimum is at least 0 (0 only
 * on an endpoint that hosts inference components), the maximum at least 1 and at least the minimum, and a variant's
 * initial instance count lies between them while scaling is enabled.
 */
public final class ManagedInstanceScaling {
  private final Number minInstanceCount;
  private final Number maxInstanceCount;
  private final ManagedInstanceScalingStatus status;

  private ManagedInstanceScaling(Builder builder) {
    this.minInstanceCount = builder.minInstanceCount;
    this.maxInstanceCount = builder.maxInstanceCount;
    this.status = builder.status;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The fewest instances SageMaker keeps when it scales in, or null for SageMaker's default. */
  public Number getMinInstanceCount() {
    return minInstanceCount;
  }

  /** The most instances SageMaker provisions when it scales out, or null for SageMaker's default. */
  public Number getMaxInstanceCount() {
    return maxInstanceCount;
  }

  /** Whether the scaling is on, or null for {@link ManagedInstanceScalingStatus#ENABLED}. */
  public ManagedInstanceScalingStatus getStatus() {
    return status;
  }

  /** Builds {@link ManagedInstanceScaling}. */
  public static final class Builder {
    private Number minInstanceCount;
    private Number maxInstanceCount;
    private ManagedInstanceScalingStatus status;

    private Builder() {}

    public Builder minInstanceCount(Number minInstanceCount) {
      this.minInstanceCount = minInstanceCount;
      return this;
    }

    public Builder maxInstanceCount(Number maxInstanceCount) {
      this.maxInstanceCount = maxInstanceCount;
      return this;
    }

    public Builder status(ManagedInstanceScalingStatus status) {
      this.status = status;
      return this;
    }

    public ManagedInstanceScaling build() {
      return new ManagedInstanceScaling(this);
    }
  }
}
