package io.github.sagemakercdk;

import java.util.Objects;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.iam.IRole;

/**
 * How to build an {@link InferenceComponent}: which model, on which endpoint's host variant, with what resources per
 * copy and how many copies. {@code endpoint}, {@code model} and {@code computeResourceRequirements} are required.
 */
public final class InferenceComponentProps {
  private final IEndpoint endpoint;
  private final IModel model;
  private final ComputeResourceRequirements computeResourceRequirements;
  private final String variantName;
  private final String inferenceComponentName;
  private final Number copyCount;
  private final Duration modelDataDownloadTimeout;
  private final Duration containerStartupHealthCheckTimeout;
  private final IRole hostExecutionRole;

  private InferenceComponentProps(Builder builder) {
    this.endpoint = Objects.requireNonNull(builder.endpoint, "InferenceComponentProps: endpoint is required");
    this.model = Objects.requireNonNull(builder.model, "InferenceComponentProps: model is required");
    this.computeResourceRequirements = Objects.requireNonNull(builder.computeResourceRequirements,
        "InferenceComponentProps: computeResourceRequirements is required (minMemoryRequiredInMb at least)");
    this.variantName = builder.variantName;
    this.inferenceComponentName = builder.inferenceComponentName;
    this.copyCount = builder.copyCount;
    this.modelDataDownloadTimeout = builder.modelDataDownloadTimeout;
    this.containerStartupHealthCheckTimeout = builder.containerStartupHealthCheckTimeout;
    this.hostExecutionRole = builder.hostExecutionRole;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The endpoint the component is placed on; its config hosts inference components. */
  public IEndpoint getEndpoint() {
    return endpoint;
  }

  /** The model the component runs copies of. */
  public IModel getModel() {
    return model;
  }

  /** What one copy takes of an instance. */
  public ComputeResourceRequirements getComputeResourceRequirements() {
    return computeResourceRequirements;
  }

  /** The host variant's name, or null for {@code AllTraffic}. */
  public String getVariantName() {
    return variantName;
  }

  /** The physical name of the component, or null to let CloudFormation name it. */
  public String getInferenceComponentName() {
    return inferenceComponentName;
  }

  /** How many copies of the model run at first, or null for 1 (0 is valid: a component may wait with no copy). */
  public Number getCopyCount() {
    return copyCount;
  }

  /** How long SageMaker may take to download the model's data onto an instance, or null for SageMaker's default. */
  public Duration getModelDataDownloadTimeout() {
    return modelDataDownloadTimeout;
  }

  /** How long a copy's container may take to pass its health check, or null for SageMaker's default. */
  public Duration getContainerStartupHealthCheckTimeout() {
    return containerStartupHealthCheckTimeout;
  }

  /**
   * The execution role of the endpoint's config, for an endpoint not defined in this app (imported by name or ARN):
   * it gets the model's images and data. Null with an endpoint of this app (its config's role is known), or when the
   * imported endpoint's role already allows them.
   */
  public IRole getHostExecutionRole() {
    return hostExecutionRole;
  }

  /** Builds {@link InferenceComponentProps}. */
  public static final class Builder {
    private IEndpoint endpoint;
    private IModel model;
    private ComputeResourceRequirements computeResourceRequirements;
    private String variantName;
    private String inferenceComponentName;
    private Number copyCount;
    private Duration modelDataDownloadTimeout;
    private Duration containerStartupHealthCheckTimeout;
    private IRole hostExecutionRole;

    private Builder() {}

    public Builder endpoint(IEndpoint endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    public Builder model(IModel model) {
      this.model = model;
      return this;
    }

    public Builder computeResourceRequirements(ComputeResourceRequirements computeResourceRequirements) {
      this.computeResourceRequirements = computeResourceRequirements;
      return this;
    }

    public Builder variantName(String variantName) {
      this.variantName = variantName;
      return this;
    }

    public Builder inferenceComponentName(String inferenceComponentName) {
      this.inferenceComponentName = inferenceComponentName;
      return this;
    }

    public Builder copyCount(Number copyCount) {
      this.copyCount = copyCount;
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

    public Builder hostExecutionRole(IRole hostExecutionRole) {
      this.hostExecutionRole = hostExecutionRole;
      return this;
    }

    public InferenceComponentProps build() {
      return new InferenceComponentProps(this);
    }
  }
}
