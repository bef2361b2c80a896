package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.Subject;
import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.EndpointRules;
import software.amazon.awscdk.services.applicationautoscaling.BaseScalableAttribute;
import software.amazon.awscdk.services.applicationautoscaling.BaseScalableAttributeProps;
import software.amazon.awscdk.services.applicationautoscaling.BasicTargetTrackingScalingPolicyProps;
import software.amazon.awscdk.services.applicationautoscaling.PredefinedMetric;
import software.constructs.Construct;

/**
 * The instance count of an endpoint's production variant, scaled by Application Auto Scaling; made by
 * {@link IEndpointInstanceProductionVariant#autoScaleInstanceCount}.
 */
public class ScalableInstanceCount extends BaseScalableAttribute {

  public ScalableInstanceCount(Construct scope, String id, BaseScalableAttributeProps props) {
    super(scope, id, props);
  }

  /**
   * Tracks SageMakerVariantInvocationsPerInstance at {@code maxRequestsPerSecond * 60 * safetyFactor}
   * invocations per instance per minute (SageMaker's load-testing guidance).
   *
   * @throws IllegalArgumentException when maxRequestsPerSecond is not above 0 or safetyFactor not in (0, 1]
   */
  public void scaleOnInvocations(String id, InvocationsScalingProps props) {
    String subject = Subject.SCALABLE_INSTANCE_COUNT.of(this);
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
    doScaleToTrackMetric(id, BasicTargetTrackingScalingPolicyProps.builder()
        .predefinedMetric(PredefinedMetric.SAGEMAKER_VARIANT_INVOCATIONS_PER_INSTANCE)
        .targetValue(EndpointRules.invocationsTarget(props.getMaxRequestsPerSecond(), props.getSafetyFactor()))
        .policyName(props.getPolicyName())
        .disableScaleIn(props.getDisableScaleIn())
        .scaleInCooldown(props.getScaleInCooldown())
        .scaleOutCooldown(props.getScaleOutCooldown())
        .build());
  }
}
