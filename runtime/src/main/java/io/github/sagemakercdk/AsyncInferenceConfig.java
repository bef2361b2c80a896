package io.github.sagemakercdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sns.ITopic;

/**
 * How an endpoint config serves asynchronous inference (CreateEndpointConfig's AsyncInferenceConfig): where
 * SageMaker writes responses and failures, which SNS topics it notifies, and how many requests it sends each
 * instance at once. {@code outputPath} is required.
 *
 * <p>The model of each variant of the config may then write under the output and failure paths
 * ({@code s3:PutObject}), publish to the topics ({@code sns:Publish}), and use the keys involved.
 */
public final class AsyncInferenceConfig {
  private final S3Path outputPath;
  private final S3Path failurePath;
  private final ITopic successTopic;
  private final ITopic errorTopic;
  private final List<InferenceResponseTopic> includeInferenceResponseIn;
  private final Number maxConcurrentInvocationsPerInstance;
  private final IKey encryptionKey;

  private AsyncInferenceConfig(Builder builder) {
    this.outputPath = Objects.requireNonNull(builder.outputPath,
        "AsyncInferenceConfig: outputPath is required (where SageMaker writes the responses)");
    this.failurePath = builder.failurePath;
    this.successTopic = builder.successTopic;
    this.errorTopic = builder.errorTopic;
    this.includeInferenceResponseIn = Collections.unmodifiableList(new ArrayList<>(builder.includeInferenceResponseIn));
    this.maxConcurrentInvocationsPerInstance = builder.maxConcurrentInvocationsPerInstance;
    this.encryptionKey = builder.encryptionKey;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Where SageMaker writes the inference responses. */
  public S3Path getOutputPath() {
    return outputPath;
  }

  /** Where SageMaker writes the responses of failed inferences, or null for none. */
  public S3Path getFailurePath() {
    return failurePath;
  }

  /** The SNS topic notified of each success, or null for none. */
  public ITopic getSuccessTopic() {
    return successTopic;
  }

  /** The SNS topic notified of each failure, or null for none. */
  public ITopic getErrorTopic() {
    return errorTopic;
  }

  /** The topics whose notifications carry the response, in the order given; empty for none. */
  public List<InferenceResponseTopic> getIncludeInferenceResponseIn() {
    return includeInferenceResponseIn;
  }

  /** The most requests SageMaker sends one instance at once (1 to 1000), or null to let SageMaker choose. */
  public Number getMaxConcurrentInvocationsPerInstance() {
    return maxConcurrentInvocationsPerInstance;
  }

  /** The KMS key SageMaker encrypts the responses in S3 with, or null for the bucket's default encryption. */
  public IKey getEncryptionKey() {
    return encryptionKey;
  }

  /** Builds {@link AsyncInferenceConfig}. */
  public static final class Builder {
    private S3Path outputPath;
    private S3Path failurePath;
    private ITopic successTopic;
    private ITopic errorTopic;
    private List<InferenceResponseTopic> includeInferenceResponseIn = List.of();
    private Number maxConcurrentInvocationsPerInstance;
    private IKey encryptionKey;

    private Builder() {}

    public Builder outputPath(S3Path outputPath) {
      this.outputPath = outputPath;
      return this;
    }

    public Builder failurePath(S3Path failurePath) {
      this.failurePath = failurePath;
      return this;
    }

    public Builder successTopic(ITopic successTopic) {
      this.successTopic = successTopic;
      return this;
    }

    public Builder errorTopic(ITopic errorTopic) {
      this.errorTopic = errorTopic;
      return this;
    }

    public Builder includeInferenceResponseIn(List<InferenceResponseTopic> includeInferenceResponseIn) {
      this.includeInferenceResponseIn = includeInferenceResponseIn == null
          ? List.of() : new ArrayList<>(includeInferenceResponseIn);
      return this;
    }

    public Builder maxConcurrentInvocationsPerInstance(Number maxConcurrentInvocationsPerInstance) {
      this.maxConcurrentInvocationsPerInstance = maxConcurrentInvocationsPerInstance;
      return this;
    }

    public Builder encryptionKey(IKey encryptionKey) {
      this.encryptionKey = encryptionKey;
      return this;
    }

    public AsyncInferenceConfig build() {
      return new AsyncInferenceConfig(this);
    }
  }
}
