package io.github.sagemakercdk;

import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;

/**
 * An instance production variant as one {@link Endpoint} serves it: its CloudWatch metrics (dimensions
 * EndpointName and VariantName) and the auto scaling of its instance count.
 */
public interface IEndpointInstanceProductionVariant {
  /** The name of the variant. */
  String getVariantName();

  /** The metric {@code metricName} of {@code namespace} for this variant; the sum over 5 minutes by default. */
  Metric metric(String namespace, String metricName, MetricOptions options);

  Metric metric(String namespace, String metricName);

  /** AWS/SageMaker Invocations: requests sent to the variant; the sum over 5 minutes by default. */
  Metric metricInvocations(MetricOptions options);

  Metric metricInvocations();

  /** AWS/SageMaker InvocationsPerInstance; the sum over 5 minutes by default. */
  Metric metricInvocationsPerInstance(MetricOptions options);

  Metric metricInvocationsPerInstance();

  /** AWS/SageMaker ModelLatency (microseconds); the average over 5 minutes by default. */
  Metric metricModelLatency(MetricOptions options);

  Metric metricModelLatency();

  /** AWS/SageMaker OverheadLatency (microseconds); the average over 5 minutes by default. */
  Metric metricOverheadLatency(MetricOptions options);

  Metric metricOverheadLatency();

  /** AWS/SageMaker Invocation4XXErrors or Invocation5XXErrors; the sum over 5 minutes by default. */
  Metric metricInvocationResponseCode(InvocationHttpResponseCode responseCode, MetricOptions options);

  Metric metricInvocationResponseCode(InvocationHttpResponseCode responseCode);

  /** /aws/sagemaker/Endpoints DiskUtilization (percent); the average over 5 minutes by default. */
  Metric metricDiskUtilization(MetricOptions options);

  Metric metricDiskUtilization();

  /** /aws/sagemaker/Endpoints CPUUtilization (percent, 100 per core); the average over 5 minutes by default. */
  Metric metricCpuUtilization(MetricOptions options);

  Metric metricCpuUtilization();

  /** /aws/sagemaker/Endpoints MemoryUtilization (percent); the average over 5 minutes by default. */
  Metric metricMemoryUtilization(MetricOptions options);

  Metric metricMemoryUtilization();

  /** /aws/sagemaker/Endpoints GPUUtilization (percent, 100 per GPU); the average over 5 minutes by default. */
  Metric metricGpuUtilization(MetricOptions options);

  Metric metricGpuUtilization();

  /** /aws/sagemaker/Endpoints GPUMemoryUtilization (percent); the average over 5 minutes by default. */
  Metric metricGpuMemoryUtilization(MetricOptions options);

  Metric metricGpuMemoryUtilization();

  /**
   * Auto scales the variant's instance count between {@code minCapacity} (default: the initial instance count)
   * and {@code maxCapacity}, with Application Auto Scaling; add policies to the result, such as
   * {@link ScalableInstanceCount#scaleOnInvocations}.
   *
   * @throws IllegalArgumentException when the capacities break a rule, or the instance type is burstable
   * @throws IllegalStateException when the variant is already auto scaled
   */
  ScalableInstanceCount autoScaleInstanceCount(EnableScalingProps scalingProps);
}
