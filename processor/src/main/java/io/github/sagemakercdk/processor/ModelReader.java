package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.AnnotationValues.bool;
import static io.github.sagemakercdk.processor.AnnotationValues.integer;
import static io.github.sagemakercdk.processor.AnnotationValues.isString;
import static io.github.sagemakercdk.processor.AnnotationValues.string;
import static io.github.sagemakercdk.processor.AnnotationValues.written;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @SageMakerModel} and {@code @Container} of a class into a {@link ModelDeclaration}, keeping the
 * mirror and value of everything it reads. It judges nothing: that is {@link ModelValidator}'s job.
 */
final class ModelReader {
  ModelDeclaration read(TypeElement type) {
    Site modelSite = null;
    List<AnnotationMirror> containerMirrors = new ArrayList<>();
    List<Site> unreadable = new ArrayList<>();
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name = AnnotationNames.of(mirror);
      if (name.equals(AnnotationNames.MODEL)) {
        modelSite = Site.of(type, AnnotationRef.MODEL, mirror);
      } else if (name.equals(AnnotationNames.CONTAINER)) {
        containerMirrors.add(mirror);
      } else if (name.equals(AnnotationNames.CONTAINERS)) {
        // Implicit (repeated @Container) and explicit @Containers({...}) look the same here.
        AnnotationValue value = written(mirror, "value");
        if (value == null) {
          unreadable.add(Site.of(type));
        }
        AnnotationValues.entries(Site.of(type).attribute("value", value), value, AnnotationValues::nested, unreadable)
            .forEach(container -> containerMirrors.add(container.value()));
      }
    }

    AnnotatedValue<String> name = null;
    AnnotatedValue<Boolean> networkIsolation = null;
    AnnotatedValue<Boolean> directInvocation = null;
    ModelSettings settings = null;
    if (modelSite != null) {
      name = string(modelSite, "name", unreadable);
      networkIsolation = bool(modelSite, "networkIsolation", unreadable);
      directInvocation = bool(modelSite, "directInvocation", unreadable);
      settings = SettingsReader.read(modelSite, unreadable);
    }
    List<ContainerDeclaration> containers = new ArrayList<>();
    for (int i = 0; i < containerMirrors.size(); i++) {
      containers.add(container(type, i, containerMirrors.get(i), unreadable));
    }
    return new ModelDeclaration(type, modelSite, name, networkIsolation, containers,
        directInvocation == null ? new AnnotatedValue<>(false, Site.of(type)) : directInvocation, settings, unreadable);
  }

  private ContainerDeclaration container(TypeElement type, int occurrence, AnnotationMirror mirror, List<Site> unreadable) {
    Site site = Site.of(type, AnnotationRef.container(occurrence), mirror);
    AnnotatedValue<String> image = string(site, "image", unreadable);
    if (written(mirror, "image") == null) {
      // Required: the compiler has already said it is missing.
      unreadable.add(image.site());
    }
    AnnotationValue environmentValue = written(mirror, "environment");
    Site environmentSite = site.attribute("environment", environmentValue);
    List<AnnotatedValue<String>> environment = AnnotationValues.entries(
        environmentSite, environmentValue, v -> isString(v) ? (String) v : null, unreadable);
    return new ContainerDeclaration(
        occurrence,
        site,
        image,
        string(site, "modelData", unreadable),
        string(site, "hostname", unreadable),
        environmentSite,
        environment,
        integer(site, "order", unreadable),
        string(site, "modelDataKmsKey", unreadable),
        bool(site, "multiModel", unreadable),
        bool(site, "acceptEula", unreadable),
        string(site, "packageImage", unreadable),
        string(site, "packageModelData", unreadable));
  }
}
