package io.github.sagemakercdk.rules;

/**
 * A batch size of a guarded deployment (SageMaker's CapacitySize): a number of instances or a percentage of the
 * variant's instances.
 *
 * @param type {@link Limits#INSTANCE_COUNT} or {@link Limits#CAPACITY_PERCENT}
 * @param value the number of instances, or the percentage
 */
public record CapacitySizeSpec(String type, Number value) {}
