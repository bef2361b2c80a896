package io.github.sagemakercdk;

import java.util.Objects;

/** What is known of an endpoint defined outside this app, for {@link Endpoint#fromEndpointAttributes}. */
public final class EndpointAttributes {
  private final String endpointArn;

  private EndpointAttributes(Builder builder) {
    this.endpointArn = Objects.requireNonNull(builder.endpointArn, "EndpointAttributes: endpointArn is required");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The ARN of the endpoint. */
  public String getEndpointArn() {
    return endpointArn;
  }

  /** Builds {@link EndpointAttributes}. */
  public static final class Builder {
    private String endpointArn;

    private Builder() {}

    public Builder endpointArn(String endpointArn) {
      this.endpointArn = endpointArn;
      return this;
    }

    public EndpointAttributes build() {
      return new EndpointAttributes(this);
    }
  }
}
