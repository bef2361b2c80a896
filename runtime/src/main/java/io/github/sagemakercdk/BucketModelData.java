package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.ModelGrants;
import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.S3Rules;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/** A model archive that is already in S3. */
final class BucketModelData extends ModelData {
  private final IBucket bucket;
  private final String objectKey;

  BucketModelData(IBucket bucket, String objectKey) {
    if (bucket == null) {
      throw new IllegalArgumentException("ModelData.fromBucket: give the bucket, for example"
          + " Bucket.fromBucketName(this, \"ModelBucket\", \"my-models\")");
    }
    String name = bucket.getBucketName();
    String subject = "ModelData.fromBucket(" + (Tokens.isUnresolved(name) ? "<token>" : name) + ", " + objectKey + ")";
    if (objectKey == null) {
      throw new IllegalArgumentException(subject + ": give the key of the model archive, such as model/model.tar.gz");
    }
    if (!Tokens.isUnresolved(name)) {
      Violations.check(subject, S3Rules.bucketName(name));
    }
    if (!Tokens.isUnresolved(objectKey)) {
      Violations.check(subject, S3Rules.objectKey(objectKey));
    }
    this.bucket = bucket;
    this.objectKey = objectKey;
  }

  @Override
  public ModelDataConfig bind(Construct scope, IModel model) {
    ModelGrants.readObject(bucket, objectKey, model.getGrantPrincipal());
    return ModelDataConfig.builder().uri(bucket.urlForObject(objectKey)).build();
  }
}
