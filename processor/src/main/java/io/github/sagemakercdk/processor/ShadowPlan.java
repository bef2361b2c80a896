package io.github.sagemakercdk.processor;

/**
 * The shadow variant of the generated endpoint config, every check passed.
 *
 * @param model the shadow model, planned from its own class (its containers, role, placement and tags)
 */
record ShadowPlan(StackPlan model, String variantName, String instanceType, int initialInstanceCount,
    double samplingWeight) {}
