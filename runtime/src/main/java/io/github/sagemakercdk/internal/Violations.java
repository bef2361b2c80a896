package io.github.sagemakercdk.internal;

import io.github.sagemakercdk.rules.Violation;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Turns rule violations into the messages users see: where, which rule, what to do. */
public final class Violations {
  private Violations() {}

  /** One line for one violation: the container it is about (when it is about one) and the rule id and message. */
  public static String line(Violation violation) {
    int container = violation.location().container();
    return container >= 0 ? "container " + (container + 1) + ": " + violation : violation.toString();
  }

  /** An exception saying that {@code subject} (a construct path or a method) breaks the given rules. */
  public static IllegalArgumentException invalid(String subject, List<Violation> violations) {
    if (violations.size() == 1) {
      return new IllegalArgumentException(subject + ": " + line(violations.get(0)));
    }
    return new IllegalArgumentException(subject + " breaks " + violations.size() + " rules:"
        + violations.stream().map(v -> "\n  " + line(v)).collect(Collectors.joining()));
  }

  /** Throws {@link #invalid} for a violation that is present; the subject is built only then. */
  public static void check(Supplier<String> subject, Optional<Violation> violation) {
    if (violation.isPresent()) {
      throw invalid(subject.get(), List.of(violation.get()));
    }
  }

  /** Throws {@link #invalid} for a violation that is present. */
  public static void check(String subject, Optional<Violation> violation) {
    if (violation.isPresent()) {
      throw invalid(subject, List.of(violation.get()));
    }
  }
}
