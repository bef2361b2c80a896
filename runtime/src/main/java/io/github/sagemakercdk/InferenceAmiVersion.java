package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.VariantLimitsRules;

/**
 * The preconfigured AMI of a variant's instances (ProductionVariant.InferenceAmiVersion): which NVIDIA or AWS
 * Neuron driver and CUDA version they run. A gpu AMI goes with an NVIDIA GPU instance type (ml.g*, ml.p*), the neuron
 * AMI with Inferentia2 or Trainium (ml.inf2.*, ml.trn*). Without one, SageMaker chooses.
 */
public final class InferenceAmiVersion {
  /** Amazon Linux 2, NVIDIA driver 535, CUDA 12.2. */
  public static final InferenceAmiVersion AL2_GPU_2 = of("al2-ami-sagemaker-inference-gpu-2");
  /** Amazon Linux 2, NVIDIA driver 535, CUDA 12.2, the container toolkit without CUDA-compat mounting. */
  public static final InferenceAmiVersion AL2_GPU_2_1 = of("al2-ami-sagemaker-inference-gpu-2-1");
  /** Amazon Linux 2, NVIDIA driver 550, CUDA 12.4, the container toolkit without CUDA-compat mounting. */
  public static final InferenceAmiVersion AL2_GPU_3_1 = of("al2-ami-sagemaker-inference-gpu-3-1");
  /** Amazon Linux 2023, NVIDIA driver 580, CUDA 13.0, the container toolkit without CUDA-compat mounting. */
  public static final InferenceAmiVersion AL2023_GPU_4_1 = of("al2023-ami-sagemaker-inference-gpu-4-1");
  /** Amazon Linux 2, AWS Neuron driver 2.19, for Inferentia2 and Trainium. */
  public static final InferenceAmiVersion AL2_NEURON_2 = of("al2-ami-sagemaker-inference-neuron-2");

  private final String version;

  private InferenceAmiVersion(String version) {
    this.version = version;
  }

  /**
   * The AMI version of this name, checked against SageMaker's list unless it is a token.
   *
   * @throws IllegalArgumentException naming the rule, when SageMaker has no such AMI version
   */
  public static InferenceAmiVersion of(String version) {
    if (version == null) {
      throw new IllegalArgumentException(
          "InferenceAmiVersion.of: give an AMI version, such as \"al2-ami-sagemaker-inference-gpu-3-1\"");
    }
    if (!Tokens.isUnresolved(version)) {
      Violations.check("InferenceAmiVersion.of", VariantLimitsRules.inferenceAmiVersion(version, null));
    }
    return new InferenceAmiVersion(version);
  }

  /** The version as SageMaker names it, such as {@code al2-ami-sagemaker-inference-gpu-3-1}. */
  @Override
  public String toString() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InferenceAmiVersion ami && ami.version.equals(version);
  }

  @Override
  public int hashCode() {
    return version.hashCode();
  }
}
