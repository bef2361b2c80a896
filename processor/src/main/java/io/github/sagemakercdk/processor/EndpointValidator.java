package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.AutoScalingSpec;
import io.github.sagemakercdk.rules.EndpointConfigSpec;
import io.github.sagemakercdk.rules.EndpointRules;
import io.github.sagemakercdk.rules.InstanceVariantSpec;
import io.github.sagemakercdk.rules.Location;
import io.github.sagemakercdk.rules.Rule;
import io.github.sagemakercdk.rules.ServerlessVariantSpec;
import io.github.sagemakercdk.rules.Violation;
import java.util.List;
import java.util.function.Function;

/**
 * Checks the endpoint annotations of a class, each problem in its report at its value, and turns the one endpoint
 * of a class without problems into an {@link EndpointPlan}.
 *
 * <p>SageMaker's limits are the rules module's ({@link EndpointRules} on specs built from the annotations, mapped
 * back to the values through the violations' {@link Location}); this class adds what only the annotations can get
 * wrong: an endpoint without model, two endpoints (of any two kinds or names), two {@code @AutoScaling}s. Everything
 * is checked, even after a first problem, so that one compile shows them all.
 */
final class EndpointValidator {
  private final AsyncEndpointValidator async = new AsyncEndpointValidator();
  private final DeploymentValidator deployments = new DeploymentValidator();

  /** The report on the class's endpoint, with its plan when it has one and no problems. */
  ValidationReport<EndpointPlan> validate(ModelDeclaration model, DeclaredEndpoints declared) {
    ValidationReport.Builder report = ValidationReport.about(model.type());
    List<EndpointDeclaration> endpoints = declared.endpoints();
    for (EndpointDeclaration endpoint : endpoints) {
      if (!model.hasModelAnnotation()) {
        String annotation = endpoint.site().annotation().kind().simpleName();
        report.error(endpoint.site(),
            Problem.ENDPOINT_WITHOUT_MODEL.message(annotation, model.type().getQualifiedName(), annotation));
      }
    }
    // Both kinds on one class: the one written second is the one in excess.
    for (EndpointDeclaration excess : endpoints.subList(Math.min(1, endpoints.size()), endpoints.size())) {
      report.error(excess.site(), Problem.ENDPOINT_KIND_CONFLICT.message(model.type().getQualifiedName(),
          simpleName(endpoints.get(0)), simpleName(excess)));
    }
    for (EndpointDeclaration endpoint : endpoints) {
      if (endpoint instanceof EndpointDeclaration.Instance instance) {
        check(instance, report);
      } else if (endpoint instanceof EndpointDeclaration.Async asynchronous) {
        report.add(async.check(asynchronous));
      } else {
        check((EndpointDeclaration.Serverless) endpoint, report);
      }
    }
    ValidationReport<DeploymentPlan> deployment =
        deployments.validate(model.type(), declared.deployments(), endpoints.isEmpty() ? null : endpoints.get(0));
    report.add(deployment);
    return report.build(() -> endpoints.size() == 1 ? plan(endpoints.get(0), deployment.result().orElse(null)) : null);
  }

  /** The instance endpoint and its auto scaling against the rules. */
  private static void check(EndpointDeclaration.Instance endpoint, ValidationReport.Builder report) {
    checkName(endpoint, report);
    InstanceVariantSpec variant = new InstanceVariantSpec(endpoint.variantName().value(),
        endpoint.instanceType().value(), endpoint.initialInstanceCount().value(), null,
        optional(endpoint.acceleratorType().value()));
    for (Violation violation : EndpointRules.validate(new EndpointConfigSpec(null, List.of(variant), List.of()))) {
      String message = violation.rule() == Rule.INSTANCE_TYPE
          ? NearestInstanceType.withSuggestion(violation.toString(), endpoint.instanceType().value())
          : violation.toString();
      report.error(instanceSite(endpoint, null, violation.location()), message);
    }
    VariantLimitsValidator.check(endpoint.site(), endpoint.limits(), endpoint.instanceType().value(),
        endpoint.initialInstanceCount().value(), report);
    List<AutoScalingDeclaration> scalings = endpoint.autoScaling();
    for (AutoScalingDeclaration excess : scalings.subList(Math.min(1, scalings.size()), scalings.size())) {
      report.error(excess.site(), Problem.AUTO_SCALING_MULTIPLE.message(simpleName(endpoint), scalings.size()));
    }
    for (AutoScalingDeclaration scaling : scalings) {
      AutoScalingSpec spec = new AutoScalingSpec(scaling.minCapacity().value(), scaling.maxCapacity().value(),
          scaling.maxRequestsPerSecond().value(), scaling.safetyFactor().value());
      reportAll(
          EndpointRules.autoScaling(spec, endpoint.instanceType().value(), endpoint.initialInstanceCount().value()),
          location -> instanceSite(endpoint, scaling, location), report);
    }
  }

  /** The serverless endpoint against the rules; a provisioned concurrency of 0 means none. */
  private static void check(EndpointDeclaration.Serverless endpoint, ValidationReport.Builder report) {
    checkName(endpoint, report);
    ServerlessVariantSpec variant = new ServerlessVariantSpec(endpoint.variantName().value(),
        endpoint.memorySizeInMb().value(), endpoint.maxConcurrency().value(),
        provisioned(endpoint.provisionedConcurrency().value()), null);
    reportAll(EndpointRules.validate(new EndpointConfigSpec(null, List.of(), List.of(variant))),
        location -> switch (location.attribute()) {
          case VARIANT_NAME -> endpoint.variantName().site();
          case MEMORY_SIZE -> endpoint.memorySizeInMb().site();
          case MAX_CONCURRENCY -> endpoint.maxConcurrency().site();
          case PROVISIONED_CONCURRENCY -> endpoint.provisionedConcurrency().site();
          default -> endpoint.site();
        }, report);
  }

  private static void checkName(EndpointDeclaration endpoint, ValidationReport.Builder report) {
    String name = endpoint.name().value();
    if (!name.isEmpty()) {
      EndpointRules.endpointName(name).ifPresent(v -> report.error(endpoint.name().site(), v.toString()));
    }
  }

  /** Reports each violation at its site. */
  static void reportAll(List<Violation> violations, Function<Location, Site> sites, ValidationReport.Builder report) {
    violations.forEach(violation -> report.error(sites.apply(violation.location()), violation.toString()));
  }

  /** Where a violation of an instance endpoint, or of one of its auto scalings (else null), goes. */
  private static Site instanceSite(EndpointDeclaration.Instance endpoint, AutoScalingDeclaration scaling, Location at) {
    return switch (at.attribute()) {
      case VARIANT_NAME -> endpoint.variantName().site();
      case INSTANCE_TYPE -> endpoint.instanceType().site();
      case INITIAL_INSTANCE_COUNT -> endpoint.initialInstanceCount().site();
      case ACCELERATOR_TYPE -> endpoint.acceleratorType().site();
      case MIN_CAPACITY -> scaling == null ? endpoint.site() : scaling.minCapacity().site();
      case MAX_CAPACITY -> scaling == null ? endpoint.site() : scaling.maxCapacity().site();
      case MAX_REQUESTS_PER_SECOND -> scaling == null ? endpoint.site() : scaling.maxRequestsPerSecond().site();
      case SAFETY_FACTOR -> scaling == null ? endpoint.site() : scaling.safetyFactor().site();
      default -> endpoint.site();
    };
  }

  private static EndpointPlan plan(EndpointDeclaration endpoint, DeploymentPlan deployment) {
    if (endpoint instanceof EndpointDeclaration.Async asynchronous) {
      return AsyncEndpointValidator.plan(asynchronous);
    }
    if (endpoint instanceof EndpointDeclaration.Serverless serverless) {
      return new EndpointPlan.Serverless(optional(serverless.name().value()), serverless.variantName().value(),
          serverless.memorySizeInMb().value(), serverless.maxConcurrency().value(),
          provisioned(serverless.provisionedConcurrency().value()));
    }
    EndpointDeclaration.Instance instance = (EndpointDeclaration.Instance) endpoint;
    EndpointPlan.AutoScaling autoScaling = instance.autoScaling().stream()
        .map(s -> new EndpointPlan.AutoScaling(s.minCapacity().value(), s.maxCapacity().value(),
            s.maxRequestsPerSecond().value(), s.safetyFactor().value()))
        .findFirst()
        .orElse(null);
    return new EndpointPlan.Instance(optional(instance.name().value()), instance.variantName().value(),
        instance.instanceType().value(), instance.initialInstanceCount().value(), autoScaling,
        optional(instance.kmsKey().value()), deployment, VariantLimitsPlan.of(instance.limits()));
  }

  /** The annotation as written: {@code RealtimeEndpoint}, {@code Endpoint} or {@code ServerlessEndpoint}. */
  private static String simpleName(EndpointDeclaration endpoint) {
    return endpoint.site().annotation().kind().simpleName();
  }

  private static Integer provisioned(int provisionedConcurrency) {
    return provisionedConcurrency == 0 ? null : provisionedConcurrency;
  }

  private static String optional(String value) {
    return value.isEmpty() ? null : value;
  }
}
