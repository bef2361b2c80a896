package io.github.sagemakercdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.iam.IRole;

/** How to build a {@link Model}. Every property is optional; a model needs at least one container by synth time. */
public final class ModelProps {
  private final List<ContainerDefinition> containers;
  private final String modelName;
  private final IRole role;
  private final IVpc vpc;
  private final SubnetSelection vpcSubnets;
  private final List<ISecurityGroup> securityGroups;
  private final Boolean allowAllOutbound;
  private final Boolean networkIsolation;
  private final InferenceExecutionMode inferenceExecutionMode;

  private ModelProps(Builder builder) {
    this.containers = copy(builder.containers);
    this.modelName = builder.modelName;
    this.role = builder.role;
    this.vpc = builder.vpc;
    this.vpcSubnets = builder.vpcSubnets;
    this.securityGroups = copy(builder.securityGroups);
    this.allowAllOutbound = builder.allowAllOutbound;
    this.networkIsolation = builder.networkIsolation;
    this.inferenceExecutionMode = builder.inferenceExecutionMode;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A copy that, unlike List.copyOf, keeps null elements: the model reports them with their position. */
  private static <T> List<T> copy(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** The containers: one is the primary container, several form an inference pipeline in this order. */
  public List<ContainerDefinition> getContainers() {
    return containers;
  }

  /** The physical name of the model, or null to let CloudFormation name it. */
  public String getModelName() {
    return modelName;
  }

  /** The execution role SageMaker assumes, or null for a new role that only gets what the containers need. */
  public IRole getRole() {
    return role;
  }

  /** The VPC to run the containers in, or null. */
  public IVpc getVpc() {
    return vpc;
  }

  /** Which subnets of {@link #getVpc()} to use, or null for the VPC's default selection. */
  public SubnetSelection getVpcSubnets() {
    return vpcSubnets;
  }

  /** The security groups of the model in its VPC, or null for a new one. */
  public List<ISecurityGroup> getSecurityGroups() {
    return securityGroups;
  }

  /** Whether the new security group allows all outbound traffic (default true); only with a VPC. */
  public Boolean getAllowAllOutbound() {
    return allowAllOutbound;
  }

  /** Whether the containers are cut off from the network (default false). */
  public Boolean getNetworkIsolation() {
    return networkIsolation;
  }

  /**
   * How the containers are invoked: {@link InferenceExecutionMode#DIRECT} lets a caller invoke one container by
   * its hostname; null (CloudFormation's default, {@link InferenceExecutionMode#SERIAL}) runs them as a pipeline.
   */
  public InferenceExecutionMode getInferenceExecutionMode() {
    return inferenceExecutionMode;
  }

  /** Builds {@link ModelProps}. */
  public static final class Builder {
    private List<ContainerDefinition> containers;
    private String modelName;
    private IRole role;
    private IVpc vpc;
    private SubnetSelection vpcSubnets;
    private List<ISecurityGroup> securityGroups;
    private Boolean allowAllOutbound;
    private Boolean networkIsolation;
    private InferenceExecutionMode inferenceExecutionMode;

    private Builder() {}

    public Builder containers(List<ContainerDefinition> containers) {
      this.containers = containers == null ? null : new ArrayList<>(containers);
      return this;
    }

    public Builder modelName(String modelName) {
      this.modelName = modelName;
      return this;
    }

    public Builder role(IRole role) {
      this.role = role;
      return this;
    }

    public Builder vpc(IVpc vpc) {
      this.vpc = vpc;
      return this;
    }

    public Builder vpcSubnets(SubnetSelection vpcSubnets) {
      this.vpcSubnets = vpcSubnets;
      return this;
    }

    public Builder securityGroups(List<? extends ISecurityGroup> securityGroups) {
      this.securityGroups = securityGroups == null ? null : new ArrayList<>(securityGroups);
      return this;
    }

    public Builder allowAllOutbound(Boolean allowAllOutbound) {
      this.allowAllOutbound = allowAllOutbound;
      return this;
    }

    public Builder networkIsolation(Boolean networkIsolation) {
      this.networkIsolation = networkIsolation;
      return this;
    }

    public Builder inferenceExecutionMode(InferenceExecutionMode inferenceExecutionMode) {
      this.inferenceExecutionMode = inferenceExecutionMode;
      return this;
    }

    public ModelProps build() {
      return new ModelProps(this);
    }
  }
}
