package io.github.sagemakercdk.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An S3 location SageMaker writes objects under, {@code s3://<bucket>} or {@code s3://<bucket>/<prefix>}.
 *
 * @param bucket the bucket's name
 * @param keyPrefix the key prefix without leading or trailing slashes, empty for the whole bucket
 */
public record S3Destination(String bucket, String keyPrefix) {
  private static final Pattern URI = Pattern.compile("^s3://([^/]+)(?:/(.*))?$");

  /** The destination of an {@code s3://} URI, or empty when it is not one. */
  public static Optional<S3Destination> parse(String uri) {
    Matcher matcher = URI.matcher(uri);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String prefix = matcher.group(2) == null ? "" : matcher.group(2);
    return Optional.of(new S3Destination(matcher.group(1), trimSlashes(prefix)));
  }

  /** The destination of {@code bucket} and {@code keyPrefix} (null: none; slashes at either end dropped). */
  public static S3Destination of(String bucket, String keyPrefix) {
    return new S3Destination(bucket, keyPrefix == null ? "" : trimSlashes(keyPrefix));
  }

  /** {@code s3://<bucket>} or {@code s3://<bucket>/<prefix>}. */
  public String uri() {
    return "s3://" + bucket + (keyPrefix.isEmpty() ? "" : "/" + keyPrefix);
  }

  /**
   * The keys SageMaker writes under this destination, as an S3 object pattern: {@code <prefix>/*}, or {@code *} for
   * the whole bucket (it appends {@code /<endpoint>/<variant>/<yyyy>/<mm>/<dd>/<hh>/<file>.jsonl}).
   */
  public String objectsPattern() {
    return keyPrefix.isEmpty() ? "*" : keyPrefix + "/*";
  }

  private static String trimSlashes(String prefix) {
    int start = 0;
    int end = prefix.length();
    while (start < end && prefix.charAt(start) == '/') {
      start++;
    }
    while (end > start && prefix.charAt(end - 1) == '/') {
      end--;
    }
    return prefix.substring(start, end);
  }
}
