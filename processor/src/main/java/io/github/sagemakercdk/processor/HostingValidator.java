package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.EndpointRules;
import io.github.sagemakercdk.rules.HostingExclusions;
import io.github.sagemakercdk.rules.HostingFeature;
import io.github.sagemakercdk.rules.HostingSetup;
import io.github.sagemakercdk.rules.Violation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a model against the endpoint that serves it with the exclusion table ({@code HostingExclusions}): what
 * the hosting option (serverless, an instance type) does not support of what the model brings. What the model
 * excludes on its own is {@link ModelValidator}'s.
 */
final class HostingValidator {
  /** The report on what the class's endpoints exclude of its model. */
  ValidationReport<Void> validate(ModelDeclaration model, DeclaredEndpoints endpoints) {
    ValidationReport.Builder report = ValidationReport.about(model.type());
    if (!model.hasModelAnnotation()) {
      return report.build();
    }
    Set<HostingFeature> own = HostingFeatures.ofModel(model);
    List<Violation> ofModel = HostingExclusions.rejected(HostingSetup.of(null, own));
    for (EndpointDeclaration endpoint : endpoints.endpoints()) {
      HostingSetup setup = setup(own, endpoint);
      for (Violation violation : HostingExclusions.rejected(setup)) {
        if (!ofModel.contains(violation)) {
          report.error(HostingFeatures.site(violation, model, endpoint), violation.toString());
        }
      }
    }
    return report.build();
  }

  /**
   * The model's features hosted by {@code endpoint}: serverless, or on its instance type when that is one (and
   * asynchronous for {@code @AsyncEndpoint}).
   */
  private static HostingSetup setup(Set<HostingFeature> own, EndpointDeclaration endpoint) {
    if (endpoint instanceof EndpointDeclaration.Instance instance) {
      String type = instance.instanceType().value();
      return HostingSetup.of(EndpointRules.isKnownInstanceType(type) ? type : null, own);
    }
    if (endpoint instanceof EndpointDeclaration.Async async) {
      // Asynchronous inference runs on instances: their type's exclusions apply, and its own.
      Set<HostingFeature> asynchronous = EnumSet.noneOf(HostingFeature.class);
      asynchronous.addAll(own);
      asynchronous.add(HostingFeature.ASYNC_INFERENCE);
      String type = async.instanceType().value();
      return HostingSetup.of(EndpointRules.isKnownInstanceType(type) ? type : null, asynchronous);
    }
    Set<HostingFeature> serverless = EnumSet.noneOf(HostingFeature.class);
    serverless.addAll(own);
    serverless.add(HostingFeature.SERVERLESS);
    return HostingSetup.of(null, serverless);
  }
}
