package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.rules.HostingExclusions;
import io.github.sagemakercdk.rules.HostingFeature;
import io.github.sagemakercdk.rules.HostingSetup;
import io.github.sagemakercdk.rules.Violation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The exclusion table ({@link HostingExclusions}) applied to the constructs: what a model brings (VPC, network
 * isolation, containers, multi-model, Direct invocation) against how a variant hosts it (serverless, or an
 * instance type).
 */
final class HostingChecks {
  private HostingChecks() {}

  /** The exclusions within the model itself, whatever hosts it (a multi-model container in a pipeline). */
  static List<Violation> model(IModel model) {
    return HostingExclusions.rejected(HostingSetup.of(null, features(model)));
  }

  /** The exclusions of serving {@code model} from a serverless variant, beyond the model's own. */
  static List<Violation> serverless(IModel model) {
    Set<HostingFeature> features = features(model);
    features.add(HostingFeature.SERVERLESS);
    return beyondModel(model, HostingSetup.of(null, features));
  }

  /** The exclusions of serving {@code model} from instances of {@code instanceType}, beyond the model's own. */
  static List<Violation> instances(IModel model, InstanceType instanceType) {
    String type = instanceType.toString();
    return beyondModel(model, HostingSetup.of(Tokens.isUnresolved(type) ? null : type, features(model)));
  }

  private static List<Violation> beyondModel(IModel model, HostingSetup setup) {
    List<Violation> own = model(model);
    return HostingExclusions.rejected(setup).stream().filter(v -> !own.contains(v)).toList();
  }

  /** An imported model brings what it is known to have: security groups mean a VPC. */
  private static Set<HostingFeature> features(IModel model) {
    return model instanceof ModelBase base ? base.hostingFeatures() : EnumSet.noneOf(HostingFeature.class);
  }
}
