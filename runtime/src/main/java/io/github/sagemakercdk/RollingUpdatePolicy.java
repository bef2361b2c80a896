package io.github.sagemakercdk;

import java.util.Objects;
import software.amazon.awscdk.Duration;

/**
 * A rolling deployment (SageMaker's RollingUpdatePolicy): SageMaker replaces the fleet batch by batch, baking each
 * batch for {@code waitInterval} while the rollback alarms are watched. {@code maximumBatchSize} and
 * {@code waitInterval} are required.
 */
public final class RollingUpdatePolicy {
  private final CapacitySize maximumBatchSize;
  private final Duration waitInterval;
  private final Duration maximumExecutionTimeout;
  private final CapacitySize rollbackMaximumBatchSize;

  private RollingUpdatePolicy(Builder builder) {
    this.maximumBatchSize = Objects.requireNonNull(builder.maximumBatchSize,
        "RollingUpdatePolicy: maximumBatchSize is required (5% to 50% of the instances)");
    this.waitInterval = Objects.requireNonNull(builder.waitInterval,
        "RollingUpdatePolicy: waitInterval is required (each batch's baking period)");
    this.maximumExecutionTimeout = builder.maximumExecutionTimeout;
    this.rollbackMaximumBatchSize = builder.rollbackMaximumBatchSize;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Each batch: 5% to 50% of the variant's instances. */
  public CapacitySize getMaximumBatchSize() {
    return maximumBatchSize;
  }

  /** Each batch's baking period (0 to 3600 seconds). */
  public Duration getWaitInterval() {
    return waitInterval;
  }

  /** The time limit of the whole deployment (600 to 28800 seconds), or null for SageMaker's. */
  public Duration getMaximumExecutionTimeout() {
    return maximumExecutionTimeout;
  }

  /** Each batch of a rollback, or null for the whole old fleet at once. */
  public CapacitySize getRollbackMaximumBatchSize() {
    return rollbackMaximumBatchSize;
  }

  /** Builds {@link RollingUpdatePolicy}. */
  public static final class Builder {
    private CapacitySize maximumBatchSize;
    private Duration waitInterval;
    private Duration maximumExecutionTimeout;
    private CapacitySize rollbackMaximumBatchSize;

    private Builder() {}

    public Builder maximumBatchSize(CapacitySize maximumBatchSize) {
      this.maximumBatchSize = maximumBatchSize;
      return this;
    }

    public Builder waitInterval(Duration waitInterval) {
      this.waitInterval = waitInterval;
      return this;
    }

    public Builder maximumExecutionTimeout(Duration maximumExecutionTimeout) {
      this.maximumExecutionTimeout = maximumExecutionTimeout;
      return this;
    }

    public Builder rollbackMaximumBatchSize(CapacitySize rollbackMaximumBatchSize) {
      this.rollbackMaximumBatchSize = rollbackMaximumBatchSize;
      return this;
    }

    public RollingUpdatePolicy build() {
      return new RollingUpdatePolicy(this);
    }
  }
}
