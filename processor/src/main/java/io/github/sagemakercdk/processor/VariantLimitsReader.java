package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.AnnotationValues.integer;
import static io.github.sagemakercdk.processor.AnnotationValues.string;

import java.util.List;

/** Reads the variant limits of {@code @RealtimeEndpoint} (or {@code @Endpoint}) and {@code @AsyncEndpoint}. */
final class VariantLimitsReader {
  private VariantLimitsReader() {}

  /** All of them, from a real-time endpoint annotation. */
  static VariantLimitsDeclaration realtime(Site annotation, List<Site> unreadable) {
    return read(annotation, integer(annotation, "minInstanceCount", unreadable),
        integer(annotation, "maxInstanceCount", unreadable), string(annotation, "routingStrategy", unreadable),
        unreadable);
  }

  /** Storage, start-up timeouts and AMI, from {@code @AsyncEndpoint}, which has no managed scaling nor routing. */
  static VariantLimitsDeclaration asynchronous(Site annotation, List<Site> unreadable) {
    return read(annotation, new AnnotatedValue<>(0, annotation), new AnnotatedValue<>(0, annotation),
        new AnnotatedValue<>("", annotation), unreadable);
  }

  private static VariantLimitsDeclaration read(Site annotation, AnnotatedValue<Integer> minInstanceCount,
      AnnotatedValue<Integer> maxInstanceCount, AnnotatedValue<String> routingStrategy, List<Site> unreadable) {
    return new VariantLimitsDeclaration(
        integer(annotation, "volumeSizeInGb", unreadable),
        integer(annotation, "modelDataDownloadTimeoutSeconds", unreadable),
        integer(annotation, "containerStartupHealthCheckTimeoutSeconds", unreadable),
        minInstanceCount,
        maxInstanceCount,
        routingStrategy,
        string(annotation, "inferenceAmiVersion", unreadable));
  }
}
