package io.github.sagemakercdk.processor;

/**
 * An {@code @InferenceComponentEndpoint} as written: plain values, each with its site.
 *
 * @param site the annotation
 */
record HostDeclaration(
    Site site,
    AnnotatedValue<String> name,
    AnnotatedValue<String> instanceType,
    AnnotatedValue<Integer> initialInstanceCount,
    AnnotatedValue<Integer> minInstanceCount,
    AnnotatedValue<Integer> maxInstanceCount,
    AnnotatedValue<String> routingStrategy,
    AnnotatedValue<String> variantName,
    AnnotatedValue<String> role) {}
