package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.FrameworkImage;

/** Where a container's image comes from, once its reference is understood. */
sealed interface ImageSource {

  /** {@code asset:<dir>}: a Docker build context; the path is absolute once checked on disk. */
  record Asset(String directory) implements ImageSource {}

  /** {@code ecr:<repository>:<tag>} or {@code ecr:<repository>@sha256:<digest>}: the stack's own account and region. */
  record Ecr(String repository, String tagOrDigest) implements ImageSource {}

  /** {@code dlc:<repository>:<tag>}: an AWS Deep Learning Container. */
  record Dlc(String repository, String tag) implements ImageSource {}

  /**
   * {@code framework:<name>:<version>[:<processor>][:<python>]}: a framework or built-in algorithm image; the
   * processor and Python version as the reference gives them (null: not given, the version has one).
   */
  record Framework(FrameworkImage image, String processor, String python) implements ImageSource {}

  /** {@code <account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>(:<tag>|@sha256:<digest>)}. */
  record Registry(String account, String region, String partition, String repository, String tagOrDigest)
      implements ImageSource {

    String repositoryArn() {
      return "arn:" + partition + ":ecr:" + region + ":" + account + ":repository/" + repository;
    }
  }
}
