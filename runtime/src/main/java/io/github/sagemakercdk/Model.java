package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.Subject;
import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.EcrRules;
import io.github.sagemakercdk.rules.HostingFeature;
import io.github.sagemakercdk.rules.ModelPackageRules;
import io.github.sagemakercdk.rules.S3Rules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.IListProducer;
import software.amazon.awscdk.IResolvable;
import software.amazon.awscdk.IResolveContext;
import software.amazon.awscdk.Lazy;
import software.amazon.awscdk.ResourceProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.ConnectionsProps;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.iam.UnknownPrincipal;
import software.amazon.awscdk.services.iam.UnknownPrincipalProps;
import software.amazon.awscdk.services.sagemaker.CfnModel;
import software.constructs.Construct;
import software.constructs.IConstruct;
import software.constructs.IValidation;
import software.constructs.Node;

/**
 * A SageMaker model: one primary container, or an inference pipeline of up to 15 containers run in order.
 *
 * <p>The execution role (a new one unless given) gets exactly what the containers need: pull access to each
 * image's repository, read access to each model archive, writing logs and metrics to SageMaker's endpoint log
 * groups and metric namespace when hosted, and, in a VPC, the network permissions SageMaker uses to place the
 * model there. Every rule SageMaker enforces on the model is checked as soon as its input is known,
 * and again when the app is synthesized, with errors that name this construct's path and the rule.
 */
public class Model extends ModelBase {
  static final String SAGEMAKER_SERVICE = "sagemaker.amazonaws.com";

  private final String physicalName;
  private final boolean networkIsolation;
  private final boolean direct;
  /** Made on first use: most models never hand them out, and each costs jsii round trips. */
  private String modelArn;
  private String modelName;
  private boolean validatesAtSynth;
  private final List<String> subnetIds;
  private final CfnModel resource;
  /** The resource's node, asked for once: every getNode() is a jsii round trip. */
  private Node resourceNode;
  /**
   * The role's policies the model waits for (CloudFormation must attach them before it creates the model). By
   * identity: jsii hands out one Java object per construct, so no round trip for its address is needed.
   */
  private final Set<IConstruct> rolePolicies = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<ContainerDefinition> containers = new ArrayList<>();
  private final List<CfnModel.ContainerDefinitionProperty> rendered = new ArrayList<>();

  /** Imports the model with this ARN. */
  public static IModel fromModelArn(Construct scope, String id, String modelArn) {
    return fromModelAttributes(scope, id, ModelAttributes.builder().modelArn(modelArn).build());
  }

  /** Imports the model with this name, in the account and region of {@code scope}'s stack. */
  public static IModel fromModelName(Construct scope, String id, String modelName) {
    String modelArn = Stack.of(scope).formatArn(ArnComponents.builder()
        .service("sagemaker").resource("model").resourceName(modelName).build());
    return fromModelArn(scope, id, modelArn);
  }

  /** Imports a model from its ARN and, when known, its role and security groups. */
  public static IModel fromModelAttributes(Construct scope, String id, ModelAttributes attributes) {
    return new Import(scope, id, attributes);
  }

  /** A model whose containers are all added later with {@link #addContainer}. */
  public Model(Construct scope, String id) {
    this(scope, id, null);
  }

  public Model(Construct scope, String id, ModelProps props) {
    // Everything that can be checked before anything is created, so a bad model fails at this line.
    super(scope, id, ModelChecks.beforeCreation(scope, id, props));
    ModelProps given = props == null ? ModelProps.builder().build() : props;
    this.physicalName = given.getModelName();
    this.networkIsolation = Boolean.TRUE.equals(given.getNetworkIsolation());
    this.direct = ModelChecks.isDirect(given);
    List<ContainerDefinition> initial = given.getContainers() == null ? List.of() : given.getContainers();
    // Placed in a VPC, in subnets given by ID (checked before creation), or in neither.
    SubnetPlacement byId = given.getVpc() == null ? SubnetPlacement.of(() -> subject(), given) : null;
    Connections connections = given.getVpc() != null ? connections(given)
        : byId != null ? new Connections(ConnectionsProps.builder().securityGroups(byId.securityGroups()).build())
        : null;
    setConnections(connections);
    this.subnetIds = given.getVpc() != null ? ModelChecks.subnetIds(given) : byId != null ? byId.subnetIds() : null;
    boolean ownRole = given.getRole() == null;
    IRole role = ownRole
        ? Role.Builder.create(this, "Role").assumedBy(new ServicePrincipal(SAGEMAKER_SERVICE)).build()
        : given.getRole();
    setRole(role, role);
    if (ownRole) {
      grants().principalIsNew();
    }
    // The grants' cdk-nag suppressions go onto the role's policy in one metadata write, after all grants.
    grants().deferSuppressions();
    try {
      grants().writeLogsAndMetrics(getStack());
      if (given.getVpc() != null) {
        grants().placeInVpc(given.getVpc(), subnetIds, getStack());
      } else if (byId != null) {
        byId.acknowledgeRouteTables(given.getVpcSubnets().getSubnets());
        grants().placeInSubnets(subnetIds, () -> securityGroupIds(connections), getStack());
      }

      // The initial containers go into the resource's properties when it is created, not one update each.
      for (ContainerDefinition container : initial) {
        add(container);
      }
      this.resource = CfnModel.Builder.create(this, "Model")
          .executionRoleArn(role.getRoleArn())
          .modelName(physicalNameOfResource())
          .primaryContainer(rendered.size() == 1 ? rendered.get(0) : null)
          .containers(rendered.size() > 1 ? new ArrayList<Object>(rendered) : null)
          .enableNetworkIsolation(given.getNetworkIsolation())
          .inferenceExecutionConfig(given.getInferenceExecutionMode() == null ? null
              : CfnModel.InferenceExecutionConfigProperty.builder()
                  .mode(given.getInferenceExecutionMode().toString()).build())
          .vpcConfig(connections == null ? (CfnModel.VpcConfigProperty) null : CfnModel.VpcConfigProperty.builder()
              .subnets(subnetIds)
              .securityGroupIds(Lazy.uncachedList(new SecurityGroupIds(connections)))
              .build())
          .build();

      // SageMaker checks at CreateModel that the role can reach the images and the model data, and CloudFormation
      // attaches the role's policies as separate resources: create the model after them. (The role itself is
      // already ordered first by the model's reference to its ARN.) A role made just now has no policy but the
      // one the grants went to; a given one may have more.
      dependOnRolePolicies(ownRole);
    } finally {
      grants().writeSuppressions();
    }
    // The constructor has checked the initial containers: synth checks again only what can change after it
    // (and Direct invocation's container count, which a model may reach by addContainer).
    if (initial.isEmpty() || connections != null || direct) {
      validateAtSynth();
    }
  }

  private void validateAtSynth() {
    if (!validatesAtSynth) {
      validatesAtSynth = true;
      getNode().addValidation(new SynthValidation());
    }
  }

  /**
   * Adds a container at the end of the pipeline. A model with one container renders it as the primary
   * container; with more, as the pipeline's containers in the order they were added.
   */
  public void addContainer(ContainerDefinition container) {
    if (container == null) {
      throw new IllegalArgumentException(subject() + ": addContainer needs a ContainerDefinition");
    }
    List<ContainerDefinition> next = new ArrayList<>(containers);
    next.add(container);
    Violations.of(ModelChecks.modelRules(physicalName, next, direct, false)).throwIfAny(subject());
    grants().deferSuppressions();
    try {
      add(container);
    } finally {
      grants().writeSuppressions();
    }
    applyContainers();
    dependOnRolePolicies(false);
    validateAtSynth();
  }

  @Override
  public String getModelArn() {
    if (modelArn == null) {
      modelArn = getResourceArnAttribute(resource.getRef(), ArnComponents.builder()
          .service("sagemaker").resource("model").resourceName(physicalNameOfResource()).build());
    }
    return modelArn;
  }

  @Override
  public String getModelName() {
    if (modelName == null) {
      modelName = getResourceNameAttribute(resource.getAttrModelName());
    }
    return modelName;
  }

  @Override
  Set<HostingFeature> hostingFeatures() {
    Set<HostingFeature> features = super.hostingFeatures();
    features.addAll(ModelChecks.containerFeatures(containers, direct));
    if (networkIsolation) {
      features.add(HostingFeature.NETWORK_ISOLATION);
    }
    return features;
  }

  @Override
  void rolePolicyChanged() {
    dependOnRolePolicies(false);
  }

  /**
   * The Resource's physical name as aws-cdk-lib holds it: the given name itself (no round trip to ask), unless it
   * is a token such as {@code PhysicalName.GENERATE_IF_NEEDED}, which the Resource replaces by one of its own.
   */
  private String physicalNameOfResource() {
    return Tokens.isUnresolved(physicalName) ? getPhysicalName() : physicalName;
  }

  /**
   * Adds the role's policies to those the model waits for, including any a grant has just created. With
   * {@code onlyGrantsPolicy}, the role is the model's own and only its grants have added to it so far: its one
   * policy is the one they went to, found without listing the role's children.
   */
  private void dependOnRolePolicies(boolean onlyGrantsPolicy) {
    Iterable<IConstruct> candidates = onlyGrantsPolicy
        ? (grants().principalPolicy() == null ? List.of() : List.of(grants().principalPolicy()))
        : getRole().getNode().getChildren();
    for (IConstruct child : candidates) {
      if (child instanceof Policy && rolePolicies.add(child)) {
        if (resourceNode == null) {
          resourceNode = resource.getNode();
        }
        resourceNode.addDependency(child);
      }
    }
  }

  private void add(ContainerDefinition container) {
    int number = containers.size() + 1;
    CfnModel.ContainerDefinitionProperty property = render(container, number);
    containers.add(container);
    rendered.add(property);
  }

  /** Puts the containers so far into the resource: once per addContainer, not per container. */
  private void applyContainers() {
    if (rendered.size() == 1) {
      resource.setPrimaryContainer(rendered.get(0));
      resource.setContainers((IResolvable) null);
    } else {
      resource.setPrimaryContainer((IResolvable) null);
      resource.setContainers(new ArrayList<Object>(rendered));
    }
  }

  private CfnModel.ContainerDefinitionProperty render(ContainerDefinition container, int number) {
    // The message subject costs jsii round trips (the construct path): built only for an error.
    Supplier<String> where = () -> Subject.container(subject(), number);
    if (container.getModelPackage() != null) {
      return fromPackage(container, where);
    }
    String image;
    ModelDataConfig modelData = null;
    try {
      image = container.getImage().bind(this, this).getImageName();
      if (container.getModelData() != null) {
        modelData = container.getModelData().bind(this, this);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where.get() + ": " + e.getMessage(), e);
    }
    // Custom images and model data may give any text; the built-in ones give tokens or valid values.
    if (!Tokens.isUnresolved(image)) {
      Violations.check(where, EcrRules.imageUri(image));
    }
    String modelDataUrl = modelData == null ? null : modelData.getUri();
    if (modelDataUrl != null && !Tokens.isUnresolved(modelDataUrl)) {
      Violations.check(where, S3Rules.modelDataUrl(modelDataUrl));
    }
    boolean dataSource = modelData != null && modelData.getS3DataType() != null;
    Map<String, String> environment = container.getEnvironment();
    return CfnModel.ContainerDefinitionProperty.builder()
        .image(image)
        .modelDataUrl(dataSource ? null : modelDataUrl)
        .modelDataSource(dataSource ? ModelDataSources.render(modelData) : null)
        .environment(environment == null || environment.isEmpty() ? null : environment)
        .containerHostname(container.getContainerHostname())
        .mode(container.getMode() == null ? null : container.getMode().toString())
        .build();
  }

  /** A container created from a versioned model package: its ARN, and the grants the package says it needs. */
  private CfnModel.ContainerDefinitionProperty fromPackage(ContainerDefinition container, Supplier<String> where) {
    IModelPackage modelPackage = container.getModelPackage();
    String arn = modelPackage.getModelPackageArn();
    if (!Tokens.isUnresolved(arn)) {
      Violations.check(where, ModelPackageRules.arn(arn));
    }
    try {
      modelPackage.bind(this, this);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where.get() + ": " + e.getMessage(), e);
    }
    Map<String, String> environment = container.getEnvironment();
    return CfnModel.ContainerDefinitionProperty.builder()
        .modelPackageName(arn)
        .environment(environment == null || environment.isEmpty() ? null : environment)
        .containerHostname(container.getContainerHostname())
        .build();
  }

  /** The given security groups, or a new one in the VPC. */
  private Connections connections(ModelProps props) {
    List<ISecurityGroup> groups = props.getSecurityGroups();
    if (groups == null || groups.isEmpty()) {
      groups = List.of(SecurityGroup.Builder.create(this, "SecurityGroup")
          .vpc(props.getVpc()).allowAllOutbound(props.getAllowAllOutbound()).build());
    }
    return new Connections(ConnectionsProps.builder().securityGroups(groups).build());
  }

  /** Checks the whole model once more when the app is synthesized, after every addContainer. */
  private final class SynthValidation implements IValidation {
    @Override
    public List<String> validate() {
      Violations violations = Violations.of(ModelChecks.modelRules(physicalName, containers, direct, true));
      Connections connections = connectionsOrNull();
      if (connections != null) {
        violations.addAll(ModelChecks.vpcRules(subnetIds, connections.getSecurityGroups().size()));
      }
      return violations.lines();
    }
  }

  /** The IDs of the model's security groups at synth time, including those added through its connections. */
  private static final class SecurityGroupIds implements IListProducer {
    private final Connections connections;

    SecurityGroupIds(Connections connections) {
      this.connections = connections;
    }

    @Override
    public List<String> produce(IResolveContext context) {
      return securityGroupIds(connections);
    }
  }

  private static List<String> securityGroupIds(Connections connections) {
    return connections.getSecurityGroups().stream().map(ISecurityGroup::getSecurityGroupId).toList();
  }

  /** A model defined outside this app, known by its ARN (and optionally its role and security groups). */
  private static final class Import extends ModelBase {
    private final String modelArn;
    private final String modelName;

    Import(Construct scope, String id, ModelAttributes attributes) {
      super(scope, id, ResourceProps.builder().environmentFromArn(attributes.getModelArn()).build());
      this.modelArn = attributes.getModelArn();
      this.modelName = Stack.of(scope).splitArn(modelArn, ArnFormat.SLASH_RESOURCE_NAME).getResourceName();
      IRole role = attributes.getRole();
      setRole(role, role != null ? role : new UnknownPrincipal(UnknownPrincipalProps.builder().resource(this).build()));
      List<ISecurityGroup> securityGroups = attributes.getSecurityGroups();
      setConnections(securityGroups == null
          ? null
          : new Connections(ConnectionsProps.builder().securityGroups(securityGroups).build()));
    }

    @Override
    public String getModelArn() {
      return modelArn;
    }

    @Override
    public String getModelName() {
      return modelName;
    }
  }

  /** Builds a {@link Model} the way aws-cdk-lib's constructs are built: {@code Model.Builder.create(this, "Model")}. */
  public static final class Builder {
    private final Construct scope;
    private final String id;
    private final ModelProps.Builder props = ModelProps.builder();

    private Builder(Construct scope, String id) {
      this.scope = scope;
      this.id = id;
    }

    public static Builder create(Construct scope, String id) {
      return new Builder(scope, id);
    }

    public Builder containers(List<ContainerDefinition> containers) {
      props.containers(containers);
      return this;
    }

    public Builder modelName(String modelName) {
      props.modelName(modelName);
      return this;
    }

    public Builder role(IRole role) {
      props.role(role);
      return this;
    }

    public Builder vpc(IVpc vpc) {
      props.vpc(vpc);
      return this;
    }

    public Builder vpcSubnets(SubnetSelection vpcSubnets) {
      props.vpcSubnets(vpcSubnets);
      return this;
    }

    public Builder securityGroups(List<? extends ISecurityGroup> securityGroups) {
      props.securityGroups(securityGroups);
      return this;
    }

    public Builder allowAllOutbound(Boolean allowAllOutbound) {
      props.allowAllOutbound(allowAllOutbound);
      return this;
    }

    public Builder networkIsolation(Boolean networkIsolation) {
      props.networkIsolation(networkIsolation);
      return this;
    }

    public Model build() {
      return new Model(scope, id, props.build());
    }
  }
}
