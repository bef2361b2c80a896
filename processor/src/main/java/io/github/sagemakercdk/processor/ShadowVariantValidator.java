package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.EndpointRules;
import io.github.sagemakercdk.rules.HostingExclusions;
import io.github.sagemakercdk.rules.HostingFeature;
import io.github.sagemakercdk.rules.HostingSetup;
import io.github.sagemakercdk.rules.InstanceVariantSpec;
import io.github.sagemakercdk.rules.Location;
import io.github.sagemakercdk.rules.Rule;
import io.github.sagemakercdk.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a class's {@code @ShadowVariant}: the shadow variant against SageMaker's rules for instance variants, and
 * the shadow model's class, which must be another valid {@code @SageMakerModel} class of the same account and region.
 * The shadow class's own problems are reported on it when it is processed; here they are one error on
 * {@code model = X.class}.
 */
final class ShadowVariantValidator {
  private final ModelValidator models;

  ShadowVariantValidator(ModelValidator models) {
    this.models = models;
  }

  /** The report on the class's shadow variant, with its plan when it has one and no problems. */
  ValidationReport<ShadowPlan> validate(ModelDeclaration host, DeclaredEndpoints endpoints,
      Optional<ShadowVariantDeclaration> declared) {
    ValidationReport.Builder report = ValidationReport.about(host.type());
    if (declared.isEmpty()) {
      return report.build();
    }
    ShadowVariantDeclaration shadow = declared.get();
    Optional<EndpointDeclaration.Instance> production = endpoints.endpoints().stream()
        .filter(endpoint -> endpoint instanceof EndpointDeclaration.Instance)
        .map(endpoint -> (EndpointDeclaration.Instance) endpoint)
        .findFirst();
    if (!host.hasModelAnnotation()) {
      report.error(shadow.site(), Problem.ENDPOINT_WITHOUT_MODEL.message(
          "ShadowVariant", host.type().getQualifiedName(), "ShadowVariant"));
    } else if (production.isEmpty()) {
      report.error(shadow.site(), Problem.SHADOW_VARIANT_WITHOUT_ENDPOINT.message(host.type().getQualifiedName()));
    }
    checkVariant(shadow, production, report);
    Optional<StackPlan> model = checkModel(host, shadow, report);
    if (model.isPresent()) {
      checkHosting(shadow, report);
    }
    return report.build(() -> new ShadowPlan(model.orElseThrow(), shadow.variantName().value(),
        shadow.instanceType().value(), shadow.initialInstanceCount().value(), shadow.samplingWeight().value()));
  }

  private static void checkVariant(ShadowVariantDeclaration shadow, Optional<EndpointDeclaration.Instance> production,
      ValidationReport.Builder report) {
    InstanceVariantSpec spec = new InstanceVariantSpec(shadow.variantName().value(), shadow.instanceType().value(),
        shadow.initialInstanceCount().value(), shadow.samplingWeight().value(), null);
    List<Violation> violations = new ArrayList<>(EndpointRules.instanceVariant(spec, value -> false));
    production.ifPresent(endpoint -> violations.addAll(EndpointRules.duplicateVariantNames(
        List.of(endpoint.variantName().value(), shadow.variantName().value()))));
    for (Violation violation : violations) {
      String message = violation.rule() == Rule.INSTANCE_TYPE
          ? NearestInstanceType.withSuggestion(violation.toString(), shadow.instanceType().value())
          : violation.toString();
      report.error(site(shadow, violation.location()), message);
    }
  }

  /** The shadow model's plan, when its class is another valid model of the host's account and region. */
  private Optional<StackPlan> checkModel(ModelDeclaration host, ShadowVariantDeclaration shadow,
      ValidationReport.Builder report) {
    ModelDeclaration model = shadow.model();
    String name = model.type().getQualifiedName().toString();
    if (model.type().equals(host.type())) {
      report.error(shadow.modelSite(), Problem.SHADOW_MODEL_SELF.message(name));
      return Optional.empty();
    }
    if (!model.hasModelAnnotation()) {
      report.error(shadow.modelSite(), Problem.SHADOW_MODEL_NOT_A_MODEL.message(name));
      return Optional.empty();
    }
    // The shadow class's problems are its own: they are reported on it, here only counted.
    ValidationReport<StackPlan> own = models.validate(model);
    Optional<StackPlan> plan = own.result();
    if (plan.isEmpty()) {
      report.error(shadow.modelSite(), Problem.SHADOW_MODEL_INVALID.message(name, own.diagnostics().size()));
      return Optional.empty();
    }
    String hostAccount = host.settings() == null ? "" : host.settings().account().value();
    String hostRegion = host.settings() == null ? "" : host.settings().region().value();
    SettingsPlan settings = plan.get().settings();
    if (!settings.account().isEmpty() && !settings.account().equals(hostAccount)
        || !settings.region().isEmpty() && !settings.region().equals(hostRegion)) {
      report.error(shadow.modelSite(), Problem.SHADOW_MODEL_ENVIRONMENT.message(name,
          shown(settings.account()) + "/" + shown(settings.region()), shown(hostAccount) + "/" + shown(hostRegion)));
      return Optional.empty();
    }
    return plan;
  }

  /**
   * The exclusion table on the shadow model as its variant hosts it (such as a multi-model container on an instance
   * type that multi-model endpoints do not support): errors on the shadow's instance type, else on {@code model =}.
   */
  private static void checkHosting(ShadowVariantDeclaration shadow, ValidationReport.Builder report) {
    Set<HostingFeature> own = HostingFeatures.ofModel(shadow.model());
    List<Violation> ofModel = HostingExclusions.rejected(HostingSetup.of(null, own));
    String type = shadow.instanceType().value();
    for (Violation violation : HostingExclusions.rejected(
        HostingSetup.of(EndpointRules.isKnownInstanceType(type) ? type : null, own))) {
      if (!ofModel.contains(violation)) {
        report.error(violation.location().attribute() == Location.Attribute.INSTANCE_TYPE
            ? shadow.instanceType().site() : shadow.modelSite(), violation.toString());
      }
    }
  }

  private static String shown(String pinned) {
    return pinned.isEmpty() ? "any" : pinned;
  }

  private static Site site(ShadowVariantDeclaration shadow, Location at) {
    return switch (at.attribute()) {
      case VARIANT_NAME -> shadow.variantName().site();
      case INSTANCE_TYPE -> shadow.instanceType().site();
      case INITIAL_INSTANCE_COUNT -> shadow.initialInstanceCount().site();
      case INITIAL_VARIANT_WEIGHT -> shadow.samplingWeight().site();
      default -> shadow.site();
    };
  }
}
