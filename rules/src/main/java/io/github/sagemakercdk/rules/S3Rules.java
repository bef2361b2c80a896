package io.github.sagemakercdk.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** S3's naming rules for general purpose buckets and object keys, and SageMaker's for model data. */
public final class S3Rules {
  private static final Pattern BUCKET_CHARACTERS = Pattern.compile("^[a-z0-9][a-z0-9.-]*[a-z0-9]$");
  private static final Pattern IP_ADDRESS = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
  private static final Pattern MODEL_DATA_URL = Pattern.compile("^(https|s3)://([^/]+)/?(.*)$");
  private static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
  private static final List<String> RESERVED_SUFFIXES =
      List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");

  private S3Rules() {}

  public static Optional<Violation> bucketName(String name) {
    return bucketNameProblem(name).map(problem -> Rule.S3_BUCKET_NAME.violation(Location.VALUE, name, problem));
  }

  private static Optional<String> bucketNameProblem(String name) {
    if (name.length() < Limits.MIN_S3_BUCKET_NAME_LENGTH || name.length() > Limits.MAX_S3_BUCKET_NAME_LENGTH) {
      return Optional.of("a bucket name is 3 to 63 characters long");
    }
    if (!BUCKET_CHARACTERS.matcher(name).matches()) {
      return Optional.of("use lowercase letters, digits, '.' and '-', starting and ending with a letter or digit");
    }
    if (name.contains("..")) {
      return Optional.of("two periods may not stand next to each other");
    }
    if (IP_ADDRESS.matcher(name).matches()) {
      return Optional.of("a bucket name may not look like an IP address");
    }
    for (String prefix : RESERVED_PREFIXES) {
      if (name.startsWith(prefix)) {
        return Optional.of("the prefix \"" + prefix + "\" is reserved by S3");
      }
    }
    for (String suffix : RESERVED_SUFFIXES) {
      if (name.endsWith(suffix)) {
        return Optional.of("the suffix \"" + suffix + "\" is reserved by S3");
      }
    }
    return Optional.empty();
  }

  public static Optional<Violation> objectKey(String key) {
    if (key.isEmpty()) {
      return Optional.of(Rule.S3_OBJECT_KEY.violation(Location.VALUE, key, "give the key of the object"));
    }
    if (Utf8.length(key) > Limits.MAX_S3_OBJECT_KEY_BYTES) {
      return Optional.of(Rule.S3_OBJECT_KEY.violation(
          Location.VALUE, key, "a key is at most " + Limits.MAX_S3_OBJECT_KEY_BYTES + " bytes of UTF-8"));
    }
    return Optional.empty();
  }

  /** Model artifacts are one gzip-compressed tar archive, named so. */
  public static Optional<Violation> modelArchive(String pathOrKey) {
    return pathOrKey.toLowerCase(Locale.ROOT).endsWith(Limits.MODEL_DATA_ARCHIVE_SUFFIX)
        ? Optional.empty()
        : Optional.of(Rule.MODEL_DATA_ARCHIVE.violation(Location.VALUE, pathOrKey));
  }

  /** ContainerDefinition.ModelDataUrl as SageMaker accepts it. */
  public static Optional<Violation> modelDataUrl(String url) {
    return url.length() <= Limits.MAX_MODEL_DATA_URL_LENGTH && MODEL_DATA_URL.matcher(url).matches()
        ? Optional.empty()
        : Optional.of(Rule.MODEL_DATA_URL.violation(Location.VALUE, url));
  }
}
