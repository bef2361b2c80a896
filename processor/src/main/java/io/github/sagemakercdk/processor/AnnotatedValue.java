package io.github.sagemakercdk.processor;

/**
 * A value read from an annotation, with the place it was written, so that any problem with it can be
 * reported right there.
 *
 * @param value the value, the attribute's default when it was not written
 * @param site where it was written (the annotation itself when it was not)
 */
record AnnotatedValue<T>(T value, Site site) {}
