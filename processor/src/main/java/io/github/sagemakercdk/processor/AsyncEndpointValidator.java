package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.AsyncInferenceRules;
import io.github.sagemakercdk.rules.AsyncInferenceSpec;
import io.github.sagemakercdk.rules.BacklogScalingSpec;
import io.github.sagemakercdk.rules.EndpointConfigSpec;
import io.github.sagemakercdk.rules.EndpointRules;
import io.github.sagemakercdk.rules.InstanceVariantSpec;
import io.github.sagemakercdk.rules.Location;
import io.github.sagemakercdk.rules.Rule;
import io.github.sagemakercdk.rules.Violation;
import java.util.List;

/**
 * Checks an {@code @AsyncEndpoint}: its variant as any instance variant's, its asynchronous inference config and
 * its backlog scaling, each problem at its value (SageMaker's limits from the rules module, mapped back through the
 * violations' {@link Location}); and turns a valid one into an {@link EndpointPlan.Async}.
 */
final class AsyncEndpointValidator {
  /** The report on the endpoint: every rule it breaks. */
  ValidationReport<Void> check(EndpointDeclaration.Async endpoint) {
    ValidationReport.Builder report = ValidationReport.about(endpoint.site().type());
    String name = endpoint.name().value();
    if (!name.isEmpty()) {
      reportAll(EndpointRules.endpointName(name).stream().toList(), endpoint, null, report);
    }
    InstanceVariantSpec variant = new InstanceVariantSpec(endpoint.variantName().value(),
        endpoint.instanceType().value(), endpoint.initialInstanceCount().value(), null, null);
    for (Violation violation : EndpointRules.validate(new EndpointConfigSpec(null, List.of(variant), List.of()))) {
      String message = violation.rule() == Rule.INSTANCE_TYPE
          ? NearestInstanceType.withSuggestion(violation.toString(), endpoint.instanceType().value())
          : violation.toString();
      report.error(site(endpoint, null, violation.location()), message);
    }
    VariantLimitsValidator.check(endpoint.site(), endpoint.limits(), endpoint.instanceType().value(),
        endpoint.initialInstanceCount().value(), report);
    reportAll(AsyncInferenceRules.validate(spec(endpoint)), endpoint, null, report);
    List<BacklogScalingDeclaration> scalings = endpoint.autoScaling();
    for (BacklogScalingDeclaration excess : scalings.subList(Math.min(1, scalings.size()), scalings.size())) {
      report.error(excess.site(), Problem.BACKLOG_SCALING_MULTIPLE.message(scalings.size()));
    }
    for (BacklogScalingDeclaration scaling : scalings) {
      BacklogScalingSpec spec = new BacklogScalingSpec(scaling.minCapacity().value(), scaling.maxCapacity().value(),
          scaling.targetBacklogPerInstance().value());
      reportAll(AsyncInferenceRules.backlogScaling(spec, endpoint.instanceType().value(),
          endpoint.initialInstanceCount().value()), endpoint, scaling, report);
    }
    return report.build();
  }

  /** The rules' view of the annotation: a created topic has no ARN to check yet. */
  private static AsyncInferenceSpec spec(EndpointDeclaration.Async endpoint) {
    String success = endpoint.successTopic().value();
    String error = endpoint.errorTopic().value();
    int maxConcurrent = endpoint.maxConcurrentInvocationsPerInstance().value();
    return new AsyncInferenceSpec(
        endpoint.outputPath().value(),
        optional(endpoint.failurePath().value()),
        success.isEmpty() || isCreated(success) ? null : success,
        error.isEmpty() || isCreated(error) ? null : error,
        !success.isEmpty(),
        !error.isEmpty(),
        endpoint.includeInferenceResponseIn().values(),
        // 0 means "SageMaker chooses"; a negative number is a mistake to report.
        maxConcurrent == 0 ? null : maxConcurrent,
        optional(endpoint.outputKmsKey().value()));
  }

  private static boolean isCreated(String topic) {
    return topic.equals(EndpointPlan.Async.CREATED);
  }

  private static void reportAll(List<Violation> violations, EndpointDeclaration.Async endpoint,
      BacklogScalingDeclaration scaling, ValidationReport.Builder report) {
    EndpointValidator.reportAll(violations, location -> site(endpoint, scaling, location), report);
  }

  /** Where a violation of the endpoint, or of one of its backlog scalings (else null), goes. */
  private static Site site(EndpointDeclaration.Async endpoint, BacklogScalingDeclaration scaling, Location at) {
    return switch (at.attribute()) {
      case ENDPOINT_NAME -> endpoint.name().site();
      case VARIANT_NAME -> endpoint.variantName().site();
      case INSTANCE_TYPE -> endpoint.instanceType().site();
      case INITIAL_INSTANCE_COUNT -> endpoint.initialInstanceCount().site();
      case OUTPUT_PATH -> endpoint.outputPath().site();
      case FAILURE_PATH -> endpoint.failurePath().site();
      case SUCCESS_TOPIC -> endpoint.successTopic().site();
      case ERROR_TOPIC -> endpoint.errorTopic().site();
      case INCLUDE_INFERENCE_RESPONSE_IN -> at.entry() >= 0 && at.entry() < endpoint.includeInferenceResponseIn()
          .entries().size()
          ? endpoint.includeInferenceResponseIn().entries().get(at.entry()).site()
          : endpoint.includeInferenceResponseIn().site();
      case MAX_CONCURRENT_INVOCATIONS -> endpoint.maxConcurrentInvocationsPerInstance().site();
      case OUTPUT_KMS_KEY -> endpoint.outputKmsKey().site();
      case MIN_CAPACITY -> scaling == null ? endpoint.site() : scaling.minCapacity().site();
      case MAX_CAPACITY -> scaling == null ? endpoint.site() : scaling.maxCapacity().site();
      case TARGET_BACKLOG_PER_INSTANCE -> scaling == null ? endpoint.site() : scaling.targetBacklogPerInstance().site();
      default -> endpoint.site();
    };
  }

  /** The plan of an endpoint without problems. */
  static EndpointPlan.Async plan(EndpointDeclaration.Async endpoint) {
    EndpointPlan.BacklogScaling scaling = endpoint.autoScaling().stream()
        .map(s -> new EndpointPlan.BacklogScaling(s.minCapacity().value(), s.maxCapacity().value(),
            s.targetBacklogPerInstance().value()))
        .findFirst()
        .orElse(null);
    int maxConcurrent = endpoint.maxConcurrentInvocationsPerInstance().value();
    return new EndpointPlan.Async(optional(endpoint.name().value()), endpoint.variantName().value(),
        endpoint.instanceType().value(), endpoint.initialInstanceCount().value(), optional(endpoint.kmsKey().value()),
        endpoint.outputPath().value(), optional(endpoint.failurePath().value()),
        optional(endpoint.successTopic().value()), optional(endpoint.errorTopic().value()),
        endpoint.includeInferenceResponseIn().values(), maxConcurrent == 0 ? null : maxConcurrent,
        optional(endpoint.outputKmsKey().value()), scaling, VariantLimitsPlan.of(endpoint.limits()));
  }

  private static String optional(String value) {
    return value.isEmpty() ? null : value;
  }
}
