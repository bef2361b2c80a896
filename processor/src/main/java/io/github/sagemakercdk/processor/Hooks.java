package io.github.sagemakercdk.processor;

import java.util.List;

/**
 * The {@code @CustomizeStack} methods a stack calls.
 *
 * @param methods their names, in the order the stack calls them (declaration order)
 * @param suppressed the warnings calling them gives, to suppress in the generated constructor: {@code deprecation}
 *     when the class or a method is deprecated, {@code removal} when one is deprecated for removal; sorted
 */
record Hooks(List<String> methods, List<String> suppressed) {
  static final Hooks NONE = new Hooks(List.of(), List.of());

  Hooks {
    methods = List.copyOf(methods);
    suppressed = List.copyOf(suppressed);
  }
}
