package io.github.sagemakercdk.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.lang.model.element.TypeElement;

/**
 * What one validator found on one annotated class: the class, every problem at its value, and (only when there is
 * none) what the validator made of the annotations, such as a {@link StackPlan}. Validators share no state: each
 * returns its report, and {@link StackIds#join} joins the reports of a class into the one that decides whether its
 * stack is written.
 *
 * @param <T> what a clean report yields; {@link Void} for checks that only find problems
 */
final class ValidationReport<T> {
  private final TypeElement subject;
  private final List<Diagnostic> diagnostics;
  private final T result;

  private ValidationReport(TypeElement subject, List<Diagnostic> diagnostics, T result) {
    this.subject = subject;
    this.diagnostics = List.copyOf(diagnostics);
    this.result = result;
  }

  /** A report on {@code subject}, to fill in. */
  static Builder about(TypeElement subject) {
    return new Builder(subject);
  }

  TypeElement subject() {
    return subject;
  }

  /** Every problem, in the order found, each once. */
  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  boolean isClean() {
    return diagnostics.isEmpty();
  }

  /** What the validator made of the annotations; empty when there are problems, or nothing to make. */
  Optional<T> result() {
    return Optional.ofNullable(result);
  }

  /** Collects the problems of one validation; the same message at the same place is kept once. */
  static final class Builder {
    private final TypeElement subject;
    private final Map<String, Diagnostic> diagnostics = new LinkedHashMap<>();

    private Builder(TypeElement subject) {
      this.subject = subject;
    }

    void error(Site site, String message) {
      diagnostics.putIfAbsent(site.key() + "|" + message, new Diagnostic(site, message));
    }

    /** Takes in the problems of a part (a nested check, another validator's report); whether it had none. */
    boolean add(ValidationReport<?> part) {
      part.diagnostics().forEach(diagnostic -> error(diagnostic.site(), diagnostic.message()));
      return part.isClean();
    }

    boolean isClean() {
      return diagnostics.isEmpty();
    }

    /** The report, with what {@code result} makes only when nothing was found (it may rely on the checks). */
    <T> ValidationReport<T> build(Supplier<T> result) {
      return new ValidationReport<>(subject, new ArrayList<>(diagnostics.values()), isClean() ? result.get() : null);
    }

    /** The report, with nothing to make: checks that only find problems, or a class without what they check. */
    <T> ValidationReport<T> build() {
      return build(() -> null);
    }
  }
}
