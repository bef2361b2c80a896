package io.github.sagemakercdk;

/**
 * How the containers of a multi-container model are invoked (CloudFormation's
 * {@code InferenceExecutionConfig.Mode}).
 */
public enum InferenceExecutionMode {
  /** In order, as an inference pipeline: each container's output is the next one's input (the default). */
  SERIAL("Serial"),
  /**
   * One container per request, the one whose hostname the caller names ({@code TargetContainerHostname} of
   * InvokeEndpoint): 2 to 15 containers, each with a hostname.
   */
  DIRECT("Direct");

  private final String value;

  InferenceExecutionMode(String value) {
    this.value = value;
  }

  /** The value CloudFormation takes. */
  @Override
  public String toString() {
    return value;
  }
}
