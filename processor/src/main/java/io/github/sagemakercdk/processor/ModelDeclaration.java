package io.github.sagemakercdk.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A class with {@code @SageMakerModel} and/or {@code @Container}s, as written.
 *
 * @param type the class
 * @param modelSite the {@code @SageMakerModel} annotation, or null when the class has none
 * @param name the physical model name, empty when not given
 * @param networkIsolation whether network isolation was asked for
 * @param containers the {@code @Container}s in declaration order
 * @param directInvocation whether the containers are invoked directly, by hostname (false without
 *     {@code @SageMakerModel})
 * @param settings role, placement, tags, account and region; null when the class has no {@code @SageMakerModel}
 * @param unreadable values the compiler could not evaluate (it reports why); the class is not validated
 */
record ModelDeclaration(
    TypeElement type,
    Site modelSite,
    AnnotatedValue<String> name,
    AnnotatedValue<Boolean> networkIsolation,
    List<ContainerDeclaration> containers,
    AnnotatedValue<Boolean> directInvocation,
    ModelSettings settings,
    List<Site> unreadable) {

  ModelDeclaration {
    containers = List.copyOf(containers);
    unreadable = List.copyOf(unreadable);
  }

  boolean hasModelAnnotation() {
    return modelSite != null;
  }

  /**
   * The site for problems of the model as a whole: its {@code @SageMakerModel}; without one, the first
   * {@code @Container} (so that the problem still stands on an annotation, not on the class); else the class.
   */
  Site wholeModelSite() {
    if (modelSite != null) {
      return modelSite;
    }
    return containers.isEmpty() ? Site.of(type) : containers.get(0).site();
  }
}
