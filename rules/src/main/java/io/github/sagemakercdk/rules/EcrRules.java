package io.github.sagemakercdk.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/** ECR's rules for repository names, tags and digests, and SageMaker's for image URIs. */
public final class EcrRules {
  private static final Pattern REPOSITORY_NAME = Pattern.compile(Limits.ECR_REPOSITORY_NAME_PATTERN);
  private static final Pattern TAG = Pattern.compile(Limits.ECR_TAG_PATTERN);
  private static final Pattern DIGEST = Pattern.compile(Limits.ECR_DIGEST_PATTERN);
  private static final Pattern REGISTRY_ID = Pattern.compile(Limits.ECR_REGISTRY_ID_PATTERN);
  private static final Pattern NO_WHITE_SPACE = Pattern.compile("^\\S+$");

  private EcrRules() {}

  public static Optional<Violation> repositoryName(String name) {
    boolean valid = name.length() >= Limits.MIN_ECR_REPOSITORY_NAME_LENGTH
        && name.length() <= Limits.MAX_ECR_REPOSITORY_NAME_LENGTH
        && REPOSITORY_NAME.matcher(name).matches();
    return valid ? Optional.empty() : Optional.of(Rule.ECR_REPOSITORY_NAME.violation(Location.VALUE, name));
  }

  /** A tag, or a digest when it starts with {@code sha256:}, as ECR's image references allow both. */
  public static Optional<Violation> tagOrDigest(String tagOrDigest) {
    return tagOrDigest.startsWith("sha256:") ? digest(tagOrDigest) : tag(tagOrDigest);
  }

  public static Optional<Violation> tag(String tag) {
    return TAG.matcher(tag).matches()
        ? Optional.empty()
        : Optional.of(Rule.ECR_TAG.violation(Location.VALUE, tag));
  }

  public static Optional<Violation> digest(String digest) {
    return DIGEST.matcher(digest).matches()
        ? Optional.empty()
        : Optional.of(Rule.ECR_DIGEST.violation(Location.VALUE, digest));
  }

  /** The account ID that names a registry, as in {@code <account>.dkr.ecr.<region>.amazonaws.com}. */
  public static Optional<Violation> registryId(String accountId) {
    return REGISTRY_ID.matcher(accountId).matches()
        ? Optional.empty()
        : Optional.of(Rule.ECR_REGISTRY_ID.violation(Location.VALUE, accountId));
  }

  /** ContainerDefinition.Image: the whole URI SageMaker pulls. */
  public static Optional<Violation> imageUri(String uri) {
    return uri.length() <= Limits.MAX_IMAGE_URI_LENGTH && NO_WHITE_SPACE.matcher(uri).matches()
        ? Optional.empty()
        : Optional.of(Rule.IMAGE_URI.violation(Location.VALUE, uri));
  }
}
