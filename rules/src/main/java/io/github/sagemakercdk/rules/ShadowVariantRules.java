package io.github.sagemakercdk.rules;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.ArrayList;
import java.util.List;

/**
 * Shadow variants (CreateEndpointConfig ShadowProductionVariants, SageMaker API reference: "If you use this field,
 * you can only specify one variant for ProductionVariants and one variant for ShadowProductionVariants"; SageMaker
 * Developer Guide, "Create a shadow test": at most one shadow variant per endpoint, and beside it at most one
 * production variant).
 */
public final class ShadowVariantRules {
  private ShadowVariantRules() {}

  /**
   * How many shadow variants a config has, beside how many production variants: at most one shadow, and with one,
   * exactly one production variant. Call it once all variants are added.
   */
  public static List<Violation> variants(int productionVariants, int shadowVariants) {
    List<Violation> violations = new ArrayList<>();
    Location at = Location.model(Attribute.VARIANTS);
    if (shadowVariants > Limits.MAX_SHADOW_PRODUCTION_VARIANTS) {
      violations.add(Rule.SHADOW_VARIANT_COUNT.violation(at, shadowVariants));
    }
    if (shadowVariants > 0 && productionVariants != 1) {
      violations.add(Rule.SHADOW_VARIANT_PRODUCTION_COUNT.violation(at, productionVariants));
    }
    return violations;
  }
}
