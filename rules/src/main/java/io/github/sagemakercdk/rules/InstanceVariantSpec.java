package io.github.sagemakercdk.rules;

/**
 * What the rules need to know of one instance production variant, in plain values. A null value is one not
 * given (SageMaker's default applies) or not known yet (a CDK token): either way it is not checked.
 *
 * @param variantName the variant's name
 * @param instanceType the ML instance type, such as {@code ml.m5.large}
 * @param initialInstanceCount how many instances the variant starts with
 * @param initialVariantWeight the variant's share of the endpoint's traffic, relative to the other variants
 * @param acceleratorType the Elastic Inference accelerator, such as {@code ml.eia2.medium}, or null for none
 */
public record InstanceVariantSpec(String variantName, String instanceType, Number initialInstanceCount,
    Number initialVariantWeight, String acceleratorType) {}
