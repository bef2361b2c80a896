package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.EnvironmentRules;
import io.github.sagemakercdk.rules.KmsRules;
import io.github.sagemakercdk.rules.ModelDataSourceRules;
import io.github.sagemakercdk.rules.MultiModelRules;
import io.github.sagemakercdk.rules.S3Rules;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * Model data as CloudFormation's {@code ModelDataSource.S3DataSource}: the objects under a prefix or one object,
 * uncompressed or one gzip-compressed archive, with the license of a gated model accepted or not.
 */
final class S3DataSourceModelData extends ModelData {
  private final IBucket bucket;
  /** The bucket's name, read once: every read is a jsii round trip. */
  private final String bucketName;
  private final String keyOrPrefix;
  private final boolean prefix;
  private final ModelDataCompression compression;
  private final Boolean acceptEula;
  private final IKey encryptionKey;

  S3DataSourceModelData(IBucket bucket, String keyOrPrefix, S3DataSourceOptions options) {
    String name = bucketName(bucket, "fromS3DataSource");
    String subject = "ModelData.fromS3DataSource(" + shown(name) + ", " + keyOrPrefix + ")";
    if (keyOrPrefix == null) {
      throw new IllegalArgumentException(subject + ": give the key prefix of the model's files, such as llama-3-8b/,"
          + " or the key of its one object");
    }
    if (Tokens.isUnresolved(keyOrPrefix)) {
      // S3DataType follows from the trailing '/', which must be known at synth.
      throw new IllegalArgumentException(subject + ": the key must be known at synth: whether it ends in / decides"
          + " between the objects under a prefix (S3Prefix) and one object (S3Object)");
    }
    this.compression = options.getCompression() == null ? ModelDataCompression.NONE : options.getCompression();
    this.acceptEula = options.getAcceptEula();
    Violations violations = new Violations();
    if (!Tokens.isUnresolved(name)) {
      violations.add(S3Rules.bucketName(name))
          .add(ModelDataSourceRules.license(url(name, keyOrPrefix), name, Boolean.TRUE.equals(acceptEula)));
    }
    violations.add(S3Rules.objectKey(keyOrPrefix))
        .add(ModelDataSourceRules.compression(keyOrPrefix, compression == ModelDataCompression.GZIP));
    IKey key = options.getEncryptionKey();
    if (key != null && !Tokens.isUnresolved(key.getKeyArn())) {
      violations.add(KmsRules.keyArn(key.getKeyArn()));
    }
    violations.throwIfAny(subject);
    this.bucket = bucket;
    this.bucketName = name;
    this.keyOrPrefix = keyOrPrefix;
    this.prefix = MultiModelRules.isPrefix(keyOrPrefix);
    this.encryptionKey = key;
  }

  @Override
  public ModelDataConfig bind(Construct scope, IModel model) {
    String keyArn = encryptionKey == null ? null : encryptionKey.getKeyArn();
    if (keyArn != null && !Tokens.isUnresolved(keyArn)) {
      String region = Stack.of(scope).getRegion();
      if (!Tokens.isUnresolved(region)) {
        Violations.check(() -> "ModelData.fromS3DataSource(" + shown(bucketName) + ", " + keyOrPrefix + ")",
            EnvironmentRules.key(keyArn, region));
      }
    }
    if (prefix) {
      ModelBase.grantsOf(model).readFilesUnder(bucket, keyOrPrefix, encryptionKey);
    } else {
      ModelBase.grantsOf(model).readObject(bucket, keyOrPrefix, encryptionKey);
    }
    return ModelDataConfig.builder()
        .uri(bucket.s3UrlForObject(keyOrPrefix))
        .s3DataType(prefix ? S3DataType.S3_PREFIX : S3DataType.S3_OBJECT)
        .compression(compression)
        .acceptEula(acceptEula)
        .build();
  }

  @Override
  String reference() {
    return url(bucketName, keyOrPrefix);
  }

  @Override
  boolean isDataSource() {
    return true;
  }
}
