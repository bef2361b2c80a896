package io.github.sagemakercdk;

import java.util.Objects;

/**
 * The serverless production variant of an {@link EndpointConfig}: SageMaker starts compute for the model as
 * requests come in. {@code variantName}, {@code model}, {@code memorySizeInMb} and {@code maxConcurrency} are
 * required.
 */
public final class ServerlessProductionVariantProps {
  private final String variantName;
  private final IModel model;
  private final Number memorySizeInMb;
  private final Number maxConcurrency;
  private final Number provisionedConcurrency;
  private final Number initialVariantWeight;

  private ServerlessProductionVariantProps(Builder builder) {
    String props = "ServerlessProductionVariantProps: ";
    this.variantName = Objects.requireNonNull(builder.variantName,
        props + "variantName is required (such as \"AllTraffic\")");
    this.model = Objects.requireNonNull(builder.model, props + "model is required");
    this.memorySizeInMb = Objects.requireNonNull(builder.memorySizeInMb,
        props + "memorySizeInMb is required (1024 to 6144, in steps of 1024)");
    this.maxConcurrency = Objects.requireNonNull(builder.maxConcurrency,
        props + "maxConcurrency is required (1 to 200)");
    this.provisionedConcurrency = builder.provisionedConcurrency;
    this.initialVariantWeight = builder.initialVariantWeight;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The name of the variant. */
  public String getVariantName() {
    return variantName;
  }

  /** The model the variant serves. */
  public IModel getModel() {
    return model;
  }

  /** The memory of the variant in MB: 1024, 2048, 3072, 4096, 5120 or 6144. */
  public Number getMemorySizeInMb() {
    return memorySizeInMb;
  }

  /** How many invocations the variant handles at once: 1 to 200. */
  public Number getMaxConcurrency() {
    return maxConcurrency;
  }

  /** How many concurrent invocations are kept warm (1 to 200, at most maxConcurrency), or null for none. */
  public Number getProvisionedConcurrency() {
    return provisionedConcurrency;
  }

  /** The variant's share of the endpoint's traffic, or null for 1.0. */
  public Number getInitialVariantWeight() {
    return initialVariantWeight;
  }

  /** Builds {@link ServerlessProductionVariantProps}. */
  public static final class Builder {
    private String variantName;
    private IModel model;
    private Number memorySizeInMb;
    private Number maxConcurrency;
    private Number provisionedConcurrency;
    private Number initialVariantWeight;

    private Builder() {}

    public Builder variantName(String variantName) {
      this.variantName = variantName;
      return this;
    }

    public Builder model(IModel model) {
      this.model = model;
      return this;
    }

    public Builder memorySizeInMb(Number memorySizeInMb) {
      this.memorySizeInMb = memorySizeInMb;
      return this;
    }

    public Builder maxConcurrency(Number maxConcurrency) {
      this.maxConcurrency = maxConcurrency;
      return this;
    }

    public Builder provisionedConcurrency(Number provisionedConcurrency) {
      this.provisionedConcurrency = provisionedConcurrency;
      return this;
    }

    public Builder initialVariantWeight(Number initialVariantWeight) {
      this.initialVariantWeight = initialVariantWeight;
      return this;
    }

    public ServerlessProductionVariantProps build() {
      return new ServerlessProductionVariantProps(this);
    }
  }
}
