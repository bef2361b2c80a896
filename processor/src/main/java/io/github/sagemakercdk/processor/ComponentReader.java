package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.AnnotationValues.decimal;
import static io.github.sagemakercdk.processor.AnnotationValues.integer;
import static io.github.sagemakercdk.processor.AnnotationValues.string;
import static io.github.sagemakercdk.processor.AnnotationValues.written;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * Reads a class's {@code @InferenceComponentEndpoint} and its {@code @InferenceComponent}, with, through the class
 * literal, the host class's own {@code @InferenceComponentEndpoint}, whether that class is compiled now or comes
 * from the classpath. It judges nothing.
 */
final class ComponentReader {
  private ComponentReader() {}

  /** The class's {@code @InferenceComponentEndpoint}, or empty; values the compiler could not read go to unreadable. */
  static Optional<HostDeclaration> readHost(TypeElement type, List<Site> unreadable) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (AnnotationNames.of(mirror).equals(AnnotationNames.INFERENCE_COMPONENT_ENDPOINT)) {
        Site site = Site.of(type, AnnotationRef.INFERENCE_COMPONENT_ENDPOINT, mirror);
        return Optional.of(new HostDeclaration(site,
            string(site, "name", unreadable),
            string(site, "instanceType", unreadable),
            integer(site, "initialInstanceCount", unreadable),
            integer(site, "minInstanceCount", unreadable),
            integer(site, "maxInstanceCount", unreadable),
            string(site, "routingStrategy", unreadable),
            string(site, "variantName", unreadable),
            string(site, "role", unreadable)));
      }
    }
    return Optional.empty();
  }

  /**
   * The class's {@code @InferenceComponent}, or empty. A class literal the compiler could not resolve (it reports
   * why), and the host class's unreadable values, go to {@code unreadable}: a later round may resolve them.
   */
  static Optional<ComponentDeclaration> readComponent(TypeElement type, List<Site> unreadable) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (!AnnotationNames.of(mirror).equals(AnnotationNames.INFERENCE_COMPONENT)) {
        continue;
      }
      Site site = Site.of(type, AnnotationRef.INFERENCE_COMPONENT, mirror);
      AnnotationValue value = written(mirror, "endpoint");
      Site endpointSite = site.attribute("endpoint", value);
      TypeElement hostType = null;
      HostDeclaration host = null;
      if (value != null && value.getValue() instanceof DeclaredType declared
          && declared.getKind() == TypeKind.DECLARED && declared.asElement() instanceof TypeElement named) {
        hostType = named;
        host = readHost(named, unreadable).orElse(null);
      } else {
        // Missing (the compiler has said so) or not resolved (likewise).
        unreadable.add(endpointSite);
      }
      return Optional.of(new ComponentDeclaration(site, endpointSite, hostType, host,
          string(site, "name", unreadable),
          integer(site, "minMemoryMb", unreadable),
          integer(site, "maxMemoryMb", unreadable),
          decimal(site, "cpuCores", unreadable),
          integer(site, "acceleratorDevices", unreadable),
          integer(site, "copies", unreadable),
          integer(site, "modelDataDownloadTimeoutInSeconds", unreadable),
          integer(site, "containerStartupHealthCheckTimeoutInSeconds", unreadable),
          integer(site, "minCopies", unreadable),
          integer(site, "maxCopies", unreadable),
          decimal(site, "maxRequestsPerSecond", unreadable),
          decimal(site, "safetyFactor", unreadable)));
    }
    return Optional.empty();
  }
}
