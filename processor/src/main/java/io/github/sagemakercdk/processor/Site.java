package io.github.sagemakercdk.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Where a diagnostic goes, as precisely as the source allows: the class, one of its annotations, one attribute
 * of it, and for an array attribute one entry; or one method of the class (a {@code @CustomizeStack} method).
 *
 * <p>It keeps both what {@code Messager} needs (element, mirror, value) and what locating the source tree
 * needs (annotation occurrence, attribute name, entry index), so that each compiler gets the form it can place.
 *
 * @param type the annotated class
 * @param annotation which annotation of the class, or {@link AnnotationRef#NONE}
 * @param mirror that annotation's mirror, or null for the class itself
 * @param attribute the attribute's name, or null for the whole annotation
 * @param value the attribute's value as written, or null when it was not written (the default applies)
 * @param entry the index of the entry of an array attribute, or -1 for the whole attribute
 * @param method the method the diagnostic goes on (then {@code annotation} is its {@link AnnotationRef#hook}), or
 *     null when it goes on the class or one of its annotations
 */
record Site(
    TypeElement type,
    AnnotationRef annotation,
    AnnotationMirror mirror,
    String attribute,
    AnnotationValue value,
    int entry,
    ExecutableElement method) {

  static Site of(TypeElement type) {
    return new Site(type, AnnotationRef.NONE, null, null, null, -1, null);
  }

  static Site of(TypeElement type, AnnotationRef annotation, AnnotationMirror mirror) {
    return new Site(type, annotation, mirror, null, null, -1, null);
  }

  /** The method of {@code type} that is the {@code occurrence}-th {@code @CustomizeStack} method there. */
  static Site of(TypeElement type, ExecutableElement method, int occurrence) {
    return new Site(type, AnnotationRef.hook(occurrence), null, null, null, -1, method);
  }

  /** The same annotation, narrowed to one attribute; {@code value} is null when it was not written. */
  Site attribute(String name, AnnotationValue written) {
    return new Site(type, annotation, mirror, name, written, -1, method);
  }

  /** The same attribute, narrowed to one entry of its array value. */
  Site entry(int index, AnnotationValue written) {
    return new Site(type, annotation, mirror, attribute, written, index, method);
  }

  /** The element a message without annotation goes on: the method, else the class. */
  Element element() {
    return method != null ? method : type;
  }

  /** A stable text for this place, the same in every round, to tell duplicate diagnostics apart. */
  String key() {
    return type.getQualifiedName() + "|" + annotation.kind() + "#" + annotation.occurrence() + "|" + attribute
        + "|" + entry;
  }
}
