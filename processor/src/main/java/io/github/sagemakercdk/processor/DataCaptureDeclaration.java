package io.github.sagemakercdk.processor;

/**
 * A {@code @DataCapture} as written: plain values, each with its site.
 *
 * @param captureMode the name of the {@code CaptureMode} constant
 * @param kmsKey the key or alias ARN, empty when not given
 */
record DataCaptureDeclaration(
    Site site,
    AnnotatedValue<String> destination,
    AnnotatedValue<Integer> initialSamplingPercentage,
    AnnotatedValue<String> captureMode,
    AnnotatedList csvContentTypes,
    AnnotatedList jsonContentTypes,
    AnnotatedValue<String> kmsKey) {}
