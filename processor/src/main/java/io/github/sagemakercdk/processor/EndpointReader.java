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

/**
 * Reads {@code @RealtimeEndpoint} or its former name {@code @Endpoint} (with their nested {@code @AutoScaling}s) and
 * {@code @ServerlessEndpoint} of a class, keeping the site of every value. Like {@link ModelReader} it judges
 * nothing.
 */
final class EndpointReader {

  DeclaredEndpoints read(TypeElement type) {
    List<EndpointDeclaration> endpoints = new ArrayList<>();
    List<Site> unreadable = new ArrayList<>();
    // @AutoScalings are numbered across the real-time endpoint annotations, as AnnotationRef says.
    int autoScalings = 0;
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name = AnnotationNames.of(mirror);
      if (name.equals(AnnotationNames.REALTIME_ENDPOINT) || name.equals(AnnotationNames.ENDPOINT)) {
        AnnotationRef ref =
            name.equals(AnnotationNames.ENDPOINT) ? AnnotationRef.ENDPOINT : AnnotationRef.REALTIME_ENDPOINT;
        EndpointDeclaration.Instance instance = instance(type, ref, mirror, autoScalings, unreadable);
        autoScalings += instance.autoScaling().size();
        endpoints.add(instance);
      } else if (name.equals(AnnotationNames.SERVERLESS_ENDPOINT)) {
        endpoints.add(serverless(type, mirror, unreadable));
      } else if (name.equals(AnnotationNames.ASYNC_ENDPOINT)) {
        endpoints.add(AsyncEndpointReader.read(type, mirror, unreadable));
      }
    }
    List<DeploymentDeclaration> deployments = DeploymentReader.read(type, unreadable);
    return new DeclaredEndpoints(endpoints, deployments, unreadable);
  }

  private static EndpointDeclaration.Instance instance(
      TypeElement type, AnnotationRef ref, AnnotationMirror mirror, int firstAutoScaling, List<Site> unreadable) {
    Site site = Site.of(type, ref, mirror);
    AnnotationValue autoScalingValue = written(mirror, "autoScaling");
    Site autoScalingSite = site.attribute("autoScaling", autoScalingValue);
    List<AutoScalingDeclaration> autoScaling = new ArrayList<>();
    for (AnnotatedValue<AnnotationMirror> nested
        : AnnotationValues.entries(autoScalingSite, autoScalingValue, AnnotationValues::nested, unreadable)) {
      autoScaling.add(autoScaling(type, firstAutoScaling + nested.site().entry(), nested.value(), unreadable));
    }
    return new EndpointDeclaration.Instance(
        site,
        string(site, "name", unreadable),
        string(site, "variantName", unreadable),
        string(site, "instanceType", unreadable),
        integer(site, "initialInstanceCount", unreadable),
        string(site, "acceleratorType", unreadable),
        autoScalingSite,
        autoScaling,
        string(site, "kmsKey", unreadable),
        VariantLimitsReader.realtime(site, unreadable));
  }

  private static AutoScalingDeclaration autoScaling(
      TypeElement type, int occurrence, AnnotationMirror mirror, List<Site> unreadable) {
    Site site = Site.of(type, AnnotationRef.autoScaling(occurrence), mirror);
    AutoScalingDeclaration declaration = new AutoScalingDeclaration(
        site,
        integer(site, "minCapacity", unreadable),
        integer(site, "maxCapacity", unreadable),
        decimal(site, "maxRequestsPerSecond", unreadable),
        decimal(site, "safetyFactor", unreadable));
    for (String required : List.of("maxCapacity", "maxRequestsPerSecond")) {
      if (written(mirror, required) == null) {
        // The compiler has already said it is missing.
        unreadable.add(site.attribute(required, null));
      }
    }
    return declaration;
  }

  private static EndpointDeclaration.Serverless serverless(TypeElement type, AnnotationMirror mirror, List<Site> unreadable) {
    Site site = Site.of(type, AnnotationRef.SERVERLESS_ENDPOINT, mirror);
    return new EndpointDeclaration.Serverless(
        site,
        string(site, "name", unreadable),
        string(site, "variantName", unreadable),
        integer(site, "memorySizeInMb", unreadable),
        integer(site, "maxConcurrency", unreadable),
        integer(site, "provisionedConcurrency", unreadable));
  }
}
