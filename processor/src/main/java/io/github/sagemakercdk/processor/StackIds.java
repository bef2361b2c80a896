package io.github.sagemakercdk.processor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stack ids of the models of this compile: the one app that synthesizes all of them cannot hold two
 * stacks with one id (for example {@code com.a.Churn} and {@code com.b.Churn}, both {@code ChurnStack}).
 */
final class StackIds {
  private final Map<String, String> ownerById = new HashMap<>();

  /** Claims the id for the class; when another class of the compile holds it, that class's name. */
  Optional<String> claim(String stackId, String className) {
    String owner = ownerById.putIfAbsent(stackId, className);
    return owner == null || owner.equals(className) ? Optional.empty() : Optional.of(owner);
  }
}
