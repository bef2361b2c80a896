package io.github.sagemakercdk.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * One annotation value the fuzzer wrote, with what it knows about it from how it built it: which defects it
 * put in (none: valid by construction), and which strings a stack generated from it must hold.
 *
 * @param text the value, as the compiler will see it
 * @param defects what is wrong with it, one phrase each; empty when it was built valid
 * @param constants the strings the generated stack must carry for it (repository, tag, key, value...)
 */
record FuzzValue(String text, List<String> defects, List<String> constants) {
  FuzzValue {
    defects = List.copyOf(defects);
    constants = List.copyOf(constants);
  }

  static FuzzValue valid(String text, String... constants) {
    return new FuzzValue(text, List.of(), List.of(constants));
  }

  static FuzzValue invalid(String text, String defect) {
    return new FuzzValue(text, List.of(defect), List.of());
  }

  /** An invalid value whose defect breaks the rule of id {@code ruleId} (such as {@code SM-ECR-TAG}). */
  static FuzzValue invalid(String text, String ruleId, String defect) {
    return invalid(text, "[" + ruleId + "] " + defect);
  }

  /** This value with each of its defects naming the rule of id {@code ruleId} it breaks. */
  FuzzValue breaking(String ruleId) {
    return new FuzzValue(text, defects.stream().map(d -> d.startsWith("[SM-") ? d : "[" + ruleId + "] " + d).toList(),
        constants);
  }

  /** The id of the rule a defect names ({@code [SM-...] why}), or null when it names none. */
  static String ruleOf(String defect) {
    return defect.startsWith("[SM-") ? defect.substring(1, defect.indexOf(']')) : null;
  }

  boolean isValid() {
    return defects.isEmpty();
  }

  /** This value with one more defect, its text changed by the mutation that caused it. */
  FuzzValue mutated(String newText, String defect) {
    List<String> all = new ArrayList<>(defects);
    all.add(defect);
    return new FuzzValue(newText, all, List.of());
  }

  @Override
  public String toString() {
    return JavaLiterals.literal(text.length() > 200 ? text.substring(0, 200) + "..." : text, true, null)
        + (defects.isEmpty() ? "" : " " + defects);
  }
}
