package io.github.sagemakercdk;

import java.util.Objects;

/**
 * A batch of a guarded deployment (SageMaker's CapacitySize): a number of instances, or a percentage of the
 * variant's instances.
 */
public final class CapacitySize {
  private final String type;
  private final Number value;

  private CapacitySize(String type, Number value) {
    this.type = type;
    this.value = Objects.requireNonNull(value, "CapacitySize: give a value");
  }

  /** {@code count} instances (at least 1). */
  public static CapacitySize instanceCount(Number count) {
    return new CapacitySize("INSTANCE_COUNT", count);
  }

  /** {@code percent} of the variant's instances (1 to 100). */
  public static CapacitySize capacityPercent(Number percent) {
    return new CapacitySize("CAPACITY_PERCENT", percent);
  }

  /** {@code INSTANCE_COUNT} or {@code CAPACITY_PERCENT}, as CloudFormation names them. */
  public String getType() {
    return type;
  }

  public Number getValue() {
    return value;
  }
}
