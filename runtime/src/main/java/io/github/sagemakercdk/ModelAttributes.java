package io.github.sagemakercdk;

import java.util.List;
import java.util.Objects;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.iam.IRole;

/** What is known of a model defined outside this app, for {@link Model#fromModelAttributes}. */
public final class ModelAttributes {
  private final String modelArn;
  private final IRole role;
  private final List<ISecurityGroup> securityGroups;

  private ModelAttributes(Builder builder) {
    this.modelArn = Objects.requireNonNull(builder.modelArn, "ModelAttributes: modelArn is required");
    this.role = builder.role;
    this.securityGroups = builder.securityGroups == null ? null : List.copyOf(builder.securityGroups);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The ARN of the model. */
  public String getModelArn() {
    return modelArn;
  }

  /** The model's execution role, or null: then statements cannot be added to it. */
  public IRole getRole() {
    return role;
  }

  /** The model's security groups when it runs in a VPC, or null: then its connections cannot be managed. */
  public List<ISecurityGroup> getSecurityGroups() {
    return securityGroups;
  }

  /** Builds {@link ModelAttributes}. */
  public static final class Builder {
    private String modelArn;
    private IRole role;
    private List<ISecurityGroup> securityGroups;

    private Builder() {}

    public Builder modelArn(String modelArn) {
      this.modelArn = modelArn;
      return this;
    }

    public Builder role(IRole role) {
      this.role = role;
      return this;
    }

    public Builder securityGroups(List<? extends ISecurityGroup> securityGroups) {
      this.securityGroups = securityGroups == null ? null : List.copyOf(securityGroups);
      return this;
    }

    public ModelAttributes build() {
      return new ModelAttributes(this);
    }
  }
}
