package io.github.sagemakercdk;

/**
 * How a container serves its model data (CloudFormation's {@code ContainerDefinition.Mode}): one model, or any
 * number of models under an S3 prefix, loaded when a request names one ({@code TargetModel}).
 */
public enum ContainerMode {
  /** One model, from one archive (the default). */
  SINGLE_MODEL("SingleModel"),
  /**
   * A multi-model container: its model data is an S3 prefix ({@link ModelData#fromBucketPrefix}), it is its
   * model's only container, and the endpoint serves it from instances of a type multi-model hosting supports.
   */
  MULTI_MODEL("MultiModel");

  private final String value;

  ContainerMode(String value) {
    this.value = value;
  }

  /** The value CloudFormation takes. */
  @Override
  public String toString() {
    return value;
  }
}
