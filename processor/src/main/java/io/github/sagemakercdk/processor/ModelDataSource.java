package io.github.sagemakercdk.processor;

/** Where a container's model artifacts come from, once the reference is understood. */
sealed interface ModelDataSource {

  /** {@code asset:<file>.tar.gz}: uploaded at deploy time; the path is absolute once checked on disk. */
  record Asset(String file) implements ModelDataSource {}

  /** {@code s3://<bucket>/<key>}. */
  record S3(String bucket, String key) implements ModelDataSource {}

  /** {@code uncompressed:s3://<bucket>/<prefix>/} or {@code uncompressed:s3://<bucket>/<key>}: uncompressed files. */
  record Uncompressed(String bucket, String keyOrPrefix) implements ModelDataSource {}
}
