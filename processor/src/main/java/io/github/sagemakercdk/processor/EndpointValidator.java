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
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks the endpoint annotations of a class, putting each problem in the report at its value, and turns the one
 * endpoint of a class without problems into an {@link EndpointPlan}.
 *
 * <p>SageMaker's limits are the rules module's ({@link EndpointRules} on specs built from the annotations, mapped
 * back to the values through the violations' {@link Location}); this class adds what only the annotations can get
 * wrong: an endpoint without model, two endpoints (of any two kinds or names), two {@code @AutoScaling}s. Everything
 * is checked, even after a first problem, so that one compile shows them all.
 */
final class EndpointValidator {
  private final Report report;
  private final AsyncEndpointValidator async;
  private final DeploymentValidator deployments;

  EndpointValidator(Report report) {
    this.report = report;
    this.async = new AsyncEndpointValidator(report);
    this.deployments = new DeploymentValidator(report);
  }

  /** The plan of the class's endpoint; empty when it has none, or problems (all reported). */
  Optional<EndpointPlan> validate(ModelDeclaration model, DeclaredEndpoints declared) {
    List<EndpointDeclaration> endpoints = declared.endpoints();
    boolean valid = true;
    for (EndpointDeclaration endpoint : endpoints) {
      if (!model.hasModelAnnotation()) {
        String annotation = endpoint.site().annotation().kind().simpleName();
        report.error(endpoint.site(),
            Problem.ENDPOINT_WITHOUT_MODEL.message(annotation, model.type().getQualifiedName(), annotation));
        valid = false;
      }
    }
    // Both kinds on one class: the one written second is the one in excess.
    for (EndpointDeclaration excess : endpoints.subList(Math.min(1, endpoints.size()), endpoints.size())) {
      report.error(excess.site(), Problem.ENDPOINT_KIND_CONFLICT.message(model.type().getQualifiedName(),
          simpleName(endpoints.get(0)), simpleName(excess)));
      valid = false;
    }
    for (EndpointDeclaration endpoint : endpoints) {
      if (endpoint instanceof EndpointDeclaration.Instance instance) {
        valid &= check(instance);
      } else if (endpoint instanceof EndpointDeclaration.Async asynchronous) {
        valid &= async.check(asynchronous);
      } else {
        valid &= check((EndpointDeclaration.Serverless) endpoint);
      }
    }
    Optional<DeploymentPlan> deployment =
        deployments.validate(declared.deployments(), endpoints.isEmpty() ? null : endpoints.get(0));
    return valid && endpoints.size() == 1
        ? Optional.of(plan(endpoints.get(0), deployment.orElse(null)))
        : Optional.empty();
  }

  /** Whether the instance endpoint and its auto scaling break no rule. */
  private boolean check(EndpointDeclaration.Instance endpoint) {
    boolean valid = checkName(endpoint);
    InstanceVariantSpec variant = new InstanceVariantSpec(endpoint.variantName().value(),
        endpoint.instanceType().value(), endpoint.initialInstanceCount().value(), null,
        optional(endpoint.acceleratorType().value()));
    for (Violation violation : EndpointRules.validate(new EndpointConfigSpec(null, List.of(variant), List.of()))) {
      String message = violation.rule() == Rule.INSTANCE_TYPE
          ? NearestInstanceType.withSuggestion(violation.toString(), endpoint.instanceType().value())
          : violation.toString();
      report.error(instanceSite(endpoint, null, violation.location()), message);
      valid = false;
    }
    List<AutoScalingDeclaration> scalings = endpoint.autoScaling();
    for (AutoScalingDeclaration excess : scalings.subList(Math.min(1, scalings.size()), scalings.size())) {
      report.error(excess.site(), Problem.AUTO_SCALING_MULTIPLE.message(simpleName(endpoint), scalings.size()));
      valid = false;
    }
    for (AutoScalingDeclaration scaling : scalings) {
      AutoScalingSpec spec = new AutoScalingSpec(scaling.minCapacity().value(), scaling.maxCapacity().value(),
          scaling.maxRequestsPerSecond().value(), scaling.safetyFactor().value());
      valid &= reportAll(
          EndpointRules.autoScaling(spec, endpoint.instanceType().value(), endpoint.initialInstanceCount().value()),
          location -> instanceSite(endpoint, scaling, location));
    }
    return valid;
  }

  /** Whether the serverless endpoint breaks no rule; a provisioned concurrency of 0 means none. */
  private boolean check(EndpointDeclaration.Serverless endpoint) {
    boolean valid = checkName(endpoint);
    ServerlessVariantSpec variant = new ServerlessVariantSpec(endpoint.variantName().value(),
        endpoint.memorySizeInMb().value(), endpoint.maxConcurrency().value(),
        provisioned(endpoint.provisionedConcurrency().value()), null);
    return reportAll(EndpointRules.validate(new EndpointConfigSpec(null, List.of(), List.of(variant))),
        location -> switch (location.attribute()) {
          case VARIANT_NAME -> endpoint.variantName().site();
          case MEMORY_SIZE -> endpoint.memorySizeInMb().site();
          case MAX_CONCURRENCY -> endpoint.maxConcurrency().site();
          case PROVISIONED_CONCURRENCY -> endpoint.provisionedConcurrency().site();
          default -> endpoint.site();
        }) && valid;
  }

  private boolean checkName(EndpointDeclaration endpoint) {
    String name = endpoint.name().value();
    Optional<Violation> violation = name.isEmpty() ? Optional.empty() : EndpointRules.endpointName(name);
    violation.ifPresent(v -> report.error(endpoint.name().site(), v.toString()));
    return violation.isEmpty();
  }

  /** Reports each violation at its site; whether there were none. */
  private boolean reportAll(List<Violation> violations, Function<Location, Site> sites) {
    violations.forEach(violation -> report.error(sites.apply(violation.location()), violation.toString()));
    return violations.isEmpty();
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
        optional(instance.kmsKey().value()), deployment);
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
