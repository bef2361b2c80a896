package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.EndpointRules;

/**
 * The ML instance type of an instance production variant, such as {@code ml.m5.large}: one of SageMaker's
 * ProductionVariantInstanceType values, or a token (such as a CfnParameter) that CloudFormation checks.
 */
public final class InstanceType {
  public static final InstanceType C4_LARGE = of("ml.c4.large");
  public static final InstanceType C4_XLARGE = of("ml.c4.xlarge");
  public static final InstanceType C4_2XLARGE = of("ml.c4.2xlarge");
  public static final InstanceType C4_4XLARGE = of("ml.c4.4xlarge");
  public static final InstanceType C4_8XLARGE = of("ml.c4.8xlarge");
  public static final InstanceType C5_LARGE = of("ml.c5.large");
  public static final InstanceType C5_XLARGE = of("ml.c5.xlarge");
  public static final InstanceType C5_2XLARGE = of("ml.c5.2xlarge");
  public static final InstanceType C5_4XLARGE = of("ml.c5.4xlarge");
  public static final InstanceType C5_9XLARGE = of("ml.c5.9xlarge");
  public static final InstanceType C5_18XLARGE = of("ml.c5.18xlarge");
  public static final InstanceType C5D_LARGE = of("ml.c5d.large");
  public static final InstanceType C5D_XLARGE = of("ml.c5d.xlarge");
  public static final InstanceType C5D_2XLARGE = of("ml.c5d.2xlarge");
  public static final InstanceType C5D_4XLARGE = of("ml.c5d.4xlarge");
  public static final InstanceType C5D_9XLARGE = of("ml.c5d.9xlarge");
  public static final InstanceType C5D_18XLARGE = of("ml.c5d.18xlarge");
  public static final InstanceType C6I_LARGE = of("ml.c6i.large");
  public static final InstanceType C6I_XLARGE = of("ml.c6i.xlarge");
  public static final InstanceType C6I_2XLARGE = of("ml.c6i.2xlarge");
  public static final InstanceType C6I_4XLARGE = of("ml.c6i.4xlarge");
  public static final InstanceType C6I_8XLARGE = of("ml.c6i.8xlarge");
  public static final InstanceType C6I_12XLARGE = of("ml.c6i.12xlarge");
  public static final InstanceType C6I_16XLARGE = of("ml.c6i.16xlarge");
  public static final InstanceType C6I_24XLARGE = of("ml.c6i.24xlarge");
  public static final InstanceType C6I_32XLARGE = of("ml.c6i.32xlarge");
  public static final InstanceType G4DN_XLARGE = of("ml.g4dn.xlarge");
  public static final InstanceType G4DN_2XLARGE = of("ml.g4dn.2xlarge");
  public static final InstanceType G4DN_4XLARGE = of("ml.g4dn.4xlarge");
  public static final InstanceType G4DN_8XLARGE = of("ml.g4dn.8xlarge");
  public static final InstanceType G4DN_12XLARGE = of("ml.g4dn.12xlarge");
  public static final InstanceType G4DN_16XLARGE = of("ml.g4dn.16xlarge");
  public static final InstanceType G5_XLARGE = of("ml.g5.xlarge");
  public static final InstanceType G5_2XLARGE = of("ml.g5.2xlarge");
  public static final InstanceType G5_4XLARGE = of("ml.g5.4xlarge");
  public static final InstanceType G5_8XLARGE = of("ml.g5.8xlarge");
  public static final InstanceType G5_12XLARGE = of("ml.g5.12xlarge");
  public static final InstanceType G5_16XLARGE = of("ml.g5.16xlarge");
  public static final InstanceType G5_24XLARGE = of("ml.g5.24xlarge");
  public static final InstanceType G5_48XLARGE = of("ml.g5.48xlarge");
  public static final InstanceType G6_XLARGE = of("ml.g6.xlarge");
  public static final InstanceType G6_2XLARGE = of("ml.g6.2xlarge");
  public static final InstanceType G6_4XLARGE = of("ml.g6.4xlarge");
  public static final InstanceType G6_8XLARGE = of("ml.g6.8xlarge");
  public static final InstanceType G6_12XLARGE = of("ml.g6.12xlarge");
  public static final InstanceType G6_16XLARGE = of("ml.g6.16xlarge");
  public static final InstanceType G6_24XLARGE = of("ml.g6.24xlarge");
  public static final InstanceType G6_48XLARGE = of("ml.g6.48xlarge");
  public static final InstanceType INF1_XLARGE = of("ml.inf1.xlarge");
  public static final InstanceType INF1_2XLARGE = of("ml.inf1.2xlarge");
  public static final InstanceType INF1_6XLARGE = of("ml.inf1.6xlarge");
  public static final InstanceType INF1_24XLARGE = of("ml.inf1.24xlarge");
  public static final InstanceType INF2_XLARGE = of("ml.inf2.xlarge");
  public static final InstanceType INF2_8XLARGE = of("ml.inf2.8xlarge");
  public static final InstanceType INF2_24XLARGE = of("ml.inf2.24xlarge");
  public static final InstanceType INF2_48XLARGE = of("ml.inf2.48xlarge");
  public static final InstanceType M4_XLARGE = of("ml.m4.xlarge");
  public static final InstanceType M4_2XLARGE = of("ml.m4.2xlarge");
  public static final InstanceType M4_4XLARGE = of("ml.m4.4xlarge");
  public static final InstanceType M4_10XLARGE = of("ml.m4.10xlarge");
  public static final InstanceType M4_16XLARGE = of("ml.m4.16xlarge");
  public static final InstanceType M5_LARGE = of("ml.m5.large");
  public static final InstanceType M5_XLARGE = of("ml.m5.xlarge");
  public static final InstanceType M5_2XLARGE = of("ml.m5.2xlarge");
  public static final InstanceType M5_4XLARGE = of("ml.m5.4xlarge");
  public static final InstanceType M5_12XLARGE = of("ml.m5.12xlarge");
  public static final InstanceType M5_24XLARGE = of("ml.m5.24xlarge");
  public static final InstanceType M5D_LARGE = of("ml.m5d.large");
  public static final InstanceType M5D_XLARGE = of("ml.m5d.xlarge");
  public static final InstanceType M5D_2XLARGE = of("ml.m5d.2xlarge");
  public static final InstanceType M5D_4XLARGE = of("ml.m5d.4xlarge");
  public static final InstanceType M5D_12XLARGE = of("ml.m5d.12xlarge");
  public static final InstanceType M5D_24XLARGE = of("ml.m5d.24xlarge");
  public static final InstanceType P2_XLARGE = of("ml.p2.xlarge");
  public static final InstanceType P2_8XLARGE = of("ml.p2.8xlarge");
  public static final InstanceType P2_16XLARGE = of("ml.p2.16xlarge");
  public static final InstanceType P3_2XLARGE = of("ml.p3.2xlarge");
  public static final InstanceType P3_8XLARGE = of("ml.p3.8xlarge");
  public static final InstanceType P3_16XLARGE = of("ml.p3.16xlarge");
  public static final InstanceType P4D_24XLARGE = of("ml.p4d.24xlarge");
  public static final InstanceType R5_LARGE = of("ml.r5.large");
  public static final InstanceType R5_XLARGE = of("ml.r5.xlarge");
  public static final InstanceType R5_2XLARGE = of("ml.r5.2xlarge");
  public static final InstanceType R5_4XLARGE = of("ml.r5.4xlarge");
  public static final InstanceType R5_12XLARGE = of("ml.r5.12xlarge");
  public static final InstanceType R5_24XLARGE = of("ml.r5.24xlarge");
  public static final InstanceType R5D_LARGE = of("ml.r5d.large");
  public static final InstanceType R5D_XLARGE = of("ml.r5d.xlarge");
  public static final InstanceType R5D_2XLARGE = of("ml.r5d.2xlarge");
  public static final InstanceType R5D_4XLARGE = of("ml.r5d.4xlarge");
  public static final InstanceType R5D_12XLARGE = of("ml.r5d.12xlarge");
  public static final InstanceType R5D_24XLARGE = of("ml.r5d.24xlarge");
  public static final InstanceType T2_MEDIUM = of("ml.t2.medium");
  public static final InstanceType T2_LARGE = of("ml.t2.large");
  public static final InstanceType T2_XLARGE = of("ml.t2.xlarge");
  public static final InstanceType T2_2XLARGE = of("ml.t2.2xlarge");

  private final String instanceType;

  private InstanceType(String instanceType) {
    this.instanceType = instanceType;
  }

  /**
   * The instance type of this name, checked against SageMaker's list unless it is a token.
   *
   * @throws IllegalArgumentException naming the rule, when SageMaker hosts no production variant on it
   */
  public static InstanceType of(String instanceType) {
    if (instanceType == null) {
      throw new IllegalArgumentException("InstanceType.of: give an ML instance type, such as \"ml.m5.large\"");
    }
    if (!Tokens.isUnresolved(instanceType)) {
      Violations.check("InstanceType.of", EndpointRules.instanceType(instanceType));
    }
    return new InstanceType(instanceType);
  }

  /** The instance type as SageMaker names it, such as {@code ml.m5.large}. */
  @Override
  public String toString() {
    return instanceType;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InstanceType type && type.instanceType.equals(instanceType);
  }

  @Override
  public int hashCode() {
    return instanceType.hashCode();
  }
}
