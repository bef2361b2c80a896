package io.github.sagemakercdk.processor;

import javax.lang.model.element.TypeElement;

/**
 * Everything a host's stack is written from: an {@code @InferenceComponentEndpoint} that passed every check.
 *
 * @param origin the annotated class
 * @param packageName its package, and the stack's
 * @param endpointName the endpoint's physical name, also the name of the role the stack creates
 * @param instanceType the instances' type
 * @param initialInstanceCount how many instances the endpoint starts with
 * @param minInstanceCount the fewest instances of managed instance scaling (with maxInstanceCount)
 * @param maxInstanceCount the most instances of managed instance scaling, or 0 for none
 * @param routingStrategy how requests are routed, or empty for SageMaker's default
 * @param variantName the one variant's name
 * @param role an existing execution role's ARN, or empty for one the stack creates
 */
record HostPlan(TypeElement origin, String packageName, String endpointName, String instanceType,
    int initialInstanceCount, int minInstanceCount, int maxInstanceCount, String routingStrategy, String variantName,
    String role) {

  String stackClassName() {
    return StackPlan.stackClassName(origin);
  }
}
