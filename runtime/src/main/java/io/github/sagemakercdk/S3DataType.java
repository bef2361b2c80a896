package io.github.sagemakercdk;

/** What an {@link ModelData#fromS3DataSource S3 data source} names (CloudFormation's {@code S3DataSource.S3DataType}). */
public enum S3DataType {
  /** Every object under a key prefix, which ends in {@code /}. */
  S3_PREFIX("S3Prefix"),
  /** One object. */
  S3_OBJECT("S3Object");

  private final String value;

  S3DataType(String value) {
    this.value = value;
  }

  /** The value CloudFormation takes. */
  @Override
  public String toString() {
    return value;
  }
}
