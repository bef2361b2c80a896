package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.AssetProps;
import io.github.sagemakercdk.internal.ChildIds;
import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.AssetRules;
import io.github.sagemakercdk.rules.EnvironmentRules;
import io.github.sagemakercdk.rules.KmsRules;
import io.github.sagemakercdk.rules.Location;
import io.github.sagemakercdk.rules.MultiModelRules;
import io.github.sagemakercdk.rules.S3Rules;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.amazon.awscdk.services.s3.assets.AssetOptions;
import software.constructs.Construct;

/**
 * The model artifacts a container loads: one gzip-compressed tar archive, uploaded from a local file or already
 * in S3; the archives under an S3 prefix for a multi-model container; or the uncompressed files of a large model
 * ({@link #fromS3DataSource}). Binding it to a model grants the model's role read access to exactly those objects.
 */
public abstract class ModelData {

  /** The local archive at {@code path} (a {@code .tar.gz} file), uploaded to S3 when the app is deployed. */
  public static ModelData fromAsset(String path) {
    return new AssetModelData(path, null);
  }

  /** The local archive at {@code path}, uploaded with the given asset options. */
  public static ModelData fromAsset(String path, AssetOptions options) {
    return new AssetModelData(path, options);
  }

  /** The archive at {@code objectKey} in {@code bucket}. */
  public static ModelData fromBucket(IBucket bucket, String objectKey) {
    return new BucketModelData(bucket, objectKey, null);
  }

  /**
   * The archive at {@code objectKey} in {@code bucket}, encrypted with the KMS key {@code encryptionKey} (SSE-KMS):
   * the model's role may decrypt with that key alone. The key may be imported by key ARN or by alias ARN
   * ({@code Key.fromKeyArn(this, "ModelDataKey", "arn:aws:kms:eu-west-1:123456789012:alias/models")}): for an
   * alias the grant is held to the key behind it by the {@code kms:ResourceAliases} condition.
   */
  public static ModelData fromBucket(IBucket bucket, String objectKey, IKey encryptionKey) {
    if (encryptionKey == null) {
      throw new IllegalArgumentException("ModelData.fromBucket: give the object's KMS key, or call"
          + " fromBucket(bucket, objectKey) for an object without one");
    }
    return new BucketModelData(bucket, objectKey, encryptionKey);
  }

  /**
   * The models under {@code keyPrefix} in {@code bucket} (a prefix ending in {@code /}, such as {@code "churn/"}),
   * for a multi-model container ({@link ContainerMode#MULTI_MODEL}), which loads the model each request names
   * ({@code TargetModel}, relative to the prefix). The model's role may read the objects under the prefix, and
   * nothing else of the bucket.
   */
  public static ModelData fromBucketPrefix(IBucket bucket, String keyPrefix) {
    return new PrefixModelData(bucket, keyPrefix, null);
  }

  /**
   * The models under {@code keyPrefix} in {@code bucket}, encrypted with the KMS key {@code encryptionKey}
   * (SSE-KMS, by key ARN or alias ARN as for {@link #fromBucket(IBucket, String, IKey)}): the model's role may decrypt
   * with that key alone.
   */
  public static ModelData fromBucketPrefix(IBucket bucket, String keyPrefix, IKey encryptionKey) {
    if (encryptionKey == null) {
      throw new IllegalArgumentException("ModelData.fromBucketPrefix: give the objects' KMS key, or call"
          + " fromBucketPrefix(bucket, keyPrefix) for objects without one");
    }
    return new PrefixModelData(bucket, keyPrefix, encryptionKey);
  }

  /**
   * The uncompressed files of a model, as CloudFormation's {@code ModelDataSource.S3DataSource}: every object under
   * {@code keyOrPrefix} when it ends in {@code /} (such as {@code "llama-3-8b/"}, an {@code S3Prefix}; SageMaker puts
   * each file at its path below the prefix in /opt/ml/model), else the one object it names (an {@code S3Object}). The
   * model's role may read those objects, and list the bucket under that prefix alone. Not for a multi-model
   * container, whose archives are under {@link #fromBucketPrefix}.
   */
  public static ModelData fromS3DataSource(IBucket bucket, String keyOrPrefix) {
    return new S3DataSourceModelData(bucket, keyOrPrefix, S3DataSourceOptions.builder().build());
  }

  /**
   * As {@link #fromS3DataSource(IBucket, String)}, with options: {@link ModelDataCompression#GZIP} for one
   * {@code .tar.gz} archive, {@code acceptEula(true)} for a gated model (a model of JumpStart's gated buckets,
   * {@code jumpstart-private-cache-prod-<region>}, is rejected without it), the objects' KMS key.
   */
  public static ModelData fromS3DataSource(IBucket bucket, String keyOrPrefix, S3DataSourceOptions options) {
    return new S3DataSourceModelData(bucket, keyOrPrefix,
        options == null ? S3DataSourceOptions.builder().build() : options);
  }

  /**
   * Called by the model that uses this data: creates what the data needs within {@code scope}, grants the
   * model's role read access, and says where the archive is.
   */
  public abstract ModelDataConfig bind(Construct scope, IModel model);

  /**
   * How messages show it: the file, or the S3 URL (a prefix ends in {@code /}, nothing else does); null for model
   * data of another kind (a subclass), whose form is not known before it is bound.
   */
  String reference() {
    return null;
  }

  /**
   * The URL of the one archive within {@code scope}, granting nothing: what a {@link ModelPackage} records, whose
   * models read it with their own role when they {@link #bind} it. Null for model data of another kind.
   */
  String archiveUrl(Construct scope) {
    return null;
  }

  /** Whether {@link #archiveUrl} gives the URI: the built-in kinds a model package can record. */
  boolean recordable() {
    return false;
  }

  /** Whether it is given as an S3 data source ({@code ModelDataSource}) rather than a {@code ModelDataUrl}. */
  boolean isDataSource() {
    return false;
  }

  /** A local model archive, uploaded to the CDK assets bucket on deploy. */
  private static final class AssetModelData extends ModelData {
    private final String path;
    private final AssetOptions options;
    /** One asset per stack, however many models or containers use this data there. */
    private final Map<String, Asset> assetsByStack = new HashMap<>();

    AssetModelData(String path, AssetOptions options) {
      if (path == null) {
        throw new IllegalArgumentException("ModelData.fromAsset: give the path of the model's .tar.gz archive");
      }
      new Violations().add(AssetRules.modelDataFile(Path.of(path))).add(S3Rules.modelArchive(path))
          .throwIfAny("ModelData.fromAsset");
      this.path = path;
      this.options = options;
    }

    @Override
    public ModelDataConfig bind(Construct scope, IModel model) {
      Asset asset = asset(scope);
      ModelBase.grantsOf(model).readObject(asset.getBucket(), asset.getS3ObjectKey());
      return ModelDataConfig.builder().uri(asset.getHttpUrl()).build();
    }

    @Override
    boolean recordable() {
      return true;
    }

    @Override
    String archiveUrl(Construct scope) {
      return asset(scope).getHttpUrl();
    }

    private Asset asset(Construct scope) {
      return assetsByStack.computeIfAbsent(Stack.of(scope).getNode().getAddr(),
          stack -> new Asset(scope, ChildIds.unique(scope, "ModelData", path), AssetProps.file(path, options)));
    }

    @Override
    String reference() {
      return path;
    }
  }

  /** A model archive that is already in S3. */
  private static final class BucketModelData extends ModelData {
    private final IBucket bucket;
    /** The bucket's name, read once: every read is a jsii round trip, and the rules ask for it again. */
    private final String bucketName;
    private final String objectKey;
    /** The object's SSE-KMS key, or null to go by the bucket's own key. */
    private final IKey encryptionKey;

    BucketModelData(IBucket bucket, String objectKey, IKey encryptionKey) {
      String name = bucketName(bucket, "fromBucket");
      String subject =
          "ModelData.fromBucket(" + (Tokens.isUnresolved(name) ? "<token>" : name) + ", " + objectKey + ")";
      if (objectKey == null) {
        throw new IllegalArgumentException(subject + ": give the key of the model archive, such as model/model.tar.gz");
      }
      if (!Tokens.isUnresolved(name)) {
        Violations.check(subject, S3Rules.bucketName(name));
      }
      if (!Tokens.isUnresolved(objectKey)) {
        Violations.check(subject, S3Rules.objectKey(objectKey));
        // A prefix is for a multi-model container, which reads what is under it: fromBucketPrefix grants that.
        Violations.check(subject, MultiModelRules.modelData(0, false, objectKey, true).map(v ->
            v.rule().violation(Location.VALUE, objectKey)));
      }
      if (encryptionKey != null && !Tokens.isUnresolved(encryptionKey.getKeyArn())) {
        Violations.check(subject, KmsRules.keyArn(encryptionKey.getKeyArn()));
      }
      this.bucket = bucket;
      this.bucketName = name;
      this.objectKey = objectKey;
      this.encryptionKey = encryptionKey;
    }

    @Override
    public ModelDataConfig bind(Construct scope, IModel model) {
      String keyArn = encryptionKey == null ? null : encryptionKey.getKeyArn();
      // The stack's region only matters for a key (and asking for it costs two jsii round trips).
      if (keyArn != null && !Tokens.isUnresolved(keyArn)) {
        String region = Stack.of(scope).getRegion();
        if (!Tokens.isUnresolved(region)) {
          Violations.check(() -> "ModelData.fromBucket(" + bucketName + ", " + objectKey + ")",
              EnvironmentRules.key(keyArn, region));
        }
      }
      ModelBase.grantsOf(model).readObject(bucket, objectKey, encryptionKey);
      return ModelDataConfig.builder().uri(archiveUrl(scope)).build();
    }

    @Override
    boolean recordable() {
      return true;
    }

    @Override
    String archiveUrl(Construct scope) {
      return bucket.urlForObject(objectKey);
    }

    @Override
    String reference() {
      return url(bucketName, objectKey);
    }
  }

  /** The models under a prefix, for a multi-model container. */
  private static final class PrefixModelData extends ModelData {
    private final IBucket bucket;
    private final String bucketName;
    private final String keyPrefix;
    private final IKey encryptionKey;

    PrefixModelData(IBucket bucket, String keyPrefix, IKey encryptionKey) {
      String name = bucketName(bucket, "fromBucketPrefix");
      String subject = "ModelData.fromBucketPrefix(" + shown(name) + ", " + keyPrefix + ")";
      if (keyPrefix == null) {
        throw new IllegalArgumentException(subject + ": give the key prefix of the models, such as churn/");
      }
      if (!Tokens.isUnresolved(name)) {
        Violations.check(subject, S3Rules.bucketName(name));
      }
      if (!Tokens.isUnresolved(keyPrefix)) {
        Violations.check(subject, S3Rules.objectKey(keyPrefix));
        Violations.check(subject, MultiModelRules.modelData(0, true, keyPrefix, true).map(v ->
            v.rule().violation(Location.VALUE, keyPrefix)));
      }
      if (encryptionKey != null && !Tokens.isUnresolved(encryptionKey.getKeyArn())) {
        Violations.check(subject, KmsRules.keyArn(encryptionKey.getKeyArn()));
      }
      this.bucket = bucket;
      this.bucketName = name;
      this.keyPrefix = keyPrefix;
      this.encryptionKey = encryptionKey;
    }

    @Override
    public ModelDataConfig bind(Construct scope, IModel model) {
      ModelBase.grantsOf(model).readObjectsUnder(bucket, keyPrefix, encryptionKey);
      return ModelDataConfig.builder().uri(bucket.urlForObject(keyPrefix)).build();
    }

    @Override
    String reference() {
      return url(bucketName, keyPrefix);
    }
  }

  /** The bucket's name, read once (every read is a jsii round trip); a missing bucket is an error of {@code factory}. */
  static String bucketName(IBucket bucket, String factory) {
    if (bucket == null) {
      throw new IllegalArgumentException("ModelData." + factory + ": give the bucket, for example"
          + " Bucket.fromBucketName(this, \"ModelBucket\", \"my-models\")");
    }
    return bucket.getBucketName();
  }

  static String url(String bucketName, String key) {
    return "s3://" + shown(bucketName) + "/" + key;
  }

  static String shown(String name) {
    return Tokens.isUnresolved(name) ? "<token>" : name;
  }
}
