package io.github.sagemakercdk.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Where a diagnostic goes, as precisely as the source allows: the class, one of its annotations, one attribute
 * of it, and for an array attribute one entry.
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
 */
record Site(
    TypeElement type,
    AnnotationRef annotation,
    AnnotationMirror mirror,
    String attribute,
    AnnotationValue value,
    int entry) {

  static Site of(TypeElement type) {
    return new Site(type, AnnotationRef.NONE, null, null, null, -1);
  }

  static Site of(TypeElement type, AnnotationRef annotation, AnnotationMirror mirror) {
    return new Site(type, annotation, mirror, null, null, -1);
  }

  /** The same annotation, narrowed to one attribute; {@code value} is null when it was not written. */
  Site attribute(String name, AnnotationValue written) {
    return new Site(type, annotation, mirror, name, written, -1);
  }

  /** The same attribute, narrowed to one entry of its array value. */
  Site entry(int index, AnnotationValue written) {
    return new Site(type, annotation, mirror, attribute, written, index);
  }

  /** A stable text for this place, the same in every round, to tell duplicate diagnostics apart. */
  String key() {
    return type.getQualifiedName() + "|" + annotation.kind() + "#" + annotation.occurrence() + "|" + attribute
        + "|" + entry;
  }
}
