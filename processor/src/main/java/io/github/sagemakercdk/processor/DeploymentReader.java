package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.AnnotationValues.enumConstant;
import static io.github.sagemakercdk.processor.AnnotationValues.integer;
import static io.github.sagemakercdk.processor.AnnotationValues.written;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** Reads {@code @BlueGreenDeployment} and {@code @RollingDeployment} of a class, keeping the site of every value. */
final class DeploymentReader {
  private DeploymentReader() {}

  /** The class's deployment annotations in source order. */
  static List<DeploymentDeclaration> read(TypeElement type, List<Site> unreadable) {
    List<DeploymentDeclaration> deployments = new ArrayList<>();
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name = AnnotationNames.of(mirror);
      if (name.equals(AnnotationNames.BLUE_GREEN_DEPLOYMENT)) {
        deployments.add(read(type, mirror, false, unreadable));
      } else if (name.equals(AnnotationNames.ROLLING_DEPLOYMENT)) {
        deployments.add(read(type, mirror, true, unreadable));
      }
    }
    return deployments;
  }

  private static DeploymentDeclaration read(TypeElement type, AnnotationMirror mirror, boolean rolling,
      List<Site> unreadable) {
    Site site = Site.of(type, rolling ? AnnotationRef.ROLLING_DEPLOYMENT : AnnotationRef.BLUE_GREEN_DEPLOYMENT,
        mirror);
    List<String> required = rolling ? List.of("maximumBatchSize", "waitIntervalInSeconds")
        : List.of("waitIntervalInSeconds");
    for (String attribute : required) {
      if (written(mirror, attribute) == null) {
        // The compiler has already said it is missing.
        unreadable.add(site.attribute(attribute, null));
      }
    }
    AnnotatedValue<Integer> none = new AnnotatedValue<>(0, site);
    return new DeploymentDeclaration(
        site,
        rolling,
        rolling ? new AnnotatedValue<>("", site) : enumConstant(site, "trafficRouting", unreadable),
        integer(site, "waitIntervalInSeconds", unreadable),
        rolling ? none : integer(site, "canarySize", unreadable),
        rolling ? none : integer(site, "linearStepSize", unreadable),
        rolling ? integer(site, "maximumBatchSize", unreadable) : none,
        rolling ? integer(site, "rollbackMaximumBatchSize", unreadable) : none,
        enumConstant(site, "sizeType", unreadable),
        integer(site, "maximumExecutionTimeoutInSeconds", unreadable),
        rolling ? none : integer(site, "terminationWaitInSeconds", unreadable),
        AnnotationValues.strings(site, "rollbackAlarms", unreadable));
  }

}
