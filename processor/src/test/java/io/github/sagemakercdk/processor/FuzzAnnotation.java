package io.github.sagemakercdk.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * One hosting annotation of a fuzz case ({@code @AsyncEndpoint}, {@code @DataCapture}, {@code @ShadowVariant},
 * {@code @BlueGreenDeployment}, {@code @RollingDeployment}, or a nested {@code @BacklogScaling}) as the attributes it
 * writes, in order; an attribute not written is absent. {@link FuzzSource} writes any of them the same way, by the
 * Java type of each value.
 *
 * @param name the annotation's simple name
 * @param position where it stands among the class's other annotations: 0 before all, 1 after the first, ...
 * @param attributes the written attributes; a value is a {@link FuzzValue} (a {@code String}), an {@link Integer}, a
 *     {@link Double}, a {@link Constant}, a {@link ClassLiteral}, or a list of {@link FuzzValue}s, of
 *     {@link Constant}s or of nested {@link FuzzAnnotation}s
 */
record FuzzAnnotation(String name, int position, List<Attribute> attributes) {

  FuzzAnnotation {
    attributes = List.copyOf(attributes);
  }

  record Attribute(String name, Object value) {}

  /** An enum constant, written {@code type.constant}, the type as the annotations package nests it. */
  record Constant(String type, String constant) {}

  /** The class literal of {@code model = X.class}: what the class is, and its name as the source writes it. */
  record ClassLiteral(Target target, String name) {}

  /** What a shadow variant's class literal names. */
  enum Target {
    /** A valid model class of the same file ({@link FuzzHosting.Candidate}), or one with its own errors. */
    CANDIDATE,
    /** The annotated class itself. */
    SELF,
    /** A class without {@code @SageMakerModel}. */
    NOT_A_MODEL
  }

  static FuzzAnnotation of(String name, int position) {
    return new FuzzAnnotation(name, position, List.of());
  }

  /** This annotation with {@code attribute} written as {@code value} (a null value: not written). */
  FuzzAnnotation with(String attribute, Object value) {
    List<Attribute> all = new ArrayList<>(attributes);
    all.removeIf(a -> a.name().equals(attribute));
    if (value != null) {
      all.add(new Attribute(attribute, value));
    }
    return new FuzzAnnotation(name, position, all);
  }

  boolean has(String attribute) {
    return get(attribute) != null;
  }

  Object get(String attribute) {
    return attributes.stream().filter(a -> a.name().equals(attribute)).map(Attribute::value).findFirst().orElse(null);
  }

  FuzzValue string(String attribute) {
    return (FuzzValue) get(attribute);
  }

  /** The text of a string attribute, or {@code otherwise} (its default) when not written. */
  String text(String attribute, String otherwise) {
    FuzzValue value = string(attribute);
    return value == null ? otherwise : value.text();
  }

  int integer(String attribute, int otherwise) {
    Object value = get(attribute);
    return value == null ? otherwise : (Integer) value;
  }

  Double decimal(String attribute) {
    return (Double) get(attribute);
  }

  /** The constant's name, or {@code otherwise} (the default) when not written. */
  String constant(String attribute, String otherwise) {
    Object value = get(attribute);
    return value == null ? otherwise : ((Constant) value).constant();
  }

  @SuppressWarnings("unchecked")
  <T> List<T> list(String attribute) {
    Object value = get(attribute);
    return value == null ? List.of() : (List<T>) value;
  }

  @Override
  public String toString() {
    return "@" + name + attributes;
  }
}
