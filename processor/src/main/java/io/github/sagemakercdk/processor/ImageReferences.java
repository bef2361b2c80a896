package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.EcrRules;
import io.github.sagemakercdk.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an {@code image} reference: its syntax, and ECR's rules for the names in it. Assets on disk are
 * checked separately, by {@link Assets}.
 */
final class ImageReferences {
  static final String ASSET = "asset:";
  static final String ECR = "ecr:";
  static final String DLC = "dlc:";
  /** A version of the Model Registry: {@code model-package:<versioned ARN>}, read by the model's validator. */
  static final String MODEL_PACKAGE = "model-package:";
  static final String FRAMEWORK = "framework:";

  /** The registry host of a private ECR registry, then the repository with its tag or digest. */
  private static final Pattern REGISTRY_URI =
      Pattern.compile("^([^./]+)\\.dkr\\.ecr\\.([^./]+)\\.amazonaws\\.com(\\.cn)?/(.+)$");
  private static final Pattern REGION = Pattern.compile("^[a-z]{2}(-[a-z]+)+-\\d+$");

  private ImageReferences() {}

  static Parsed<ImageSource> parse(String reference) {
    if (reference.isEmpty()) {
      return Parsed.failed(Problem.IMAGE_EMPTY.message());
    }
    if (reference.startsWith(ASSET)) {
      String path = reference.substring(ASSET.length());
      return path.isEmpty()
          ? Parsed.failed(Problem.ASSET_PATH_EMPTY.message("image", "asset:<directory with a Dockerfile>"))
          : Parsed.of(new ImageSource.Asset(path));
    }
    if (reference.startsWith(ECR)) {
      return repositoryAndTag(reference, reference.substring(ECR.length()), true,
          "ecr:<repository>:<tag> or ecr:<repository>@sha256:<digest>")
          .map(parts -> new ImageSource.Ecr(parts.repository(), parts.tagOrDigest()));
    }
    if (reference.startsWith(DLC)) {
      return repositoryAndTag(reference, reference.substring(DLC.length()), false, "dlc:<repository>:<tag>")
          .map(parts -> new ImageSource.Dlc(parts.repository(), parts.tagOrDigest()));
    }
    if (reference.startsWith(FRAMEWORK)) {
      return FrameworkReferences.parse(reference, reference.substring(FRAMEWORK.length()));
    }
    Matcher uri = REGISTRY_URI.matcher(reference);
    if (uri.matches()) {
      return registry(reference, uri);
    }
    return looksLikeRegistryUri(reference)
        ? Parsed.failed(Problem.REGISTRY_URI.message(reference))
        : Parsed.failed(Problem.IMAGE_REFERENCE.message(reference));
  }

  private static Parsed<ImageSource> registry(String reference, Matcher uri) {
    String account = uri.group(1);
    String region = uri.group(2);
    boolean china = uri.group(3) != null;
    if (!REGION.matcher(region).matches() || region.startsWith("cn-") != china) {
      return Parsed.failed(Problem.REGISTRY_URI.message(reference));
    }
    Optional<Violation> registry = EcrRules.registryId(account);
    if (registry.isPresent()) {
      return Parsed.failed(registry.get().toString());
    }
    Parsed<RepositoryAndTag> parts = repositoryAndTag(reference, uri.group(4), true,
        "<account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag> or .../<repository>@sha256:<digest>");
    if (!parts.ok()) {
      return Parsed.failed(parts.errors());
    }
    Optional<Violation> length = EcrRules.imageUri(reference);
    if (length.isPresent()) {
      return Parsed.failed(length.get().toString());
    }
    String partition = china ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    return Parsed.of(new ImageSource.Registry(
        account, region, partition, parts.value().repository(), parts.value().tagOrDigest()));
  }

  /** {@code <repository>:<tag>}, or {@code <repository>@sha256:<digest>} where digests are allowed. */
  private static Parsed<RepositoryAndTag> repositoryAndTag(
      String reference, String rest, boolean digestAllowed, String expected) {
    List<String> errors = new ArrayList<>();
    String repository;
    String tagOrDigest;
    int at = rest.indexOf('@');
    if (at >= 0) {
      if (!digestAllowed) {
        return Parsed.failed(Problem.DLC_DIGEST.message(reference));
      }
      repository = rest.substring(0, at);
      tagOrDigest = rest.substring(at + 1);
      EcrRules.repositoryName(repository).map(Violation::toString).ifPresent(errors::add);
      EcrRules.digest(tagOrDigest).map(Violation::toString).ifPresent(errors::add);
    } else {
      // Tags hold no ':', repository names hold no ':' either: the last one separates them.
      int colon = rest.lastIndexOf(':');
      if (colon < 0) {
        return Parsed.failed(Problem.IMAGE_TAG_MISSING.message(reference, expected));
      }
      repository = rest.substring(0, colon);
      tagOrDigest = rest.substring(colon + 1);
      EcrRules.repositoryName(repository).map(Violation::toString).ifPresent(errors::add);
      EcrRules.tag(tagOrDigest).map(Violation::toString).ifPresent(errors::add);
    }
    return Parsed.unless(errors, new RepositoryAndTag(repository, tagOrDigest));
  }

  /** An ECR host, or a host with a dot before the first '/': someone meant a registry, not a scheme. */
  private static boolean looksLikeRegistryUri(String reference) {
    int slash = reference.indexOf('/');
    return reference.contains(".dkr.ecr.") || slash > 0 && reference.substring(0, slash).contains(".");
  }

  private record RepositoryAndTag(String repository, String tagOrDigest) {}
}
