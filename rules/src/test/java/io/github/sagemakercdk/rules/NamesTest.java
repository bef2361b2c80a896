package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Found by the processor's fuzz test: runs of hyphens let a name past 63 characters through the pattern alone. */
class NamesTest {
  private static final String SIXTY_THREE = "a" + "-".repeat(61) + "b";
  private static final String SEVENTY_TWO = "a" + "-".repeat(70) + "b";

  @Test
  void modelNamesWithRunsOfHyphensAreAtMost63Characters() {
    assertTrue(ModelRules.modelName(SIXTY_THREE).isEmpty());
    assertEquals(Rule.MODEL_NAME, ModelRules.modelName(SEVENTY_TWO).orElseThrow().rule());
  }

  @Test
  void hostnamesWithRunsOfHyphensAreAtMost63Characters() {
    assertTrue(ModelRules.hostname(SIXTY_THREE, 0).isEmpty());
    assertEquals(Rule.HOSTNAME_PATTERN, ModelRules.hostname(SEVENTY_TWO, 0).orElseThrow().rule());
  }
}
