package io.github.sagemakercdk.processor;

import java.util.List;
import java.util.function.Function;

/**
 * The outcome of reading or checking one value: what it means, or every message on what is wrong with it.
 *
 * @param value the meaning, null when there are errors
 * @param errors the full messages ({@code [SM-ID] text}), empty when the value is good
 */
record Parsed<T>(T value, List<String> errors) {
  Parsed {
    errors = List.copyOf(errors);
  }

  static <T> Parsed<T> of(T value) {
    return new Parsed<>(value, List.of());
  }

  static <T> Parsed<T> failed(List<String> errors) {
    return new Parsed<>(null, errors);
  }

  static <T> Parsed<T> failed(String error) {
    return failed(List.of(error));
  }

  /** This value if there are no errors so far, else a failure with them. */
  static <T> Parsed<T> unless(List<String> errors, T value) {
    return errors.isEmpty() ? of(value) : failed(errors);
  }

  <R> Parsed<R> map(Function<? super T, ? extends R> meaning) {
    return ok() ? of(meaning.apply(value)) : failed(errors);
  }

  <R> Parsed<R> flatMap(Function<? super T, Parsed<R>> next) {
    return ok() ? next.apply(value) : failed(errors);
  }

  boolean ok() {
    return errors.isEmpty();
  }
}
