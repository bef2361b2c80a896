package io.github.sagemakercdk;

import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecr.assets.DockerImageAssetOptions;
import software.constructs.Construct;

/**
 * The Docker image a container runs: built from a local directory, taken from an ECR repository, or one of the
 * AWS Deep Learning Containers. Binding it to a model grants the model's role pull access to exactly that
 * image's repository.
 */
public abstract class ContainerImage {

  /** The image built from {@code directory}, which must hold a {@code Dockerfile}. */
  public static ContainerImage fromAsset(String directory) {
    return new AssetImage(directory, null);
  }

  /**
   * The image built from {@code directory} with the given build options; the directory must hold the
   * options' {@code file}, or a {@code Dockerfile} when it is not set.
   */
  public static ContainerImage fromAsset(String directory, DockerImageAssetOptions options) {
    return new AssetImage(directory, options);
  }

  /** The image tagged {@code latest} in {@code repository}. */
  public static ContainerImage fromEcrRepository(IRepository repository) {
    return new EcrImage(repository, EcrImage.DEFAULT_TAG);
  }

  /**
   * The image in {@code repository} with the given tag (such as {@code 1.7-1}) or digest
   * ({@code sha256:} followed by 64 hexadecimal digits).
   */
  public static ContainerImage fromEcrRepository(IRepository repository, String tagOrDigest) {
    return new EcrImage(repository, tagOrDigest);
  }

  /**
   * An AWS Deep Learning Container image, such as {@code fromDlc("pytorch-inference", "2.1.0-cpu-py310")}, from
   * the registry AWS publishes these images in for the stack's region.
   */
  public static ContainerImage fromDlc(String repositoryName, String tag) {
    return new DlcImage(repositoryName, tag, null);
  }

  /** An AWS Deep Learning Container image from the registry of the given account. */
  public static ContainerImage fromDlc(String repositoryName, String tag, String accountId) {
    return new DlcImage(repositoryName, tag, accountId);
  }

  /**
   * Called by the model that uses this image: creates what the image needs within {@code scope}, grants the
   * model's role pull access, and says which image to run.
   */
  public abstract ContainerImageConfig bind(Construct scope, IModel model);
}
