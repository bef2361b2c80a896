package io.github.sagemakercdk;

import java.util.Objects;

/**
 * What a {@link ModelData} gives the model once bound: where SageMaker downloads the artifacts from, and, for
 * model data given as an S3 data source, how (CloudFormation's {@code ModelDataSource.S3DataSource}).
 */
public final class ModelDataConfig {
  private final String uri;
  private final S3DataType s3DataType;
  private final ModelDataCompression compression;
  private final Boolean acceptEula;

  private ModelDataConfig(Builder builder) {
    this.uri = Objects.requireNonNull(builder.uri, "ModelDataConfig: uri is required");
    this.s3DataType = builder.s3DataType;
    this.compression = builder.compression;
    this.acceptEula = builder.acceptEula;
    if (s3DataType == null && (compression != null || acceptEula != null)) {
      throw new IllegalArgumentException("ModelDataConfig: compression and acceptEula belong to an S3 data source;"
          + " give its s3DataType too");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The s3:// or https:// URL: of one gzip-compressed tar archive ({@code .tar.gz}, CloudFormation's
   * {@code ModelDataUrl}), or, with an {@link #getS3DataType() S3 data type}, of the S3 data source.
   */
  public String getUri() {
    return uri;
  }

  /** The S3 data source's type (the model data is then a {@code ModelDataSource}), or null for a {@code ModelDataUrl}. */
  public S3DataType getS3DataType() {
    return s3DataType;
  }

  /** The S3 data source's compression, or null (for {@link ModelDataCompression#NONE}, or no data source). */
  public ModelDataCompression getCompression() {
    return compression;
  }

  /** Whether the S3 data source accepts the model's end-user license agreement, or null to leave it out. */
  public Boolean getAcceptEula() {
    return acceptEula;
  }

  /** Builds a {@link ModelDataConfig}. */
  public static final class Builder {
    private String uri;
    private S3DataType s3DataType;
    private ModelDataCompression compression;
    private Boolean acceptEula;

    private Builder() {}

    public Builder uri(String uri) {
      this.uri = uri;
      return this;
    }

    public Builder s3DataType(S3DataType s3DataType) {
      this.s3DataType = s3DataType;
      return this;
    }

    public Builder compression(ModelDataCompression compression) {
      this.compression = compression;
      return this;
    }

    public Builder acceptEula(Boolean acceptEula) {
      this.acceptEula = acceptEula;
      return this;
    }

    public ModelDataConfig build() {
      return new ModelDataConfig(this);
    }
  }
}
