package io.github.sagemakercdk;

import java.util.Objects;

/**
 * An instance production variant of an {@link EndpointConfig}: a model served by a fleet of ML instances.
 * {@code variantName} and {@code model} are required.
 */
public final class InstanceProductionVariantProps {
  private final String variantName;
  private final IModel model;
  private final InstanceType instanceType;
  private final Number initialInstanceCount;
  private final Number initialVariantWeight;
  private final AcceleratorType acceleratorType;

  private InstanceProductionVariantProps(Builder builder) {
    this.variantName = Objects.requireNonNull(builder.variantName,
        "InstanceProductionVariantProps: variantName is required (such as \"AllTraffic\")");
    this.model = Objects.requireNonNull(builder.model, "InstanceProductionVariantProps: model is required");
    this.instanceType = builder.instanceType;
    this.initialInstanceCount = builder.initialInstanceCount;
    this.initialVariantWeight = builder.initialVariantWeight;
    this.acceleratorType = builder.acceleratorType;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The name of the variant, unique in its endpoint config. */
  public String getVariantName() {
    return variantName;
  }

  /** The model the variant serves. */
  public IModel getModel() {
    return model;
  }

  /** The ML instance type, or null for {@link InstanceType#T2_MEDIUM} (the official library's default). */
  public InstanceType getInstanceType() {
    return instanceType;
  }

  /** How many instances the variant starts with, or null for 1. */
  public Number getInitialInstanceCount() {
    return initialInstanceCount;
  }

  /** The variant's share of the endpoint's traffic, relative to the other variants, or null for 1.0. */
  public Number getInitialVariantWeight() {
    return initialVariantWeight;
  }

  /**
   * The Elastic Inference accelerator, or null for none. Kept for the official library's API, but Elastic
   * Inference is discontinued and CloudFormation no longer takes it: a variant with one is rejected
   * ([SM-ACCELERATOR-DISCONTINUED]).
   */
  public AcceleratorType getAcceleratorType() {
    return acceleratorType;
  }

  /** Builds {@link InstanceProductionVariantProps}. */
  public static final class Builder {
    private String variantName;
    private IModel model;
    private InstanceType instanceType;
    private Number initialInstanceCount;
    private Number initialVariantWeight;
    private AcceleratorType acceleratorType;

    private Builder() {}

    public Builder variantName(String variantName) {
      this.variantName = variantName;
      return this;
    }

    public Builder model(IModel model) {
      this.model = model;
      return this;
    }

    public Builder instanceType(InstanceType instanceType) {
      this.instanceType = instanceType;
      return this;
    }

    public Builder initialInstanceCount(Number initialInstanceCount) {
      this.initialInstanceCount = initialInstanceCount;
      return this;
    }

    public Builder initialVariantWeight(Number initialVariantWeight) {
      this.initialVariantWeight = initialVariantWeight;
      return this;
    }

    public Builder acceleratorType(AcceleratorType acceleratorType) {
      this.acceleratorType = acceleratorType;
      return this;
    }

    public InstanceProductionVariantProps build() {
      return new InstanceProductionVariantProps(this);
    }
  }
}
