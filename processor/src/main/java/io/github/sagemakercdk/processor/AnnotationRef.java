package io.github.sagemakercdk.processor;

/**
 * Which annotation of a class a diagnostic belongs to.
 *
 * <p>A {@code @Container} is named by its occurrence: its index among all {@code @Container}s of the class in
 * source order, whether they are written one by one (and wrapped by the compiler in the implicit
 * {@code @Containers}) or inside an explicit {@code @Containers({...})}. That index is what lets the javac
 * support find the annotation's source tree, which javac's own Messager cannot do for repeated annotations.
 *
 * @param kind the annotation, or {@link Kind#NONE} for the class itself
 * @param occurrence for {@link Kind#CONTAINER}, the index of the {@code @Container} in source order; else -1
 */
record AnnotationRef(Kind kind, int occurrence) {

  enum Kind { NONE, MODEL, CONTAINER }

  static final AnnotationRef NONE = new AnnotationRef(Kind.NONE, -1);
  static final AnnotationRef MODEL = new AnnotationRef(Kind.MODEL, -1);

  static AnnotationRef container(int occurrence) {
    return new AnnotationRef(Kind.CONTAINER, occurrence);
  }
}
