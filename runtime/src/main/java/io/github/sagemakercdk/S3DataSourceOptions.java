package io.github.sagemakercdk;

import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.IBucket;

/** Options of model data given as an S3 data source: {@link ModelData#fromS3DataSource(IBucket, String, S3DataSourceOptions)}. */
public final class S3DataSourceOptions {
  private final ModelDataCompression compression;
  private final Boolean acceptEula;
  private final IKey encryptionKey;

  private S3DataSourceOptions(Builder builder) {
    this.compression = builder.compression;
    this.acceptEula = builder.acceptEula;
    this.encryptionKey = builder.encryptionKey;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@link ModelDataCompression#NONE} (uncompressed files) or {@link ModelDataCompression#GZIP}; null for NONE. */
  public ModelDataCompression getCompression() {
    return compression;
  }

  /**
   * True to accept the model's end-user license agreement ({@code ModelAccessConfig.AcceptEula}), which a gated model
   * (such as one from JumpStart's {@code jumpstart-private-cache-prod-<region>} buckets) needs; null to leave it out.
   */
  public Boolean getAcceptEula() {
    return acceptEula;
  }

  /** The objects' SSE-KMS key (by key ARN or alias ARN), or null to go by the bucket's own key. */
  public IKey getEncryptionKey() {
    return encryptionKey;
  }

  /** Builds {@link S3DataSourceOptions}. */
  public static final class Builder {
    private ModelDataCompression compression;
    private Boolean acceptEula;
    private IKey encryptionKey;

    private Builder() {}

    public Builder compression(ModelDataCompression compression) {
      this.compression = compression;
      return this;
    }

    public Builder acceptEula(Boolean acceptEula) {
      this.acceptEula = acceptEula;
      return this;
    }

    public Builder encryptionKey(IKey encryptionKey) {
      this.encryptionKey = encryptionKey;
      return this;
    }

    public S3DataSourceOptions build() {
      return new S3DataSourceOptions(this);
    }
  }
}
