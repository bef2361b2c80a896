package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.RuntimeRule;
import io.github.sagemakercdk.internal.Subject;
import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.ContainerSpec;
import io.github.sagemakercdk.rules.DirectInvocationRules;
import io.github.sagemakercdk.rules.EnvironmentRules;
import io.github.sagemakercdk.rules.HostingExclusions;
import io.github.sagemakercdk.rules.HostingFeature;
import io.github.sagemakercdk.rules.HostingSetup;
import io.github.sagemakercdk.rules.Location;
import io.github.sagemakercdk.rules.ModelRules;
import io.github.sagemakercdk.rules.ModelPackageRules;
import io.github.sagemakercdk.rules.ModelSpec;
import io.github.sagemakercdk.rules.MultiModelRules;
import io.github.sagemakercdk.rules.RoleRules;
import io.github.sagemakercdk.rules.Rule;
import io.github.sagemakercdk.rules.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awscdk.ResourceProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.constructs.Construct;

/**
 * The checks of a {@link Model} that need no constructs of its own, so they run before the construct is added
 * to the tree: a rejected model leaves nothing half-built behind.
 */
final class ModelChecks {
  private ModelChecks() {}

  /** Checks {@code props} for the model {@code id} in {@code scope}, and gives the props of its Resource. */
  static ResourceProps beforeCreation(Construct scope, String id, ModelProps props) {
    // Built only for a message: the construct path costs jsii round trips.
    Supplier<String> subject = () -> Subject.MODEL.of(scope, id);
    ModelProps given = props == null ? ModelProps.builder().build() : props;
    List<ContainerDefinition> containers = given.getContainers() == null ? List.of() : given.getContainers();
    for (int i = 0; i < containers.size(); i++) {
      if (containers.get(i) == null) {
        throw new IllegalArgumentException(subject.get() + ": containers[" + i + "] is null; give a ContainerDefinition");
      }
    }
    Violations.of(modelRules(given.getModelName(), containers, isDirect(given), false)).throwIfAny(subject);
    if (given.getRole() != null) {
      Violations.of(roleEnvironment(given.getRole().getRoleArn(), Stack.of(scope))).throwIfAny(subject);
    }
    if (!SubnetPlacement.requested(given)) {
      networkingOptions(given).throwIfAny(subject);
    }
    SubnetPlacement.of(subject, given);
    if (given.getVpc() != null) {
      List<ISecurityGroup> groups = given.getSecurityGroups();
      int securityGroups = groups == null || groups.isEmpty() ? 1 : groups.size();
      Violations.of(vpcRules(subnetIds(given), securityGroups)).throwIfAny(subject);
    }
    return ResourceProps.builder().physicalName(given.getModelName()).build();
  }

  /**
   * A role known by a literal ARN against the stack's literal account and region: SageMaker passes only a role of
   * the model's own account, and of the region's partition.
   */
  static List<Violation> roleEnvironment(String roleArn, Stack stack) {
    if (Tokens.isUnresolved(roleArn) || RoleRules.roleArn(roleArn).isPresent()) {
      return List.of();
    }
    List<Violation> violations = new ArrayList<>();
    String account = stack.getAccount();
    String region = stack.getRegion();
    if (!Tokens.isUnresolved(account)) {
      EnvironmentRules.roleAccount(roleArn, account).ifPresent(violations::add);
    }
    if (!Tokens.isUnresolved(region)) {
      EnvironmentRules.partition("role", roleArn, region, Location.Attribute.ROLE).ifPresent(violations::add);
    }
    return violations;
  }

  /**
   * The rules of CreateModel on the name and containers. Unless {@code complete}, a model without containers is
   * let through: more may be added before synth.
   */
  static List<Violation> modelRules(String modelName, List<ContainerDefinition> containers, boolean direct,
      boolean complete) {
    List<ContainerSpec> specs = new ArrayList<>();
    List<String> hostnames = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < containers.size(); i++) {
      ContainerDefinition container = containers.get(i);
      Map<String, String> environment = container.getEnvironment() == null ? Map.of() : container.getEnvironment();
      specs.add(new ContainerSpec(container.getContainerHostname(), List.copyOf(environment.entrySet())));
      hostnames.add(container.getContainerHostname());
      ModelData data = container.getModelData();
      if (container.getModelPackage() != null) {
        String arn = container.getModelPackage().getModelPackageArn();
        ModelPackageRules.container(i, Tokens.isUnresolved(arn) ? "<token>" : arn, data != null,
            container.isMultiModel()).ifPresent(violations::add);
        continue;
      }
      String reference = data == null ? null : data.reference();
      MultiModelRules.modelData(i, container.isMultiModel(), reference, data == null || reference != null,
              data != null && data.isDataSource())
          .ifPresent(violations::add);
    }
    List<Violation> model = ModelRules.validate(new ModelSpec(modelName, specs), Tokens::isUnresolved);
    List<Violation> all = new ArrayList<>(direct ? DirectInvocationRules.forDirectInvocation(model, hostnames) : model);
    all.addAll(violations);
    all.addAll(HostingExclusions.rejected(HostingSetup.of(null, containerFeatures(containers, direct))));
    // Counts hold once every container is added (synth); before, more may come with addContainer.
    return all.stream()
        .filter(v -> complete || !(v.rule() == Rule.CONTAINER_COUNT && containers.isEmpty()))
        .filter(v -> complete || v.rule() != Rule.DIRECT_CONTAINER_COUNT)
        .toList();
  }

  /** What the containers bring to hosting, as the exclusion table reads it. */
  static Set<HostingFeature> containerFeatures(List<ContainerDefinition> containers, boolean direct) {
    Set<HostingFeature> features = EnumSet.noneOf(HostingFeature.class);
    if (containers.size() > 1) {
      features.add(HostingFeature.SEVERAL_CONTAINERS);
    }
    if (containers.stream().anyMatch(ContainerDefinition::isMultiModel)) {
      features.add(HostingFeature.MULTI_MODEL);
    }
    if (direct) {
      features.add(HostingFeature.DIRECT_INVOCATION);
    }
    return features;
  }

  static boolean isDirect(ModelProps props) {
    return props.getInferenceExecutionMode() == InferenceExecutionMode.DIRECT;
  }

  /** VpcConfig's counts; a list token (an imported list of subnets) has no known length, so SageMaker counts it. */
  static List<Violation> vpcRules(List<String> subnetIds, int securityGroups) {
    boolean subnetsKnown = subnetIds.stream().noneMatch(id -> id.contains("#{Token["));
    return ModelRules.vpcConfig(subnetsKnown ? subnetIds.size() : 1, securityGroups);
  }

  static List<String> subnetIds(ModelProps props) {
    return props.getVpc().selectSubnets(props.getVpcSubnets()).getSubnetIds();
  }

  /** Security groups and outbound traffic are about a VPC, and the given groups carry their own outbound rules. */
  private static Violations networkingOptions(ModelProps props) {
    IVpc vpc = props.getVpc();
    List<ISecurityGroup> securityGroups = props.getSecurityGroups();
    Boolean allowAllOutbound = props.getAllowAllOutbound();
    if (vpc == null) {
      String given = securityGroups != null && allowAllOutbound != null ? "securityGroups and allowAllOutbound"
          : securityGroups != null ? "securityGroups"
          : allowAllOutbound != null ? "allowAllOutbound"
          : null;
      if (given != null) {
        return new Violations().add(RuntimeRule.VPC_OPTIONS_WITHOUT_VPC, given, given);
      }
    } else if (securityGroups != null && !securityGroups.isEmpty() && allowAllOutbound != null) {
      return new Violations().add(RuntimeRule.VPC_ALLOW_ALL_OUTBOUND_WITH_SECURITY_GROUPS);
    }
    return new Violations();
  }
}
