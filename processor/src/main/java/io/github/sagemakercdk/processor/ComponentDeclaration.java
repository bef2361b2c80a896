package io.github.sagemakercdk.processor;

import javax.lang.model.element.TypeElement;

/**
 * An {@code @InferenceComponent} as written: plain values, each with its site, and the host class as read.
 *
 * @param endpointSite the {@code endpoint} attribute
 * @param hostType the class the class literal names, or null when it names none
 * @param host that class's {@code @InferenceComponentEndpoint}, or null when it has none
 */
record ComponentDeclaration(
    Site site,
    Site endpointSite,
    TypeElement hostType,
    HostDeclaration host,
    AnnotatedValue<String> name,
    AnnotatedValue<Integer> minMemoryMb,
    AnnotatedValue<Integer> maxMemoryMb,
    AnnotatedValue<Double> cpuCores,
    AnnotatedValue<Integer> acceleratorDevices,
    AnnotatedValue<Integer> copies,
    AnnotatedValue<Integer> modelDataDownloadTimeoutInSeconds,
    AnnotatedValue<Integer> containerStartupHealthCheckTimeoutInSeconds,
    AnnotatedValue<Integer> minCopies,
    AnnotatedValue<Integer> maxCopies,
    AnnotatedValue<Double> maxRequestsPerSecond,
    AnnotatedValue<Double> safetyFactor) {}
