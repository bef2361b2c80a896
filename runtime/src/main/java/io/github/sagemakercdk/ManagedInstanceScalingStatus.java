package io.github.sagemakercdk;

/** Whether SageMaker scales a variant's instance count within its {@link ManagedInstanceScaling} range. */
public enum ManagedInstanceScalingStatus {
  ENABLED,
  DISABLED
}
