package io.github.sagemakercdk.internal;

import io.github.sagemakercdk.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The rules one construct (or one call) breaks, collected as the lines users see (where, which rule, what to do)
 * and thrown together in one exception that names the construct.
 */
public final class Violations {
  private final List<String> lines = new ArrayList<>();

  /** The violations of the rules module's checks, as lines. */
  public static Violations of(List<Violation> violations) {
    return new Violations().addAll(violations);
  }

  public Violations add(Optional<Violation> violation) {
    violation.ifPresent(v -> lines.add(line(v)));
    return this;
  }

  public Violations addAll(List<Violation> violations) {
    violations.forEach(v -> lines.add(line(v)));
    return this;
  }

  /** A broken rule of this library's API. */
  public Violations add(RuntimeRule rule, Object... args) {
    lines.add(rule.message(args));
    return this;
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  /** The lines, one per violation: what a synth-time validation reports. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** Throws when a rule is broken; the subject (a construct path costs jsii round trips) is built only then. */
  public void throwIfAny(Supplier<String> subject) {
    if (!lines.isEmpty()) {
      throw invalid(subject.get());
    }
  }

  /** Throws when a rule is broken: an exception saying that {@code subject} (a construct or a method) breaks it. */
  public void throwIfAny(String subject) {
    if (!lines.isEmpty()) {
      throw invalid(subject);
    }
  }

  private IllegalArgumentException invalid(String subject) {
    if (lines.size() == 1) {
      return new IllegalArgumentException(subject + ": " + lines.get(0));
    }
    return new IllegalArgumentException(subject + " breaks " + lines.size() + " rules:"
        + lines.stream().map(line -> "\n  " + line).collect(Collectors.joining()));
  }

  /** Throws for a violation that is present; the subject is built only then. */
  public static void check(Supplier<String> subject, Optional<Violation> violation) {
    new Violations().add(violation).throwIfAny(subject);
  }

  /** Throws for a violation that is present. */
  public static void check(String subject, Optional<Violation> violation) {
    new Violations().add(violation).throwIfAny(subject);
  }

  /** The exception for one broken rule of the rules module, saying that {@code subject} breaks it. */
  public static IllegalArgumentException invalid(String subject, Violation violation) {
    return new Violations().addAll(List.of(violation)).invalid(subject);
  }

  /** Throws for a broken rule of this library's API, found by an argument. */
  public static IllegalArgumentException invalid(String subject, RuntimeRule rule, Object... args) {
    return new Violations().add(rule, args).invalid(subject);
  }

  /** For a call this construct cannot answer in its state, such as the connections of a model outside a VPC. */
  public static IllegalStateException illegalState(String subject, RuntimeRule rule, Object... args) {
    return new IllegalStateException(subject + ": " + rule.message(args));
  }

  /** One line for one violation: the container it is about (when it is about one) and the rule id and message. */
  private static String line(Violation violation) {
    int container = violation.location().container();
    return container >= 0 ? "container " + (container + 1) + ": " + violation : violation.toString();
  }
}
