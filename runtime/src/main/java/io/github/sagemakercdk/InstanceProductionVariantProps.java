package io.github.sagemakercdk;

import java.util.Objects;
import software.amazon.awscdk.Duration;

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
  private final Number volumeSizeInGb;
  private final Duration modelDataDownloadTimeout;
  private final Duration containerStartupHealthCheckTimeout;
  private final ManagedInstanceScaling managedInstanceScaling;
  private final RoutingStrategy routingStrategy;
  private final InferenceAmiVersion inferenceAmiVersion;

  private InstanceProductionVariantProps(Builder builder) {
    this.variantName = Objects.requireNonNull(builder.variantName,
        "InstanceProductionVariantProps: variantName is required (such as \"AllTraffic\")");
    this.model = Objects.requireNonNull(builder.model, "InstanceProductionVariantProps: model is required");
    this.instanceType = builder.instanceType;
    this.initialInstanceCount = builder.initialInstanceCount;
    this.initialVariantWeight = builder.initialVariantWeight;
    this.acceleratorType = builder.acceleratorType;
    this.volumeSizeInGb = builder.volumeSizeInGb;
    this.modelDataDownloadTimeout = builder.modelDataDownloadTimeout;
    this.containerStartupHealthCheckTimeout = builder.containerStartupHealthCheckTimeout;
    this.managedInstanceScaling = builder.managedInstanceScaling;
    this.routingStrategy = builder.routingStrategy;
    this.inferenceAmiVersion = builder.inferenceAmiVersion;
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

  /**
   * The size of the EBS volume attached to each instance, 1 to 512 GB, or null for SageMaker's default. Not on
   * instance types with local NVMe storage (such as ml.g5.*, ml.p4d.*, ml.m5d.*), which have no EBS volume.
   */
  public Number getVolumeSizeInGb() {
    return volumeSizeInGb;
  }

  /**
   * How long SageMaker waits for the model data to download to an instance and unpack, a whole number of 60 to
   * 3600 seconds, or null for SageMaker's default.
   */
  public Duration getModelDataDownloadTimeout() {
    return modelDataDownloadTimeout;
  }

  /**
   * How long SageMaker waits for the container to pass its first health check, a whole number of 60 to 3600
   * seconds, or null for SageMaker's default.
   */
  public Duration getContainerStartupHealthCheckTimeout() {
    return containerStartupHealthCheckTimeout;
  }

  /** The range SageMaker scales the instance count in, or null for none. */
  public ManagedInstanceScaling getManagedInstanceScaling() {
    return managedInstanceScaling;
  }

  /** How the endpoint routes requests to the instances, or null for SageMaker's default routing. */
  public RoutingStrategy getRoutingStrategy() {
    return routingStrategy;
  }

  /** The preconfigured AMI of the instances, or null to let SageMaker choose. */
  public InferenceAmiVersion getInferenceAmiVersion() {
    return inferenceAmiVersion;
  }

  /** Builds {@link InstanceProductionVariantProps}. */
  public static final class Builder {
    private String variantName;
    private IModel model;
    private InstanceType instanceType;
    private Number initialInstanceCount;
    private Number initialVariantWeight;
    private AcceleratorType acceleratorType;
    private Number volumeSizeInGb;
    private Duration modelDataDownloadTimeout;
    private Duration containerStartupHealthCheckTimeout;
    private ManagedInstanceScaling managedInstanceScaling;
    private RoutingStrategy routingStrategy;
    private InferenceAmiVersion inferenceAmiVersion;

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

    public Builder volumeSizeInGb(Number volumeSizeInGb) {
      this.volumeSizeInGb = volumeSizeInGb;
      return this;
    }

    public Builder modelDataDownloadTimeout(Duration modelDataDownloadTimeout) {
      this.modelDataDownloadTimeout = modelDataDownloadTimeout;
      return this;
    }

    public Builder containerStartupHealthCheckTimeout(Duration containerStartupHealthCheckTimeout) {
      this.containerStartupHealthCheckTimeout = containerStartupHealthCheckTimeout;
      return this;
    }

    public Builder managedInstanceScaling(ManagedInstanceScaling managedInstanceScaling) {
      this.managedInstanceScaling = managedInstanceScaling;
      return this;
    }

    public Builder routingStrategy(RoutingStrategy routingStrategy) {
      this.routingStrategy = routingStrategy;
      return this;
    }

    public Builder inferenceAmiVersion(InferenceAmiVersion inferenceAmiVersion) {
      this.inferenceAmiVersion = inferenceAmiVersion;
      return this;
    }

    public InstanceProductionVariantProps build() {
      return new InstanceProductionVariantProps(this);
    }
  }
}
