package io.github.sagemakercdk;

import java.util.Objects;

/**
 * A production variant that hosts inference components: a fleet of ML instances that names no model. Each
 * {@link InferenceComponent} placed on it takes CPU cores, accelerators and memory of its instances for its model's
 * copies. {@code variantName} and {@code instanceType} are required.
 */
public final class ComponentHostVariantProps {
  private final String variantName;
  private final InstanceType instanceType;
  private final Number initialInstanceCount;
  private final ManagedInstanceScaling managedInstanceScaling;
  private final RoutingStrategy routingStrategy;

  private ComponentHostVariantProps(Builder builder) {
    this.variantName = Objects.requireNonNull(builder.variantName,
        "ComponentHostVariantProps: variantName is required (such as \"AllTraffic\")");
    this.instanceType = Objects.requireNonNull(builder.instanceType,
        "ComponentHostVariantProps: instanceType is required (such as InstanceType.G5_12XLARGE)");
    this.initialInstanceCount = builder.initialInstanceCount;
    this.managedInstanceScaling = builder.managedInstanceScaling;
    this.routingStrategy = builder.routingStrategy;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The name of the variant, unique in its endpoint config; components name it to be placed on it. */
  public String getVariantName() {
    return variantName;
  }

  /** The ML instance type the components share. */
  public InstanceType getInstanceType() {
    return instanceType;
  }

  /** How many instances the variant starts with, or null for 1. */
  public Number getInitialInstanceCount() {
    return initialInstanceCount;
  }

  /**
   * The range SageMaker scales the instances in as the components' copies need them, or null for a fixed count: 0 to
   * the most instances (an endpoint that hosts components may scale in to none), the initial count within it.
   */
  public ManagedInstanceScaling getManagedInstanceScaling() {
    return managedInstanceScaling;
  }

  /** How requests are routed to the instances, or null for SageMaker's default (at random). */
  public RoutingStrategy getRoutingStrategy() {
    return routingStrategy;
  }

  /** Builds {@link ComponentHostVariantProps}. */
  public static final class Builder {
    private String variantName;
    private InstanceType instanceType;
    private Number initialInstanceCount;
    private ManagedInstanceScaling managedInstanceScaling;
    private RoutingStrategy routingStrategy;

    private Builder() {}

    public Builder variantName(String variantName) {
      this.variantName = variantName;
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

    public Builder managedInstanceScaling(ManagedInstanceScaling managedInstanceScaling) {
      this.managedInstanceScaling = managedInstanceScaling;
      return this;
    }

    public Builder routingStrategy(RoutingStrategy routingStrategy) {
      this.routingStrategy = routingStrategy;
      return this;
    }

    public ComponentHostVariantProps build() {
      return new ComponentHostVariantProps(this);
    }
  }
}
