package io.github.sagemakercdk.rules;

/**
 * The limits of one instance variant beyond its instance type and count, in plain values. A null value is one
 * not given (SageMaker's default applies) or not known yet (a CDK token): either way it is not checked.
 *
 * @param volumeSizeInGb the size of the EBS volume attached to each instance
 * @param modelDataDownloadTimeoutSeconds how long SageMaker waits for the model data to download to an instance
 * @param containerStartupHealthCheckTimeoutSeconds how long SageMaker waits for the container to pass its first
 *     health check
 * @param managedInstanceScaling the range SageMaker scales the instance count in, or null for none
 * @param routingStrategy how the endpoint routes requests to the instances, such as {@code RANDOM}
 * @param inferenceAmiVersion the preconfigured AMI of the instances, such as
 *     {@code al2-ami-sagemaker-inference-gpu-3-1}
 */
public record VariantLimitsSpec(Number volumeSizeInGb, Number modelDataDownloadTimeoutSeconds,
    Number containerStartupHealthCheckTimeoutSeconds, ManagedInstanceScalingSpec managedInstanceScaling,
    String routingStrategy, String inferenceAmiVersion) {

  /** No limit given: the variant takes SageMaker's defaults. */
  public static final VariantLimitsSpec NONE = new VariantLimitsSpec(null, null, null, null, null, null);
}
