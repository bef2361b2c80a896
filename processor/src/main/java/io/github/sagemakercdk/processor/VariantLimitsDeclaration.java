package io.github.sagemakercdk.processor;

/**
 * The variant limits of an instance endpoint annotation as written, each value with its site. A value of 0 (and an
 * empty string) means not given; managed instance scaling is asked for by a {@code maxInstanceCount} other than 0.
 * {@code @AsyncEndpoint} has no managed scaling and no routing: those hold their "not given" values, at the
 * annotation.
 */
record VariantLimitsDeclaration(
    AnnotatedValue<Integer> volumeSizeInGb,
    AnnotatedValue<Integer> modelDataDownloadTimeoutSeconds,
    AnnotatedValue<Integer> containerStartupHealthCheckTimeoutSeconds,
    AnnotatedValue<Integer> minInstanceCount,
    AnnotatedValue<Integer> maxInstanceCount,
    AnnotatedValue<String> routingStrategy,
    AnnotatedValue<String> inferenceAmiVersion) {}
