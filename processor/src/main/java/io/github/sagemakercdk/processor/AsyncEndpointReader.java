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
import javax.lang.model.element.VariableElement;

/** Reads an {@code @AsyncEndpoint} with its nested {@code @BacklogScaling}s, keeping the site of every value. */
final class AsyncEndpointReader {
  private AsyncEndpointReader() {}

  static EndpointDeclaration.Async read(TypeElement type, AnnotationMirror mirror, List<Site> unreadable) {
    Site site = Site.of(type, AnnotationRef.ASYNC_ENDPOINT, mirror);
    AnnotationValue autoScalingValue = written(mirror, "autoScaling");
    Site autoScalingSite = site.attribute("autoScaling", autoScalingValue);
    List<BacklogScalingDeclaration> autoScaling = new ArrayList<>();
    if (autoScalingValue != null) {
      if (autoScalingValue.getValue() instanceof List<?> entries) {
        for (int i = 0; i < entries.size(); i++) {
          if (entries.get(i) instanceof AnnotationValue entry && entry.getValue() instanceof AnnotationMirror nested) {
            autoScaling.add(backlogScaling(type, i, nested, unreadable));
          } else {
            unreadable.add(autoScalingSite.entry(i, entries.get(i) instanceof AnnotationValue v ? v : null));
          }
        }
      } else {
        unreadable.add(autoScalingSite);
      }
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
        enumConstants(site, "includeInferenceResponseIn", unreadable),
        integer(site, "maxConcurrentInvocationsPerInstance", unreadable),
        string(site, "outputKmsKey", unreadable),
        autoScalingSite,
        autoScaling);
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

  /** An enum array attribute: each constant's name with its site. */
  private static AnnotatedList enumConstants(Site annotation, String attribute, List<Site> unreadable) {
    AnnotationValue value = written(annotation.mirror(), attribute);
    Site site = annotation.attribute(attribute, value);
    List<AnnotatedValue<String>> entries = new ArrayList<>();
    if (value == null) {
      return new AnnotatedList(site, entries);
    }
    if (!(value.getValue() instanceof List<?> list)) {
      unreadable.add(site);
      return new AnnotatedList(site, entries);
    }
    for (int i = 0; i < list.size(); i++) {
      AnnotationValue entry = list.get(i) instanceof AnnotationValue v ? v : null;
      Site entrySite = site.entry(i, entry);
      if (entry != null && entry.getValue() instanceof VariableElement constant) {
        entries.add(new AnnotatedValue<>(constant.getSimpleName().toString(), entrySite));
      } else {
        unreadable.add(entrySite);
      }
    }
    return new AnnotatedList(site, entries);
  }
}
