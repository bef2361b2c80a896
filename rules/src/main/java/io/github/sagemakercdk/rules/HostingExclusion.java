package io.github.sagemakercdk.rules;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.function.Function;

/**
 * One row of the exclusion table: a hosting option, a feature it does not support, what SageMaker does with the
 * pair, the rule (message and fix) reported for it, where that message goes, and the page of SageMaker's
 * documentation that says so.
 *
 * @param option the hosting option, such as {@link HostingFeature#SERVERLESS}
 * @param excluded the feature the option does not support
 * @param kind whether SageMaker rejects the pair or silently falls back
 * @param rule the message, whose id names the exclusion
 * @param attribute the annotation attribute (or construct property) the message belongs to
 * @param arguments the values the rule's message shows, taken from the setup
 * @param source SageMaker's documentation of the exclusion
 */
public record HostingExclusion(HostingFeature option, HostingFeature excluded, Kind kind, Rule rule,
    Attribute attribute, Function<HostingSetup, Object[]> arguments, String source) {

  /** What SageMaker does with the pair. */
  public enum Kind {
    /** CreateModel, CreateEndpointConfig or CreateEndpoint fails: an error before deploy. */
    REJECTED,
    /** SageMaker deploys, but without the option: a warning before deploy. */
    FALLBACK
  }

  /** Whether {@code setup} has both the option and the excluded feature. */
  public boolean matches(HostingSetup setup) {
    return setup.has(option) && setup.has(excluded);
  }

  /** The rule's message for {@code setup}, at {@link #attribute}. */
  public Violation violation(HostingSetup setup) {
    return rule.violation(Location.model(attribute), arguments.apply(setup));
  }
}
