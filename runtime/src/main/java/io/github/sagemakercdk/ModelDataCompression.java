package io.github.sagemakercdk;

/**
 * How model data given as {@link ModelData#fromS3DataSource S3 data source} is prepared (CloudFormation's
 * {@code S3DataSource.CompressionType}).
 */
public enum ModelDataCompression {
  /** Uncompressed files: the object itself, or every object under the prefix, as SageMaker puts them into /opt/ml/model. */
  NONE("None"),
  /** One gzip-compressed tar archive ({@code .tar.gz}), which SageMaker unpacks into /opt/ml/model. */
  GZIP("Gzip");

  private final String value;

  ModelDataCompression(String value) {
    this.value = value;
  }

  /** The value CloudFormation takes. */
  @Override
  public String toString() {
    return value;
  }
}
