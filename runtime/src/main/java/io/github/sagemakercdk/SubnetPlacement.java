package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.RuntimeRule;
import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.VpcRules;
import java.util.List;
import software.amazon.awscdk.Annotations;
import java.util.function.Supplier;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.SubnetSelection;

/**
 * A model placed in subnets given one by one ({@code vpcSubnets(SubnetSelection.builder().subnets(...))}) with
 * given security groups, and no {@code IVpc}: SageMaker's VpcConfig needs only their IDs, as a team whose network
 * is owned elsewhere has them.
 */
final class SubnetPlacement {
  static final String NO_ROUTE_TABLE_WARNING = "@aws-cdk/aws-ec2:noSubnetRouteTableId";
  private final List<String> subnetIds;
  private final List<ISecurityGroup> securityGroups;

  private SubnetPlacement(List<String> subnetIds, List<ISecurityGroup> securityGroups) {
    this.subnetIds = subnetIds;
    this.securityGroups = securityGroups;
  }

  /** Whether {@code props} place the model by subnets without a VPC. */
  static boolean requested(ModelProps props) {
    SubnetSelection selection = props.getVpcSubnets();
    return props.getVpc() == null && selection != null && selection.getSubnets() != null;
  }

  /** The placement {@code props} ask for, checked; null when they ask for none. */
  static SubnetPlacement of(Supplier<String> subject, ModelProps props) {
    if (!requested(props)) {
      return null;
    }
    List<String> subnetIds = props.getVpcSubnets().getSubnets().stream().map(ISubnet::getSubnetId).toList();
    List<ISecurityGroup> groups = props.getSecurityGroups() == null ? List.of() : props.getSecurityGroups();
    List<String> groupIds = groups.stream().map(ISecurityGroup::getSecurityGroupId).toList();
    Violations violations = Violations.of(VpcRules.placement(subnetIds, groupIds, Tokens::isUnresolved));
    if (props.getAllowAllOutbound() != null) {
      violations.add(RuntimeRule.VPC_ALLOW_ALL_OUTBOUND_WITH_SECURITY_GROUPS);
    }
    violations.throwIfAny(subject);
    return new SubnetPlacement(subnetIds, groups);
  }

  /**
   * Acknowledges, on each subnet, aws-cdk-lib's warning that an imported subnet has no route table: the model only
   * hands SageMaker the subnet's ID and never reads its route table.
   */
  void acknowledgeRouteTables(List<ISubnet> subnets) {
    for (ISubnet subnet : subnets) {
      Annotations.of(subnet).acknowledgeWarning(NO_ROUTE_TABLE_WARNING, "SageMaker's VpcConfig takes the subnet's ID"
          + " only; the model never reads its route table");
    }
  }

  List<String> subnetIds() {
    return subnetIds;
  }

  List<ISecurityGroup> securityGroups() {
    return securityGroups;
  }
}
