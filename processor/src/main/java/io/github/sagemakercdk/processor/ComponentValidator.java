package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.EndpointRules;
import io.github.sagemakercdk.rules.HostingExclusions;
import io.github.sagemakercdk.rules.HostingFeature;
import io.github.sagemakercdk.rules.HostingSetup;
import io.github.sagemakercdk.rules.InferenceComponentRules;
import io.github.sagemakercdk.rules.InferenceComponentSpec;
import io.github.sagemakercdk.rules.ManagedInstanceScalingSpec;
import io.github.sagemakercdk.rules.Limits;
import io.github.sagemakercdk.rules.Location;
import io.github.sagemakercdk.rules.Location.Attribute;
import io.github.sagemakercdk.rules.RoleRules;
import io.github.sagemakercdk.rules.Rule;
import io.github.sagemakercdk.rules.VariantLimitsRules;
import io.github.sagemakercdk.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.PackageElement;

/**
 * Checks {@code @InferenceComponentEndpoint} (a host class: endpoint name, instance type, count, variant, role) and
 * {@code @InferenceComponent} (a model's component: its host class, compute resources against the host's instance
 * type, copies, auto scaling of the copies, and what an inference component excludes of the model). The host
 * class's own problems are reported on it; on a component they are one error on {@code endpoint = X.class}.
 */
final class ComponentValidator {

  /** The report on the class's {@code @InferenceComponentEndpoint}, with the host's plan when it has no problems. */
  ValidationReport<HostPlan> validateHost(ModelDeclaration model, Optional<HostDeclaration> declared) {
    ValidationReport.Builder report = ValidationReport.about(model.type());
    if (declared.isEmpty()) {
      return report.build();
    }
    HostDeclaration host = declared.get();
    if (model.hasModelAnnotation()) {
      report.error(host.site(), Problem.INFERENCE_COMPONENT_HOST_IS_MODEL.message(model.type().getQualifiedName(),
          "SageMakerModel", model.type().getSimpleName()));
    }
    if (host.maxInstanceCount().value() == 0 && host.minInstanceCount().site().value() != null) {
      report.error(host.minInstanceCount().site(), Problem.MANAGED_SCALING_WITHOUT_MAXIMUM.message());
    }
    List<Violation> violations = hostViolations(host);
    for (Violation violation : violations) {
      String message = violation.rule() == Rule.INSTANCE_TYPE
          ? NearestInstanceType.withSuggestion(violation.toString(), host.instanceType().value())
          : violation.toString();
      report.error(hostSite(host, violation.location()), message);
    }
    if (!(model.type().getEnclosingElement() instanceof PackageElement owner)) {
      report.error(host.site(), Problem.INFERENCE_COMPONENT_HOST_PLACEMENT.message(model.type().getQualifiedName()));
      return report.build();
    }
    return report.build(() -> new HostPlan(model.type(), owner.getQualifiedName().toString(), host.name().value(),
        host.instanceType().value(), host.initialInstanceCount().value(), host.minInstanceCount().value(),
        host.maxInstanceCount().value(), host.routingStrategy().value(), host.variantName().value(),
        host.role().value()));
  }

  private static List<Violation> hostViolations(HostDeclaration host) {
    List<Violation> violations = new ArrayList<>();
    EndpointRules.endpointName(host.name().value()).ifPresent(violations::add);
    EndpointRules.instanceType(host.instanceType().value()).ifPresent(violations::add);
    EndpointRules.initialInstanceCount(host.initialInstanceCount().value()).ifPresent(violations::add);
    EndpointRules.variantName(host.variantName().value()).ifPresent(violations::add);
    if (!host.role().value().isEmpty()) {
      RoleRules.roleArn(host.role().value()).ifPresent(violations::add);
    }
    if (host.maxInstanceCount().value() != 0) {
      violations.addAll(VariantLimitsRules.managedInstanceScaling(new ManagedInstanceScalingSpec(
          host.minInstanceCount().value(), host.maxInstanceCount().value(), Limits.MANAGED_SCALING_ENABLED),
          host.initialInstanceCount().value(), true));
    }
    if (!host.routingStrategy().value().isEmpty()) {
      VariantLimitsRules.routingStrategy(host.routingStrategy().value()).ifPresent(violations::add);
    }
    return violations;
  }

  /** The report on the class's {@code @InferenceComponent}, with its plan when it and its host have no problems. */
  ValidationReport<ComponentPlan> validateComponent(ModelDeclaration model, DeclaredEndpoints endpoints,
      Optional<ComponentDeclaration> declared) {
    ValidationReport.Builder report = ValidationReport.about(model.type());
    if (declared.isEmpty()) {
      return report.build();
    }
    ComponentDeclaration component = declared.get();
    String className = model.type().getQualifiedName().toString();
    if (!model.hasModelAnnotation()) {
      report.error(component.site(), Problem.ENDPOINT_WITHOUT_MODEL.message(
          "InferenceComponent", className, "InferenceComponent"));
    }
    for (EndpointDeclaration endpoint : endpoints.endpoints()) {
      report.error(component.site(), Problem.INFERENCE_COMPONENT_WITH_ENDPOINT.message(className,
          endpoint.site().annotation().kind().simpleName()));
    }
    HostPlan host = checkHost(component, report);
    String hostInstanceType = host == null ? null : host.instanceType();
    List<Violation> violations = new ArrayList<>(InferenceComponentRules.component(new InferenceComponentSpec(
        component.name().value().isEmpty() ? null : component.name().value(),
        component.cpuCores().value() == 0 ? null : component.cpuCores().value(),
        component.acceleratorDevices().value() == 0 ? null : component.acceleratorDevices().value(),
        component.minMemoryMb().value(),
        component.maxMemoryMb().value() == 0 ? null : component.maxMemoryMb().value(),
        component.copies().value(),
        hostInstanceType)));
    int download = component.modelDataDownloadTimeoutInSeconds().value();
    if (download != 0) {
      VariantLimitsRules.startupTimeout(Attribute.MODEL_DATA_DOWNLOAD_TIMEOUT, download).ifPresent(violations::add);
    }
    int healthCheck = component.containerStartupHealthCheckTimeoutInSeconds().value();
    if (healthCheck != 0) {
      VariantLimitsRules.startupTimeout(Attribute.CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT, healthCheck)
          .ifPresent(violations::add);
    }
    violations.addAll(exclusions(model));
    for (Violation violation : violations) {
      report.error(componentSite(component, model, violation.location()), violation.toString());
    }
    ComponentPlan.CopyScaling scaling = copyScaling(component, report);
    return report.build(() -> new ComponentPlan(host,
        component.name().value().isEmpty() ? null : component.name().value(),
        component.minMemoryMb().value(),
        positive(component.maxMemoryMb().value()),
        component.cpuCores().value() == 0 ? null : component.cpuCores().value(),
        positive(component.acceleratorDevices().value()),
        component.copies().value(),
        positive(component.modelDataDownloadTimeoutInSeconds().value()),
        positive(component.containerStartupHealthCheckTimeoutInSeconds().value()),
        scaling));
  }

  /** The host class's plan, or null after reporting why there is none on {@code endpoint =}. */
  private HostPlan checkHost(ComponentDeclaration component, ValidationReport.Builder report) {
    String name = component.hostType() == null ? "" : component.hostType().getQualifiedName().toString();
    if (component.host() == null) {
      report.error(component.endpointSite(), Problem.INFERENCE_COMPONENT_HOST_NOT_A_HOST.message(name));
      return null;
    }
    // The host's problems are its own: reported on it, here only counted.
    ValidationReport<HostPlan> own = validateHost(new ModelReader().read(component.hostType()),
        Optional.of(component.host()));
    if (own.result().isEmpty()) {
      report.error(component.endpointSite(), Problem.INFERENCE_COMPONENT_HOST_INVALID.message(name,
          own.diagnostics().size()));
      return null;
    }
    return own.result().get();
  }

  /**
   * The auto scaling of the copies: none without maxCopies; with it, maxRequestsPerSecond too and every range.
   * Null when there is none or it has problems (reported).
   */
  private static ComponentPlan.CopyScaling copyScaling(ComponentDeclaration component,
      ValidationReport.Builder report) {
    int maxCopies = component.maxCopies().value();
    double requests = component.maxRequestsPerSecond().value();
    if (maxCopies == 0 && requests == 0) {
      return null;
    }
    if (maxCopies == 0) {
      report.error(component.maxRequestsPerSecond().site(),
          Problem.COPY_SCALING_INCOMPLETE.message("maxRequestsPerSecond", "maxCopies"));
      return null;
    }
    if (requests == 0) {
      report.error(component.maxCopies().site(),
          Problem.COPY_SCALING_INCOMPLETE.message("maxCopies", "maxRequestsPerSecond"));
      return null;
    }
    List<Violation> violations = new ArrayList<>(InferenceComponentRules.copyScaling(
        component.minCopies().value(), maxCopies, component.copies().value()));
    EndpointRules.maxRequestsPerSecond(requests).ifPresent(violations::add);
    EndpointRules.safetyFactor(component.safetyFactor().value()).ifPresent(violations::add);
    for (Violation violation : violations) {
      report.error(scalingSite(component, violation.location()), violation.toString());
    }
    return violations.isEmpty()
        ? new ComponentPlan.CopyScaling(component.minCopies().value(), maxCopies, requests,
            component.safetyFactor().value())
        : null;
  }

  /** What an inference component excludes of the model (a multi-model container), beyond the model's own. */
  private static List<Violation> exclusions(ModelDeclaration model) {
    Set<HostingFeature> features = HostingFeatures.ofModel(model);
    List<Violation> alone = HostingExclusions.rejected(HostingSetup.of(null, features));
    features.add(HostingFeature.INFERENCE_COMPONENTS);
    List<Violation> asComponent = new ArrayList<>(HostingExclusions.rejected(HostingSetup.of(null, features)));
    asComponent.removeAll(alone);
    return asComponent;
  }

  private static Integer positive(int value) {
    return value == 0 ? null : value;
  }

  private static Site hostSite(HostDeclaration host, Location at) {
    return switch (at.attribute()) {
      case ENDPOINT_NAME -> host.name().site();
      case INSTANCE_TYPE -> host.instanceType().site();
      case INITIAL_INSTANCE_COUNT -> host.initialInstanceCount().site();
      case VARIANT_NAME -> host.variantName().site();
      case ROLE -> host.role().site();
      case MIN_INSTANCE_COUNT -> host.minInstanceCount().site();
      case MAX_INSTANCE_COUNT -> host.maxInstanceCount().site();
      case ROUTING_STRATEGY -> host.routingStrategy().site();
      default -> host.site();
    };
  }

  private static Site componentSite(ComponentDeclaration component, ModelDeclaration model, Location at) {
    return switch (at.attribute()) {
      case INFERENCE_COMPONENT_NAME -> component.name().site();
      case MIN_MEMORY -> component.minMemoryMb().site();
      case MAX_MEMORY -> component.maxMemoryMb().site();
      case CPU_CORES -> component.cpuCores().site();
      case ACCELERATOR_DEVICES -> component.acceleratorDevices().site();
      case COPY_COUNT -> component.copies().site();
      case MODEL_DATA_DOWNLOAD_TIMEOUT -> component.modelDataDownloadTimeoutInSeconds().site();
      case CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT -> component.containerStartupHealthCheckTimeoutInSeconds().site();
      case MULTI_MODEL -> model.containers().stream().filter(container -> container.multiModel().value())
          .map(container -> container.multiModel().site()).findFirst().orElse(component.site());
      default -> component.site();
    };
  }

  private static Site scalingSite(ComponentDeclaration component, Location at) {
    return switch (at.attribute()) {
      case MIN_CAPACITY -> component.minCopies().site();
      case COPY_COUNT -> component.copies().site();
      case MAX_REQUESTS_PER_SECOND -> component.maxRequestsPerSecond().site();
      case SAFETY_FACTOR -> component.safetyFactor().site();
      default -> component.site();
    };
  }
}
