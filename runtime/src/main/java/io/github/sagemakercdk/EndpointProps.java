package io.github.sagemakercdk;

import java.util.Objects;

/**
 * How to build an {@link Endpoint}: its endpoint config (required) and, optionally, its name and how it is updated
 * (a guarded deployment).
 */
public final class EndpointProps {
  private final IEndpointConfig endpointConfig;
  private final String endpointName;
  private final DeploymentConfig deploymentConfig;

  private EndpointProps(Builder builder) {
    this.endpointConfig = Objects.requireNonNull(builder.endpointConfig, "EndpointProps: endpointConfig is required");
    this.endpointName = builder.endpointName;
    this.deploymentConfig = builder.deploymentConfig;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The endpoint config the endpoint serves. */
  public IEndpointConfig getEndpointConfig() {
    return endpointConfig;
  }

  /** The physical name of the endpoint, or null to let CloudFormation name it. */
  public String getEndpointName() {
    return endpointName;
  }

  /** How SageMaker updates the endpoint to a new config (a guarded deployment), or null for its default. */
  public DeploymentConfig getDeploymentConfig() {
    return deploymentConfig;
  }

  /** Builds {@link EndpointProps}. */
  public static final class Builder {
    private IEndpointConfig endpointConfig;
    private String endpointName;
    private DeploymentConfig deploymentConfig;

    private Builder() {}

    public Builder endpointConfig(IEndpointConfig endpointConfig) {
      this.endpointConfig = endpointConfig;
      return this;
    }

    public Builder endpointName(String endpointName) {
      this.endpointName = endpointName;
      return this;
    }

    public Builder deploymentConfig(DeploymentConfig deploymentConfig) {
      this.deploymentConfig = deploymentConfig;
      return this;
    }

    public EndpointProps build() {
      return new EndpointProps(this);
    }
  }
}
