package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.Subject;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.applicationautoscaling.BaseScalableAttributeProps;
import software.amazon.awscdk.services.applicationautoscaling.BasicTargetTrackingScalingPolicyProps;
import software.amazon.awscdk.services.applicationautoscaling.PredefinedMetric;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricProps;
import software.constructs.Construct;

/**
 * The copy count of an {@link InferenceComponent}, scaled by Application Auto Scaling; made by
 * {@link InferenceComponent#autoScaleCopyCount}.
 */
public class ScalableCopyCount extends ScalableFromZero {
  private static final String SAGEMAKER_METRICS = "AWS/SageMaker";
  /** Requests that found no copy to serve them (SageMaker Developer Guide, "Scale an endpoint to zero instances"). */
  static final String NO_CAPACITY_METRIC = "NoCapacityInvocationFailures";
  private String componentName;

  public ScalableCopyCount(Construct scope, String id, BaseScalableAttributeProps props) {
    super(scope, id, props);
  }

  /** Made for the component of this name, whose metrics the policies read. */
  void component(String inferenceComponentName) {
    this.componentName = inferenceComponentName;
  }

  /**
   * Tracks {@code SageMakerInferenceComponentInvocationsPerCopy} at {@code maxRequestsPerSecond * 60 * safetyFactor}
   * invocations per copy per minute. When the count may go down to 0 copies, a step scaling policy
   * ({@code <id>FromZero}) also adds a copy as soon as a request finds none ({@code NoCapacityInvocationFailures}):
   * target tracking alone never scales out from zero.
   *
   * @throws IllegalArgumentException when maxRequestsPerSecond is not above 0 or safetyFactor not in (0, 1]
   */
  public void scaleOnInvocations(String id, InvocationsScalingProps props) {
    Number target = ScalableInstanceCount.invocationsTarget(Subject.SCALABLE_COPY_COUNT.of(this), props);
    doScaleToTrackMetric(id, BasicTargetTrackingScalingPolicyProps.builder()
        .predefinedMetric(PredefinedMetric.SAGEMAKER_INFERENCE_COMPONENT_INVOCATIONS_PER_COPY)
        .targetValue(target)
        .policyName(props.getPolicyName())
        .disableScaleIn(props.getDisableScaleIn())
        .scaleInCooldown(props.getScaleInCooldown())
        .scaleOutCooldown(props.getScaleOutCooldown())
        .build());
    scaleOutFromZero(id, new Metric(MetricProps.builder()
        .namespace(SAGEMAKER_METRICS)
        .metricName(NO_CAPACITY_METRIC)
        .dimensionsMap(Map.of("InferenceComponentName", componentName))
        .statistic("Maximum")
        .period(Duration.minutes(1))
        .build()), props.getScaleOutCooldown());
  }
}
