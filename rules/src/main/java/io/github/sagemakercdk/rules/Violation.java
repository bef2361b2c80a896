package io.github.sagemakercdk.rules;

/**
 * One broken rule.
 *
 * @param rule the rule, with its id
 * @param message what is wrong and how to fix it, without the rule id
 * @param location where in the model it is
 */
public record Violation(Rule rule, String message, Location location) {

  /** The message with the rule id in front, as users see it. */
  @Override
  public String toString() {
    return Messages.withId(rule.id(), message);
  }
}
