package io.github.sagemakercdk.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads one attribute of an annotation mirror into an {@link AnnotatedValue} with its site. An attribute left out
 * reads as the annotation's own default, so defaults are defined once, in the annotation. A value the compiler
 * could not evaluate is not guessed at: its site goes to {@code unreadable}, and a zero value stands in.
 */
final class AnnotationValues {
  /**
   * What javac makes of a value it could not evaluate (an unknown constant, say): an error attribute that
   * presents itself as this string. The compiler reports the cause itself.
   */
  private static final String JAVAC_ERROR_VALUE = "<error>";

  private AnnotationValues() {}

  static AnnotatedValue<String> string(Site annotation, String attribute, List<Site> unreadable) {
    return read(annotation, attribute, v -> isString(v) ? (String) v : null, "", unreadable);
  }

  static AnnotatedValue<Boolean> bool(Site annotation, String attribute, List<Site> unreadable) {
    return read(annotation, attribute, v -> v instanceof Boolean b ? b : null, false, unreadable);
  }

  static AnnotatedValue<Integer> integer(Site annotation, String attribute, List<Site> unreadable) {
    return read(annotation, attribute, v -> v instanceof Integer i ? i : null, 0, unreadable);
  }

  /** A {@code double}: a value written as an integer literal ({@code = 20}) may come as an integer, so any number. */
  static AnnotatedValue<Double> decimal(Site annotation, String attribute, List<Site> unreadable) {
    return read(annotation, attribute, v -> v instanceof Number n ? n.doubleValue() : null, 0.0, unreadable);
  }

  /** An enum constant, by its name. */
  static AnnotatedValue<String> enumConstant(Site annotation, String attribute, List<Site> unreadable) {
    return read(annotation, attribute, AnnotationValues::constantName, "", unreadable);
  }

  /** A {@code String[]} attribute: one entry written without braces is a list of one. */
  static AnnotatedList strings(Site annotation, String attribute, List<Site> unreadable) {
    return list(annotation, attribute, v -> isString(v) ? (String) v : null, unreadable);
  }

  /** An enum array attribute: each constant by its name. */
  static AnnotatedList enumConstants(Site annotation, String attribute, List<Site> unreadable) {
    return list(annotation, attribute, AnnotationValues::constantName, unreadable);
  }

  private static AnnotatedList list(
      Site annotation, String attribute, Function<Object, String> meaning, List<Site> unreadable) {
    AnnotationValue value = written(annotation.mirror(), attribute);
    Site site = annotation.attribute(attribute, value);
    return new AnnotatedList(site, entries(site, value, meaning, unreadable));
  }

  /**
   * The entries of an array attribute as written ({@code site} is the attribute's, {@code value} null when it was
   * not written), each with its own site. An entry, or a whole value, the compiler could not evaluate goes to
   * {@code unreadable} and is left out. Every reader of an array value walks it here.
   */
  static <T> List<AnnotatedValue<T>> entries(
      Site site, AnnotationValue value, Function<Object, T> meaning, List<Site> unreadable) {
    List<AnnotatedValue<T>> entries = new ArrayList<>();
    if (value == null) {
      return entries;
    }
    if (!(value.getValue() instanceof List<?> list)) {
      unreadable.add(site);
      return entries;
    }
    for (int i = 0; i < list.size(); i++) {
      AnnotationValue entry = list.get(i) instanceof AnnotationValue v ? v : null;
      Site entrySite = site.entry(i, entry);
      T read = entry == null ? null : meaning.apply(entry.getValue());
      if (read == null) {
        unreadable.add(entrySite);
      } else {
        entries.add(new AnnotatedValue<>(read, entrySite));
      }
    }
    return entries;
  }

  /** The nested annotation a value holds, or null. */
  static AnnotationMirror nested(Object value) {
    return value instanceof AnnotationMirror mirror ? mirror : null;
  }

  private static String constantName(Object value) {
    return value instanceof VariableElement constant ? constant.getSimpleName().toString() : null;
  }

  private static <T> AnnotatedValue<T> read(
      Site annotation, String attribute, Function<Object, T> meaning, T zero, List<Site> unreadable) {
    AnnotationValue value = written(annotation.mirror(), attribute);
    Site site = annotation.attribute(attribute, value);
    if (value == null) {
      AnnotationValue byDefault = defaultValue(annotation.mirror(), attribute);
      T defaultMeaning = byDefault == null ? null : meaning.apply(byDefault.getValue());
      return new AnnotatedValue<>(defaultMeaning == null ? zero : defaultMeaning, site);
    }
    T read = meaning.apply(value.getValue());
    if (read == null) {
      unreadable.add(site);
      return new AnnotatedValue<>(zero, site);
    }
    return new AnnotatedValue<>(read, site);
  }

  static boolean isString(Object value) {
    return value instanceof String s && !s.equals(JAVAC_ERROR_VALUE);
  }

  /** The value as written in the source, or null when the attribute was left at its default. */
  static AnnotationValue written(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The annotation type's default for the attribute, or null for a required one. */
  private static AnnotationValue defaultValue(AnnotationMirror mirror, String attribute) {
    for (Element member : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (member instanceof ExecutableElement method && method.getSimpleName().contentEquals(attribute)) {
        return method.getDefaultValue();
      }
    }
    return null;
  }
}
