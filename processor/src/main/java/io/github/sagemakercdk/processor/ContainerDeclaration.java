package io.github.sagemakercdk.processor;

import java.util.List;

/**
 * One {@code @Container} as written: plain values, each with its site.
 *
 * @param occurrence the index of this {@code @Container} among the class's, in source order
 * @param site the annotation itself
 * @param image the image reference
 * @param modelData the model data reference, empty when not given
 * @param hostname the hostname, empty when not given
 * @param environmentSite the {@code environment} attribute as a whole
 * @param environment the {@code environment} entries, in declaration order, as written ({@code NAME=value})
 * @param order the pipeline position, 0 when not given
 * @param modelDataKmsKey the ARN of the model data's KMS key, empty when not given
 * @param multiModel whether it is a multi-model container
 * @param acceptEula whether the model data's end-user license agreement is accepted
 * @param packageImage with a {@code model-package:} image, the package's image reference, empty when not given
 * @param packageModelData with a {@code model-package:} image, the package's model data, empty when not given
 */
record ContainerDeclaration(
    int occurrence,
    Site site,
    AnnotatedValue<String> image,
    AnnotatedValue<String> modelData,
    AnnotatedValue<String> hostname,
    Site environmentSite,
    List<AnnotatedValue<String>> environment,
    AnnotatedValue<Integer> order,
    AnnotatedValue<String> modelDataKmsKey,
    AnnotatedValue<Boolean> multiModel,
    AnnotatedValue<Boolean> acceptEula,
    AnnotatedValue<String> packageImage,
    AnnotatedValue<String> packageModelData) {

  ContainerDeclaration {
    environment = List.copyOf(environment);
  }

  /** The 1-based position in declaration order, as messages name containers. */
  int number() {
    return occurrence + 1;
  }
}
