package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.EndpointRules;

/**
 * The Elastic Inference accelerator of an instance production variant, such as {@code ml.eia2.medium}, as the
 * official library has it. Amazon Elastic Inference is discontinued and CloudFormation no longer takes an
 * accelerator, so an endpoint config rejects a variant that has one ([SM-ACCELERATOR-DISCONTINUED]).
 */
public final class AcceleratorType {
  public static final AcceleratorType EIA1_LARGE = of("ml.eia1.large");
  public static final AcceleratorType EIA1_MEDIUM = of("ml.eia1.medium");
  public static final AcceleratorType EIA1_XLARGE = of("ml.eia1.xlarge");
  public static final AcceleratorType EIA2_LARGE = of("ml.eia2.large");
  public static final AcceleratorType EIA2_MEDIUM = of("ml.eia2.medium");
  public static final AcceleratorType EIA2_XLARGE = of("ml.eia2.xlarge");

  private final String acceleratorType;

  private AcceleratorType(String acceleratorType) {
    this.acceleratorType = acceleratorType;
  }

  /**
   * The accelerator type of this name, checked against SageMaker's list unless it is a token.
   *
   * @throws IllegalArgumentException naming the rule, when SageMaker has no such accelerator
   */
  public static AcceleratorType of(String acceleratorType) {
    if (acceleratorType == null) {
      throw new IllegalArgumentException("AcceleratorType.of: give an accelerator type, such as \"ml.eia2.medium\"");
    }
    if (!Tokens.isUnresolved(acceleratorType)) {
      Violations.check("AcceleratorType.of", EndpointRules.acceleratorType(acceleratorType));
    }
    return new AcceleratorType(acceleratorType);
  }

  /** The accelerator type as SageMaker names it, such as {@code ml.eia2.medium}. */
  @Override
  public String toString() {
    return acceleratorType;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AcceleratorType type && type.acceleratorType.equals(acceleratorType);
  }

  @Override
  public int hashCode() {
    return acceleratorType.hashCode();
  }
}
