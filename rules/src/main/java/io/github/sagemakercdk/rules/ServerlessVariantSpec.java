package io.github.sagemakercdk.rules;

/**
 * What the rules need to know of one serverless production variant, in plain values. A null value is one not
 * given or not known yet (a CDK token): it is not checked.
 *
 * @param variantName the variant's name
 * @param memorySizeInMb the memory of the variant, in MB
 * @param maxConcurrency how many invocations the variant handles at once
 * @param provisionedConcurrency how many of them are kept warm, or null for none
 * @param initialVariantWeight the variant's share of the endpoint's traffic, relative to the other variants
 */
public record ServerlessVariantSpec(String variantName, Number memorySizeInMb, Number maxConcurrency,
    Number provisionedConcurrency, Number initialVariantWeight) {}
