package io.github.sagemakercdk;

import io.github.sagemakercdk.rules.Location;
import io.github.sagemakercdk.rules.Rule;
import java.util.List;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Resource;
import software.amazon.awscdk.ResourceProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.ConnectionsProps;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.UnknownPrincipal;
import software.amazon.awscdk.services.iam.UnknownPrincipalProps;
import software.constructs.Construct;

/** A model defined outside this app, known by its ARN (and optionally its role and security groups). */
final class ImportedModel extends Resource implements IModel {
  private final String modelArn;
  private final String modelName;
  private final IRole role;
  private final IPrincipal grantPrincipal;
  private final Connections connections;

  ImportedModel(Construct scope, String id, ModelAttributes attributes) {
    super(scope, id, ResourceProps.builder().environmentFromArn(attributes.getModelArn()).build());
    this.modelArn = attributes.getModelArn();
    this.modelName = Stack.of(scope).splitArn(modelArn, ArnFormat.SLASH_RESOURCE_NAME).getResourceName();
    this.role = attributes.getRole();
    this.grantPrincipal = role != null
        ? role
        : new UnknownPrincipal(UnknownPrincipalProps.builder().resource(this).build());
    List<ISecurityGroup> securityGroups = attributes.getSecurityGroups();
    this.connections = securityGroups == null
        ? null
        : new Connections(ConnectionsProps.builder().securityGroups(securityGroups).build());
  }

  @Override
  public String getModelArn() {
    return modelArn;
  }

  @Override
  public String getModelName() {
    return modelName;
  }

  @Override
  public IRole getRole() {
    return role;
  }

  @Override
  public IPrincipal getGrantPrincipal() {
    return grantPrincipal;
  }

  @Override
  public Connections getConnections() {
    if (connections == null) {
      throw new IllegalStateException(
          "Model " + getNode().getPath() + ": " + Rule.CONNECTIONS_WITHOUT_VPC.violation(Location.VALUE));
    }
    return connections;
  }

  /** Adds the statement to the imported role; without a known role there is nothing to add it to. */
  @Override
  public void addToRolePolicy(PolicyStatement statement) {
    if (role == null) {
      throw new IllegalStateException(
          "Model " + getNode().getPath() + ": " + Rule.IMPORTED_MODEL_WITHOUT_ROLE.violation(Location.VALUE));
    }
    role.addToPrincipalPolicy(statement);
  }
}
