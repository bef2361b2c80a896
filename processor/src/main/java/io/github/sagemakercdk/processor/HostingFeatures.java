package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.HostingFeature;
import io.github.sagemakercdk.rules.Location.Attribute;
import io.github.sagemakercdk.rules.Violation;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a model's annotations bring to its hosting, as the exclusion table ({@code HostingExclusions}) reads it, and
 * where a violation of the table goes in the source.
 */
final class HostingFeatures {
  private HostingFeatures() {}

  /** The model's own features: its containers, multi-model, Direct invocation, subnets and network isolation. */
  static Set<HostingFeature> ofModel(ModelDeclaration model) {
    Set<HostingFeature> features = EnumSet.noneOf(HostingFeature.class);
    if (model.containers().size() > 1) {
      features.add(HostingFeature.SEVERAL_CONTAINERS);
    }
    if (model.containers().stream().anyMatch(c -> c.multiModel().value())) {
      features.add(HostingFeature.MULTI_MODEL);
    }
    if (model.directInvocation().value()) {
      features.add(HostingFeature.DIRECT_INVOCATION);
    }
    if (model.networkIsolation() != null && model.networkIsolation().value()) {
      features.add(HostingFeature.NETWORK_ISOLATION);
    }
    if (model.settings() != null && !model.settings().subnets().entries().isEmpty()) {
      features.add(HostingFeature.VPC);
    }
    return features;
  }

  /**
   * Where a row of the table goes: on the endpoint annotation that chose the excluding hosting (a serverless
   * endpoint), on its instance type, else on the model's value: its multi-model container.
   */
  static Site site(Violation violation, ModelDeclaration model, EndpointDeclaration endpoint) {
    if (endpoint instanceof EndpointDeclaration.Instance instance
        && violation.location().attribute() == Attribute.INSTANCE_TYPE) {
      return instance.instanceType().site();
    }
    if (endpoint instanceof EndpointDeclaration.Async async
        && violation.location().attribute() == Attribute.INSTANCE_TYPE) {
      return async.instanceType().site();
    }
    if (endpoint instanceof EndpointDeclaration.Serverless) {
      return endpoint.site();
    }
    if (violation.location().attribute() == Attribute.MULTI_MODEL) {
      for (ContainerDeclaration container : model.containers()) {
        if (container.multiModel().value()) {
          return container.multiModel().site();
        }
      }
    }
    return endpoint != null ? endpoint.site() : model.wholeModelSite();
  }
}
