package io.github.sagemakercdk.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Model data given as ContainerDefinition {@code ModelDataSource.S3DataSource}: an S3 prefix (ending in {@code /})
 * of uncompressed files, or one object, uncompressed ({@code None}) or a gzip-compressed tar archive
 * ({@code Gzip}); and the license of a gated model ({@code ModelAccessConfig.AcceptEula}). Source:
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_S3ModelDataSource.html (Gzip is defined for an
 * S3Object alone; "a valid key name prefix identified by S3Uri always ends with a forward slash").
 */
public final class ModelDataSourceRules {
  /**
   * JumpStart's buckets of gated models, one per region: {@code jumpstart-private-cache-prod-<region>}. Source: the
   * SageMaker Python SDK, aws/sagemaker-python-sdk src/sagemaker/jumpstart/constants.py (each launched region's
   * {@code gated_content_bucket}) and {@code is_gated_bucket} in src/sagemaker/jumpstart/hub/utils.py (a name of
   * {@code JUMPSTART_GATED_BUCKET_NAME_SET}). A model there is deployed only with {@code AcceptEula} true.
   */
  static final String GATED_BUCKET_PREFIX = "jumpstart-private-cache-prod-";
  private static final Pattern GATED_BUCKET =
      Pattern.compile("^" + Pattern.quote(GATED_BUCKET_PREFIX) + "[a-z]{2}(-[a-z]+)+-\\d+$");

  private ModelDataSourceRules() {}

  /** Whether the bucket holds gated models, whose license must be accepted. */
  public static boolean isGatedBucket(String bucketName) {
    return GATED_BUCKET.matcher(bucketName).matches();
  }

  /** A gated model's data without its license accepted. {@code reference} is how messages show the data. */
  public static Optional<Violation> license(String reference, String bucketName, boolean acceptEula) {
    return !acceptEula && isGatedBucket(bucketName)
        ? Optional.of(Rule.MODEL_DATA_EULA.violation(Location.VALUE, reference, bucketName))
        : Optional.empty();
  }

  /** Gzip is for one object, a .tar.gz archive; a prefix holds uncompressed files. */
  public static Optional<Violation> compression(String keyOrPrefix, boolean gzip) {
    if (!gzip) {
      return Optional.empty();
    }
    if (MultiModelRules.isPrefix(keyOrPrefix)) {
      return Optional.of(Rule.MODEL_DATA_GZIP_PREFIX.violation(Location.VALUE, keyOrPrefix));
    }
    return keyOrPrefix.toLowerCase(Locale.ROOT).endsWith(Limits.MODEL_DATA_ARCHIVE_SUFFIX)
        ? Optional.empty()
        : S3Rules.modelArchive(keyOrPrefix);
  }
}
