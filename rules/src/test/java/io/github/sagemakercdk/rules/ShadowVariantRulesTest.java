package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One shadow variant at most, and beside it exactly one production variant. */
class ShadowVariantRulesTest {

  private static List<Rule> rules(int production, int shadow) {
    return ShadowVariantRules.variants(production, shadow).stream().map(Violation::rule).toList();
  }

  @Test
  void oneProductionAndOneShadow() {
    assertEquals(List.of(), rules(1, 1));
    assertEquals(List.of(), rules(3, 0), "without a shadow the production rules alone apply");
  }

  @Test
  void atMostOneShadow() {
    assertEquals(List.of(Rule.SHADOW_VARIANT_COUNT), rules(1, 2));
  }

  @Test
  void exactlyOneProductionBesideAShadow() {
    assertEquals(List.of(Rule.SHADOW_VARIANT_PRODUCTION_COUNT), rules(0, 1));
    assertEquals(List.of(Rule.SHADOW_VARIANT_PRODUCTION_COUNT), rules(2, 1));
    assertEquals(List.of(Rule.SHADOW_VARIANT_COUNT, Rule.SHADOW_VARIANT_PRODUCTION_COUNT), rules(2, 2));
    assertEquals("the endpoint config has a shadow variant and 2 production variants: beside a shadow variant"
        + " SageMaker takes exactly one production variant, whose requests the shadow receives a copy of; give one"
        + " production variant, or drop the shadow variant", ShadowVariantRules.variants(2, 1).get(0).message());
  }
}
