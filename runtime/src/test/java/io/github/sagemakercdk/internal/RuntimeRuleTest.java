package io.github.sagemakercdk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sagemakercdk.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runtime's catalog next to the rules module's: one id per rule across both, each message with its fix. */
class RuntimeRuleTest {

  @Test
  void idsAreUniqueAcrossBothCatalogs() {
    List<String> ids = new ArrayList<>();
    for (RuntimeRule rule : RuntimeRule.values()) {
      ids.add(rule.id());
    }
    for (Rule rule : Rule.values()) {
      ids.add(rule.id());
    }
    assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
  }

  @Test
  void everyMessageStartsWithItsIdAndSaysWhatToDo() {
    for (RuntimeRule rule : RuntimeRule.values()) {
      String message = rule.message("a", "b", "c");
      assertTrue(message.startsWith("[" + rule.id() + "] "), message);
      // "what is wrong: how to fix it" (or "...; how to fix it")
      assertTrue(message.contains(": ") || message.contains("; "), message);
    }
  }

  @Test
  void valuesAreShownOnOneLineAsTheRulesModuleShowsThem() {
    String message = RuntimeRule.DLC_REGION.message("bad\nregion");
    assertTrue(message.contains("region bad\\u000aregion:"), message);
  }
}
