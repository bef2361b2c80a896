package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.DataCaptureRules;
import io.github.sagemakercdk.rules.DataCaptureSpec;
import io.github.sagemakercdk.rules.KmsRules;
import io.github.sagemakercdk.rules.S3Destination;
import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sagemaker.CfnEndpointConfig;

/**
 * The data capture of one endpoint config: checked against SageMaker's rules, rendered for CloudFormation, and
 * granted to the model of every variant (SageMaker writes the captured data as the model's execution role).
 */
final class DataCapture {
  private final DataCaptureConfig config;
  private final S3Destination destination;

  private DataCapture(DataCaptureConfig config) {
    this.config = config;
    this.destination =
        S3Destination.of(config.getDestinationBucket().getBucketName(), config.getDestinationKeyPrefix());
  }

  /** The config's data capture, checked; throws naming {@code subject} when it breaks a rule. */
  static DataCapture checked(String subject, DataCaptureConfig config, int serverlessVariants) {
    String bucketName = config.getDestinationBucket().getBucketName();
    String prefix = Tokens.known(config.getDestinationKeyPrefix());
    String destination = Tokens.isUnresolved(bucketName) || (config.getDestinationKeyPrefix() != null && prefix == null)
        ? null
        : S3Destination.of(bucketName, prefix).uri();
    Violations violations = Violations.of(DataCaptureRules.validate(new DataCaptureSpec(destination,
        Tokens.known(config.getInitialSamplingPercentage()), known(config.getCsvContentTypes()),
        known(config.getJsonContentTypes()))));
    violations.add(DataCaptureRules.hosting(serverlessVariants));
    IKey key = config.getEncryptionKey();
    if (key != null && !Tokens.isUnresolved(key.getKeyArn())) {
      violations.add(KmsRules.keyArn(key.getKeyArn()));
    }
    violations.throwIfAny(subject + ", data capture");
    return new DataCapture(config);
  }

  /** Checks that a serverless variant may be added beside the data capture. */
  static void checkServerless(String subject) {
    Violations.of(List.of()).add(DataCaptureRules.hosting(1)).throwIfAny(subject + ", data capture");
  }

  CfnEndpointConfig.DataCaptureConfigProperty render() {
    CfnEndpointConfig.DataCaptureConfigProperty.Builder builder = CfnEndpointConfig.DataCaptureConfigProperty.builder()
        .destinationS3Uri(destination.uri())
        .initialSamplingPercentage(config.getInitialSamplingPercentage())
        .captureOptions(config.getCaptureMode().captureModes().stream()
            .map(mode -> (Object) CfnEndpointConfig.CaptureOptionProperty.builder().captureMode(mode).build())
            .toList());
    if (!config.getCsvContentTypes().isEmpty() || !config.getJsonContentTypes().isEmpty()) {
      builder.captureContentTypeHeader(CfnEndpointConfig.CaptureContentTypeHeaderProperty.builder()
          .csvContentTypes(config.getCsvContentTypes().isEmpty() ? null : config.getCsvContentTypes())
          .jsonContentTypes(config.getJsonContentTypes().isEmpty() ? null : config.getJsonContentTypes())
          .build());
    }
    if (config.getEncryptionKey() != null) {
      builder.kmsKeyId(config.getEncryptionKey().getKeyArn());
    }
    return builder.build();
  }

  /** Lets {@code model}'s execution role write the captured data, and use the key that encrypts it. */
  void grantWrite(IModel model, Stack stack) {
    ModelBase.grantsOf(model).writeCapturedData(config.getDestinationBucket(), destination.objectsPattern(),
        config.getEncryptionKey(), stack);
  }

  /** Entries that hold a token are left to CloudFormation. */
  private static List<String> known(List<String> values) {
    return values.stream().filter(value -> !Tokens.isUnresolved(value)).toList();
  }
}
