package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.ModelGrants;
import io.github.sagemakercdk.internal.RuntimeRule;
import io.github.sagemakercdk.internal.Subject;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.HostingFeature;
import java.util.EnumSet;
import java.util.Set;
import software.amazon.awscdk.Resource;
import software.amazon.awscdk.ResourceProps;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.Construct;

/**
 * What a {@link Model} and an imported model ({@link Model#fromModelAttributes}) have in common, as aws-cdk-lib's
 * {@code BucketBase} is for buckets: the role, the principal grants go to, the connections, and adding to the
 * role's policy. Each subclass says how it knows its ARN and name.
 */
public abstract class ModelBase extends Resource implements IModel {
  private IRole role;
  private IPrincipal grantPrincipal;
  private Connections connections;
  private ModelGrants grants;

  ModelBase(Construct scope, String id, ResourceProps props) {
    super(scope, id, props);
  }

  /** Set once by the subclass's constructor: the role (null when unknown) and who grants go to. */
  final void setRole(IRole role, IPrincipal grantPrincipal) {
    this.role = role;
    this.grantPrincipal = grantPrincipal;
  }

  /** Set once by the subclass's constructor: the model's security groups, or null outside a VPC. */
  final void setConnections(Connections connections) {
    this.connections = connections;
  }

  /**
   * What the model brings to its hosting, as the exclusion table reads it: a VPC (for an import: security groups);
   * a model of this library adds network isolation, its containers, multi-model and Direct invocation.
   */
  Set<HostingFeature> hostingFeatures() {
    Set<HostingFeature> features = EnumSet.noneOf(HostingFeature.class);
    if (connections != null) {
      features.add(HostingFeature.VPC);
    }
    return features;
  }

  /** The execution role SageMaker assumes for this model, or null for an imported model whose role is unknown. */
  @Override
  public IRole getRole() {
    return role;
  }

  @Override
  public IPrincipal getGrantPrincipal() {
    return grantPrincipal;
  }

  /**
   * The model's security groups, to allow traffic to and from it.
   *
   * @throws IllegalStateException for a model not in a VPC (an imported model: without security groups)
   */
  @Override
  public Connections getConnections() {
    if (connections == null) {
      throw Violations.illegalState(subject(), RuntimeRule.CONNECTIONS_WITHOUT_VPC);
    }
    return connections;
  }

  /**
   * Adds {@code statement} to the policy of the model's role.
   *
   * @throws IllegalStateException for an imported model whose role is not known
   */
  @Override
  public void addToRolePolicy(PolicyStatement statement) {
    if (role == null) {
      throw Violations.illegalState(subject(), RuntimeRule.IMPORTED_MODEL_WITHOUT_ROLE);
    }
    role.addToPrincipalPolicy(statement);
    rolePolicyChanged();
  }

  /** Called after a statement went to the role's policy; a model that waits for its role's policies looks again. */
  void rolePolicyChanged() {}

  /** The model's security groups, or null outside a VPC. */
  final Connections connectionsOrNull() {
    return connections;
  }

  /** What images and model data grant this model: one per model, so what it has granted is known once. */
  final ModelGrants grants() {
    if (grants == null) {
      grants = new ModelGrants(grantPrincipal);
    }
    return grants;
  }

  /** The grants to {@code model}: its own when it is one of this library's, else a new one for its principal. */
  static ModelGrants grantsOf(IModel model) {
    return model instanceof ModelBase base ? base.grants() : new ModelGrants(model.getGrantPrincipal());
  }

  /** "Model path/of/model": how messages name this model. */
  final String subject() {
    return Subject.MODEL.of(this);
  }
}
