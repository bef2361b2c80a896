package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.RuntimeRule;
import io.github.sagemakercdk.internal.Subject;
import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.AsyncInferenceRules;
import io.github.sagemakercdk.rules.BacklogScalingSpec;
import io.github.sagemakercdk.rules.EndpointRules;
import io.github.sagemakercdk.rules.Limits;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricProps;
import software.amazon.awscdk.services.applicationautoscaling.BaseScalableAttributeProps;
import software.amazon.awscdk.services.applicationautoscaling.BasicTargetTrackingScalingPolicyProps;
import software.amazon.awscdk.services.applicationautoscaling.PredefinedMetric;
import software.constructs.Construct;

/**
 * The instance count of an endpoint's production variant, scaled by Application Auto Scaling; made by
 * {@link IEndpointInstanceProductionVariant#autoScaleInstanceCount}.
 */
public class ScalableInstanceCount extends ScalableFromZero {
  private static final String SAGEMAKER_METRICS = "AWS/SageMaker";
  /** The endpoint's name when it serves asynchronous inference, else null: its backlog metrics need it. */
  private String asynchronousEndpointName;

  public ScalableInstanceCount(Construct scope, String id, BaseScalableAttributeProps props) {
    super(scope, id, props);
  }

  /** Made by a variant of an asynchronous endpoint of this name. */
  void asynchronousEndpoint(String endpointName) {
    this.asynchronousEndpointName = endpointName;
  }

  /**
   * Tracks the backlog of an asynchronous endpoint, {@code ApproximateBacklogSizePerInstance}, at
   * {@code targetBacklogPerInstance}. When the scalable count may go down to 0 instances, a step scaling policy
   * ({@code <id>FromZero}) also adds one instance as soon as requests wait with no instance to serve them
   * ({@code HasBacklogWithoutCapacity}): target tracking alone never scales out from zero (SageMaker Developer
   * Guide, "Autoscale an asynchronous endpoint").
   *
   * @throws IllegalArgumentException when targetBacklogPerInstance is not above 0
   * @throws IllegalStateException when the endpoint is not asynchronous
   */
  public void scaleOnBacklog(String id, BacklogScalingProps props) {
    String subject = Subject.SCALABLE_INSTANCE_COUNT.of(this);
    if (props == null) {
      throw new IllegalArgumentException(subject + ": scaleOnBacklog needs BacklogScalingProps with"
          + " targetBacklogPerInstance");
    }
    if (asynchronousEndpointName == null) {
      throw Violations.illegalState(subject, RuntimeRule.BACKLOG_SCALING_NOT_ASYNCHRONOUS);
    }
    Violations.of(AsyncInferenceRules.backlogScaling(
        new BacklogScalingSpec(null, null, Tokens.known(props.getTargetBacklogPerInstance())), null, null))
        .throwIfAny(subject);
    doScaleToTrackMetric(id, BasicTargetTrackingScalingPolicyProps.builder()
        .customMetric(backlogMetric(Limits.BACKLOG_PER_INSTANCE_METRIC))
        .targetValue(props.getTargetBacklogPerInstance())
        .policyName(props.getPolicyName())
        .scaleInCooldown(props.getScaleInCooldown())
        .scaleOutCooldown(props.getScaleOutCooldown())
        .build());
    scaleOutFromZero(id, backlogMetric(Limits.BACKLOG_WITHOUT_CAPACITY_METRIC), props.getScaleOutCooldown());
  }

  /** A backlog metric of the endpoint, averaged per minute. */
  private Metric backlogMetric(String metricName) {
    return new Metric(MetricProps.builder()
        .namespace(SAGEMAKER_METRICS)
        .metricName(metricName)
        .dimensionsMap(Map.of("EndpointName", asynchronousEndpointName))
        .statistic("Average")
        .period(Duration.minutes(1))
        .build());
  }

  /**
   * Tracks SageMakerVariantInvocationsPerInstance at {@code maxRequestsPerSecond * 60 * safetyFactor}
   * invocations per instance per minute (SageMaker's load-testing guidance).
   *
   * @throws IllegalArgumentException when maxRequestsPerSecond is not above 0 or safetyFactor not in (0, 1]
   */
  public void scaleOnInvocations(String id, InvocationsScalingProps props) {
    doScaleToTrackMetric(id, BasicTargetTrackingScalingPolicyProps.builder()
        .predefinedMetric(PredefinedMetric.SAGEMAKER_VARIANT_INVOCATIONS_PER_INSTANCE)
        .targetValue(invocationsTarget(Subject.SCALABLE_INSTANCE_COUNT.of(this), props))
        .policyName(props.getPolicyName())
        .disableScaleIn(props.getDisableScaleIn())
        .scaleInCooldown(props.getScaleInCooldown())
        .scaleOutCooldown(props.getScaleOutCooldown())
        .build());
  }

  /**
   * The invocations per minute to track, {@code maxRequestsPerSecond * 60 * safetyFactor}, once the props are
   * checked: per instance of a variant, or per copy of an inference component.
   */
  static Number invocationsTarget(String subject, InvocationsScalingProps props) {
    if (props == null) {
      throw new IllegalArgumentException(subject + ": scaleOnInvocations needs InvocationsScalingProps with"
          + " maxRequestsPerSecond");
    }
    if (Tokens.isUnresolved(props.getMaxRequestsPerSecond()) || Tokens.isUnresolved(props.getSafetyFactor())) {
      throw new IllegalArgumentException(subject + ": maxRequestsPerSecond and safetyFactor must be numbers known"
          + " at synth, not tokens: the scaling target is computed from them");
    }
    Violations violations = new Violations().add(EndpointRules.maxRequestsPerSecond(props.getMaxRequestsPerSecond()));
    if (props.getSafetyFactor() != null) {
      violations.add(EndpointRules.safetyFactor(props.getSafetyFactor()));
    }
    violations.throwIfAny(subject);
    return EndpointRules.invocationsTarget(props.getMaxRequestsPerSecond(), props.getSafetyFactor());
  }
}
