package io.github.sagemakercdk;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.applicationautoscaling.AdjustmentType;
import software.amazon.awscdk.services.applicationautoscaling.BaseScalableAttribute;
import software.amazon.awscdk.services.applicationautoscaling.BaseScalableAttributeProps;
import software.amazon.awscdk.services.applicationautoscaling.BasicStepScalingPolicyProps;
import software.amazon.awscdk.services.applicationautoscaling.ScalingInterval;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.constructs.Construct;

/**
 * A SageMaker count that may scale in to zero (an asynchronous endpoint's instances, an inference component's
 * copies): target tracking never scales out from zero, so a step policy adds one as soon as a metric says a request
 * found nothing to serve it.
 */
abstract class ScalableFromZero extends BaseScalableAttribute {
  ScalableFromZero(Construct scope, String id, BaseScalableAttributeProps props) {
    super(scope, id, props);
  }

  /** With a minimum of 0, the step policy {@code <id>FromZero}: one more when {@code metric} reaches 1. */
  final void scaleOutFromZero(String id, Metric metric, Duration cooldown) {
    Number minCapacity = getProps().getMinCapacity();
    if (minCapacity == null || minCapacity.doubleValue() != 0) {
      return;
    }
    doScaleOnMetric(id + "FromZero", BasicStepScalingPolicyProps.builder()
        .metric(metric)
        .adjustmentType(AdjustmentType.CHANGE_IN_CAPACITY)
        .scalingSteps(List.of(
            ScalingInterval.builder().upper(1).change(0).build(),
            ScalingInterval.builder().lower(1).change(1).build()))
        .cooldown(cooldown)
        .build());
  }
}
