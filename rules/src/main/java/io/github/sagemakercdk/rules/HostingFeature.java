package io.github.sagemakercdk.rules;

/**
 * What a model's hosting is made of: the hosting options (serverless, multi-model, ...) and the features SageMaker
 * excludes for some of them. {@link HostingExclusions} says which pairs SageMaker rejects or silently falls back on.
 *
 * <p>To add a hosting option or a feature, add a constant here with the words messages and the README use for it,
 * and set it where the processor and the runtime describe a setup ({@link HostingSetup}).
 */
public enum HostingFeature {
  SERVERLESS("Serverless Inference"),
  ASYNC_INFERENCE("Asynchronous Inference"),
  /** An endpoint whose variants name no model and host inference components instead. */
  INFERENCE_COMPONENTS("inference components"),
  /** A blue/green or rolling deployment with SageMaker's deployment guardrails. */
  GUARDED_DEPLOYMENT("a guarded deployment"),
  ROLLING_DEPLOYMENT("a rolling deployment"),
  SEVERAL_VARIANTS("several production variants"),
  MULTI_MODEL("a multi-model container"),
  DIRECT_INVOCATION("Direct invocation of the containers"),
  SEVERAL_CONTAINERS("an inference pipeline or multi-container model"),
  VPC("a VPC configuration"),
  NETWORK_ISOLATION("network isolation"),
  DATA_CAPTURE("data capture"),
  /** An instance type with GPUs or AWS accelerators. */
  ACCELERATED_INSTANCE("a GPU or accelerator instance type"),
  INF1_INSTANCE("an Inf1 (AWS Inferentia) instance type"),
  INSTANCE_WITHOUT_MULTI_MODEL("an instance type that multi-model endpoints do not support");

  private final String words;

  HostingFeature(String words) {
    this.words = words;
  }

  /** How messages and the README name it. */
  public String words() {
    return words;
  }
}
