package io.github.sagemakercdk.processor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The stack ids of the models of this compile: the one app that synthesizes all of them cannot hold two
 * stacks with one id (for example {@code com.a.Churn} and {@code com.b.Churn}, both {@code ChurnStack}).
 */
final class StackIds {
  /**
   * CloudFormation's stack names (CDK checks the id against it when the stack is built, so at synth time): a Java
   * class name with '_', '$' or a non-ASCII letter gives an id that compiles but never synthesizes.
   */
  private static final Pattern STACK_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*$");

  private final Map<String, String> ownerById = new HashMap<>();

  /** Whether CloudFormation takes the id as a stack name (longer ids are shortened by CDK, with a hash). */
  static boolean valid(String stackId) {
    return STACK_NAME.matcher(stackId).matches();
  }

  /** Claims the id for the class; when another class of the compile holds it, that class's name. */
  Optional<String> claim(String stackId, String className) {
    String owner = ownerById.putIfAbsent(stackId, className);
    return owner == null || owner.equals(className) ? Optional.empty() : Optional.of(owner);
  }
}
