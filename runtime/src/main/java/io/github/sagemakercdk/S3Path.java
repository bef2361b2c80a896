package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.rules.AsyncInferenceRules;
import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.Objects;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * A place in S3 that SageMaker writes objects under: a bucket and a key prefix. The prefix is taken as it is: give
 * {@code "async/output/"} for the objects of that folder; an empty prefix is the whole bucket.
 */
public final class S3Path {
  private final IBucket bucket;
  private final String bucketName;
  private final String prefix;

  private S3Path(IBucket bucket, String bucketName, String prefix) {
    this.bucket = bucket;
    this.bucketName = bucketName;
    this.prefix = prefix;
  }

  /** The objects under {@code prefix} in {@code bucket}; the bucket's encryption key, if any, is known. */
  public static S3Path fromBucket(IBucket bucket, String prefix) {
    Objects.requireNonNull(bucket, "S3Path.fromBucket: bucket is required");
    return new S3Path(bucket, bucket.getBucketName(), prefix == null ? "" : prefix);
  }

  /**
   * The objects under an {@code s3://<bucket>/<prefix>} URI, such as {@code s3://my-bucket/async/output/}.
   *
   * @throws IllegalArgumentException when {@code uri} is not such a URI of a valid bucket name
   */
  public static S3Path fromUri(String uri) {
    Objects.requireNonNull(uri, "S3Path.fromUri: uri is required");
    if (Tokens.isUnresolved(uri)) {
      throw new IllegalArgumentException("S3Path.fromUri(" + uri + "): the URI must be known at synth, as the"
          + " model's role is granted access under it; use S3Path.fromBucket(bucket, prefix) for a bucket of this app");
    }
    AsyncInferenceRules.s3Path("uri", uri, Attribute.VALUE)
        .ifPresent(violation -> {
          throw new IllegalArgumentException("S3Path.fromUri: " + violation);
        });
    return new S3Path(null, AsyncInferenceRules.bucketOf(uri), AsyncInferenceRules.prefixOf(uri));
  }

  /** The bucket, or null for a path given by URI. */
  public IBucket getBucket() {
    return bucket;
  }

  public String getBucketName() {
    return bucketName;
  }

  public String getPrefix() {
    return prefix;
  }

  /** {@code s3://<bucket>/<prefix>}, as SageMaker takes it. */
  public String getUri() {
    return "s3://" + bucketName + "/" + prefix;
  }

  /** The ARN of every object under the prefix, for a policy statement. */
  String objectsArn() {
    return bucket != null
        ? bucket.arnForObjects(prefix + "*")
        : "arn:" + Aws.PARTITION + ":s3:::" + bucketName + "/" + prefix + "*";
  }
}
