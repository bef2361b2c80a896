package io.github.sagemakercdk.processor;

/**
 * A {@code @ShadowVariant} as written: plain values, each with its site, and the shadow model's class as read.
 *
 * @param modelSite the {@code model} attribute
 * @param model the shadow model's class as read ({@link ModelReader}), or null when the class literal names none
 */
record ShadowVariantDeclaration(
    Site site,
    Site modelSite,
    ModelDeclaration model,
    AnnotatedValue<String> variantName,
    AnnotatedValue<String> instanceType,
    AnnotatedValue<Integer> initialInstanceCount,
    AnnotatedValue<Double> samplingWeight) {}
