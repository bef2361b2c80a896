package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.AnnotationValues.decimal;
import static io.github.sagemakercdk.processor.AnnotationValues.integer;
import static io.github.sagemakercdk.processor.AnnotationValues.string;
import static io.github.sagemakercdk.processor.AnnotationValues.written;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/** Reads an {@code @AsyncEndpoint} with its nested {@code @BacklogScaling}s, keeping the site of every value. */
final class AsyncEndpointReader {
  private AsyncEndpointReader() {}

  static EndpointDeclaration.Async read(TypeElement type, AnnotationMirror mirror, List<Site> unreadable) {
    Site site = Site.of(type, AnnotationRef.ASYNC_ENDPOINT, mirror);
    AnnotationValue autoScalingValue = written(mirror, "autoScaling");
    Site autoScalingSite = site.attribute("autoScaling", autoScalingValue);
    List<BacklogScalingDeclaration> autoScaling = new ArrayList<>();
    for (AnnotatedValue<AnnotationMirror> nested
        : AnnotationValues.entries(autoScalingSite, autoScalingValue, AnnotationValues::nested, unreadable)) {
      autoScaling.add(backlogScaling(type, nested.site().entry(), nested.value(), unreadable));
    }
    if (written(mirror, "outputPath") == null) {
      // The compiler has already said it is missing.
      unreadable.add(site.attribute("outputPath", null));
    }
    return new EndpointDeclaration.Async(
        site,
        string(site, "name", unreadable),
        string(site, "variantName", unreadable),
        string(site, "instanceType", unreadable),
        integer(site, "initialInstanceCount", unreadable),
        string(site, "kmsKey", unreadable),
        string(site, "outputPath", unreadable),
        string(site, "failurePath", unreadable),
        string(site, "successTopic", unreadable),
        string(site, "errorTopic", unreadable),
        AnnotationValues.enumConstants(site, "includeInferenceResponseIn", unreadable),
        integer(site, "maxConcurrentInvocationsPerInstance", unreadable),
        string(site, "outputKmsKey", unreadable),
        autoScalingSite,
        autoScaling,
        VariantLimitsReader.asynchronous(site, unreadable));
  }

  private static BacklogScalingDeclaration backlogScaling(
      TypeElement type, int occurrence, AnnotationMirror mirror, List<Site> unreadable) {
    Site site = Site.of(type, AnnotationRef.backlogScaling(occurrence), mirror);
    BacklogScalingDeclaration declaration = new BacklogScalingDeclaration(
        site,
        integer(site, "minCapacity", unreadable),
        integer(site, "maxCapacity", unreadable),
        decimal(site, "targetBacklogPerInstance", unreadable));
    for (String required : List.of("maxCapacity", "targetBacklogPerInstance")) {
      if (written(mirror, required) == null) {
        unreadable.add(site.attribute(required, null));
      }
    }
    return declaration;
  }

}
