package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.EndpointRules;
import io.github.sagemakercdk.rules.Limits;
import io.github.sagemakercdk.rules.Location;
import io.github.sagemakercdk.rules.ManagedInstanceScalingSpec;
import io.github.sagemakercdk.rules.VariantLimitsRules;
import io.github.sagemakercdk.rules.VariantLimitsSpec;

/**
 * Checks the variant limits of an instance endpoint annotation: SageMaker's ranges and combinations from
 * {@link VariantLimitsRules}, each violation at its value through its {@link Location}, and what only the
 * annotation can get wrong (a {@code minInstanceCount} without {@code maxInstanceCount}).
 */
final class VariantLimitsValidator {
  private VariantLimitsValidator() {}

  /**
   * The limits of a variant on {@code instanceType} starting with {@code initialInstanceCount} instances, against the
   * rules; each problem goes into {@code report}. An instance type SageMaker does not know is reported elsewhere, and
   * judged by nothing here.
   */
  static void check(Site annotation, VariantLimitsDeclaration limits, String instanceType, int initialInstanceCount,
      ValidationReport.Builder report) {
    if (limits.minInstanceCount().site().value() != null && limits.maxInstanceCount().value() == 0) {
      report.error(limits.minInstanceCount().site(),
          Problem.MIN_INSTANCE_COUNT_WITHOUT_MAX.message(annotation.annotation().kind().simpleName()));
    }
    String knownType = EndpointRules.isKnownInstanceType(instanceType) ? instanceType : null;
    EndpointValidator.reportAll(
        VariantLimitsRules.validate(spec(limits), knownType, initialInstanceCount, value -> false),
        location -> site(annotation, limits, location), report);
  }

  private static VariantLimitsSpec spec(VariantLimitsDeclaration limits) {
    int max = limits.maxInstanceCount().value();
    return new VariantLimitsSpec(
        VariantLimitsPlan.given(limits.volumeSizeInGb().value()),
        VariantLimitsPlan.given(limits.modelDataDownloadTimeoutSeconds().value()),
        VariantLimitsPlan.given(limits.containerStartupHealthCheckTimeoutSeconds().value()),
        max == 0 ? null : new ManagedInstanceScalingSpec(limits.minInstanceCount().value(), max,
            Limits.MANAGED_SCALING_ENABLED),
        VariantLimitsPlan.given(limits.routingStrategy().value()),
        VariantLimitsPlan.given(limits.inferenceAmiVersion().value()));
  }

  /** The value a violation is about; the instance type when a limit does not fit it is still the limit's fault. */
  private static Site site(Site annotation, VariantLimitsDeclaration limits, Location at) {
    return switch (at.attribute()) {
      case VOLUME_SIZE -> limits.volumeSizeInGb().site();
      case MODEL_DATA_DOWNLOAD_TIMEOUT -> limits.modelDataDownloadTimeoutSeconds().site();
      case CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT -> limits.containerStartupHealthCheckTimeoutSeconds().site();
      case MIN_INSTANCE_COUNT -> limits.minInstanceCount().site();
      case MAX_INSTANCE_COUNT -> limits.maxInstanceCount().site();
      case ROUTING_STRATEGY -> limits.routingStrategy().site();
      case INFERENCE_AMI_VERSION -> limits.inferenceAmiVersion().site();
      default -> annotation;
    };
  }
}
