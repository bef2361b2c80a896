package io.github.sagemakercdk;

import java.util.Objects;

/** How to build an {@link Endpoint}: its endpoint config (required) and, optionally, its name. */
public final class EndpointProps {
  private final IEndpointConfig endpointConfig;
  private final String endpointName;

  private EndpointProps(Builder builder) {
    this.endpointConfig = Objects.requireNonNull(builder.endpointConfig, "EndpointProps: endpointConfig is required");
    this.endpointName = builder.endpointName;
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

  /** Builds {@link EndpointProps}. */
  public static final class Builder {
    private IEndpointConfig endpointConfig;
    private String endpointName;

    private Builder() {}

    public Builder endpointConfig(IEndpointConfig endpointConfig) {
      this.endpointConfig = endpointConfig;
      return this;
    }

    public Builder endpointName(String endpointName) {
      this.endpointName = endpointName;
      return this;
    }

    public EndpointProps build() {
      return new EndpointProps(this);
    }
  }
}
