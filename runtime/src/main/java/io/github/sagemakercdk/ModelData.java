package io.github.sagemakercdk;

import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.assets.AssetOptions;
import software.constructs.Construct;

/**
 * The model artifacts a container loads: one gzip-compressed tar archive, uploaded from a local file or already
 * in S3. Binding it to a model grants the model's role read access to exactly that object.
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
    return new BucketModelData(bucket, objectKey);
  }

  /**
   * Called by the model that uses this data: creates what the data needs within {@code scope}, grants the
   * model's role read access, and says where the archive is.
   */
  public abstract ModelDataConfig bind(Construct scope, IModel model);
}
