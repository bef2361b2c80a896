package io.github.sagemakercdk;

import java.util.List;
import java.util.Objects;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * How an {@link EndpointConfig} captures the requests and responses of its endpoint into S3 (SageMaker's
 * {@code DataCaptureConfig}). {@code destinationBucket} and {@code initialSamplingPercentage} are required.
 *
 * <p>SageMaker writes the captured data as the execution role of each variant's model: the config grants that role
 * {@code s3:PutObject} on the destination's objects, and the KMS permissions the keys need.
 */
public final class DataCaptureConfig {
  private final IBucket destinationBucket;
  private final String destinationKeyPrefix;
  private final Number initialSamplingPercentage;
  private final CaptureMode captureMode;
  private final List<String> csvContentTypes;
  private final List<String> jsonContentTypes;
  private final IKey encryptionKey;

  private DataCaptureConfig(Builder builder) {
    this.destinationBucket = Objects.requireNonNull(builder.destinationBucket,
        "DataCaptureConfig: destinationBucket is required (the bucket SageMaker writes the captured data to)");
    this.initialSamplingPercentage = Objects.requireNonNull(builder.initialSamplingPercentage,
        "DataCaptureConfig: initialSamplingPercentage is required (0 to 100)");
    this.destinationKeyPrefix = builder.destinationKeyPrefix;
    this.captureMode = builder.captureMode == null ? CaptureMode.INPUT_AND_OUTPUT : builder.captureMode;
    this.csvContentTypes = builder.csvContentTypes == null ? List.of() : List.copyOf(builder.csvContentTypes);
    this.jsonContentTypes = builder.jsonContentTypes == null ? List.of() : List.copyOf(builder.jsonContentTypes);
    this.encryptionKey = builder.encryptionKey;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The bucket the captured data goes to. */
  public IBucket getDestinationBucket() {
    return destinationBucket;
  }

  /** The key prefix under which SageMaker writes (it adds {@code /<endpoint>/<variant>/<date>/...}), or null. */
  public String getDestinationKeyPrefix() {
    return destinationKeyPrefix;
  }

  /** The percentage of invocations captured, 0 to 100. */
  public Number getInitialSamplingPercentage() {
    return initialSamplingPercentage;
  }

  /** What is captured of each sampled invocation; {@link CaptureMode#INPUT_AND_OUTPUT} when not given. */
  public CaptureMode getCaptureMode() {
    return captureMode;
  }

  /** The content types captured as CSV (empty: SageMaker's default, base64 for all). */
  public List<String> getCsvContentTypes() {
    return csvContentTypes;
  }

  /** The content types captured as JSON (empty: SageMaker's default, base64 for all). */
  public List<String> getJsonContentTypes() {
    return jsonContentTypes;
  }

  /** The KMS key SageMaker encrypts the captured data with (SSE-KMS), or null for the bucket's encryption. */
  public IKey getEncryptionKey() {
    return encryptionKey;
  }

  /** Builds a {@link DataCaptureConfig}. */
  public static final class Builder {
    private IBucket destinationBucket;
    private String destinationKeyPrefix;
    private Number initialSamplingPercentage;
    private CaptureMode captureMode;
    private List<String> csvContentTypes;
    private List<String> jsonContentTypes;
    private IKey encryptionKey;

    private Builder() {}

    public Builder destinationBucket(IBucket destinationBucket) {
      this.destinationBucket = destinationBucket;
      return this;
    }

    public Builder destinationKeyPrefix(String destinationKeyPrefix) {
      this.destinationKeyPrefix = destinationKeyPrefix;
      return this;
    }

    public Builder initialSamplingPercentage(Number initialSamplingPercentage) {
      this.initialSamplingPercentage = initialSamplingPercentage;
      return this;
    }

    public Builder captureMode(CaptureMode captureMode) {
      this.captureMode = captureMode;
      return this;
    }

    public Builder csvContentTypes(List<String> csvContentTypes) {
      this.csvContentTypes = csvContentTypes;
      return this;
    }

    public Builder jsonContentTypes(List<String> jsonContentTypes) {
      this.jsonContentTypes = jsonContentTypes;
      return this;
    }

    public Builder encryptionKey(IKey encryptionKey) {
      this.encryptionKey = encryptionKey;
      return this;
    }

    public DataCaptureConfig build() {
      return new DataCaptureConfig(this);
    }
  }
}
