package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.AssetProps;
import io.github.sagemakercdk.internal.ChildIds;
import io.github.sagemakercdk.internal.RegistryAccounts;
import io.github.sagemakercdk.internal.RuntimeRule;
import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.AssetRules;
import io.github.sagemakercdk.rules.EcrRules;
import io.github.sagemakercdk.rules.FrameworkImage;
import io.github.sagemakercdk.rules.FrameworkImages;
import io.github.sagemakercdk.rules.ImageRegistry;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.RepositoryAttributes;
import software.amazon.awscdk.services.ecr.assets.DockerImageAsset;
import software.amazon.awscdk.services.ecr.assets.DockerImageAssetOptions;
import software.constructs.Construct;

/**
 * The Docker image a container runs: built from a local directory, taken from an ECR repository, one of the
 * AWS Deep Learning Containers, or a framework or built-in algorithm image by version. Binding it to a model grants the model's role pull access to exactly that
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
   * The image SageMaker publishes for a framework or built-in algorithm at {@code version}, such as
   * {@code fromFramework("xgboost", "1.7-1")}, from its registry in the stack's region (as the SageMaker Python
   * SDK's {@code image_uris.retrieve} finds it). For a version with images for several processors or Python
   * versions, choose one with {@link #fromFramework(String, String, FrameworkImageOptions)}.
   */
  public static ContainerImage fromFramework(String framework, String version) {
    return new FrameworkRegistryImage(framework, version, FrameworkImageOptions.builder().build());
  }

  /**
   * The image SageMaker publishes for a framework at {@code version} for the processor and Python version of
   * {@code options}, such as {@code fromFramework("pytorch", "2.6.0",
   * FrameworkImageOptions.builder().processor("gpu").build())}.
   */
  public static ContainerImage fromFramework(String framework, String version, FrameworkImageOptions options) {
    return new FrameworkRegistryImage(framework, version, options);
  }

  /**
   * Called by the model that uses this image: creates what the image needs within {@code scope}, grants the
   * model's role pull access, and says which image to run.
   */
  public abstract ContainerImageConfig bind(Construct scope, IModel model);

  /**
   * The image's URI within {@code scope}, granting nothing: what a {@link ModelPackage} records, whose models pull
   * the image with their own role when they {@link #bind} it. Null for an image of another kind (a subclass).
   */
  String imageUri(Construct scope) {
    return null;
  }

  /** Whether {@link #imageUri} gives the URI: the built-in kinds a model package can record. */
  boolean recordable() {
    return false;
  }

  /** An image built from a local directory and pushed to the CDK assets repository on deploy. */
  private static final class AssetImage extends ContainerImage {
    private final String directory;
    private final DockerImageAssetOptions options;
    /** One asset per stack, however many models or containers use this image there. */
    private final Map<String, DockerImageAsset> assetsByStack = new HashMap<>();

    AssetImage(String directory, DockerImageAssetOptions options) {
      if (directory == null) {
        throw new IllegalArgumentException("ContainerImage.fromAsset: give the directory that holds the Dockerfile");
      }
      Violations.check("ContainerImage.fromAsset",
          AssetRules.imageAssetDirectory(Path.of(directory), options == null ? null : options.getFile()));
      this.directory = directory;
      this.options = options;
    }

    @Override
    public ContainerImageConfig bind(Construct scope, IModel model) {
      DockerImageAsset asset = asset(scope);
      ModelBase.grantsOf(model).pullImages(asset.getRepository());
      return ContainerImageConfig.builder().imageName(asset.getImageUri()).build();
    }

    @Override
    boolean recordable() {
      return true;
    }

    @Override
    String imageUri(Construct scope) {
      return asset(scope).getImageUri();
    }

    private DockerImageAsset asset(Construct scope) {
      return assetsByStack.computeIfAbsent(Stack.of(scope).getNode().getAddr(),
          stack -> new DockerImageAsset(scope, ChildIds.unique(scope, "ModelImage", directory),
              AssetProps.dockerImage(directory, options)));
    }
  }

  /** An image in an ECR repository, by tag or by digest. */
  private static final class EcrImage extends ContainerImage {
    static final String DEFAULT_TAG = "latest";

    private final IRepository repository;
    private final String tagOrDigest;

    EcrImage(IRepository repository, String tagOrDigest) {
      if (repository == null) {
        throw new IllegalArgumentException("ContainerImage.fromEcrRepository: give the repository, for example"
            + " Repository.fromRepositoryName(this, \"Repository\", \"xgboost\")");
      }
      String name = repository.getRepositoryName();
      String subject = "ContainerImage.fromEcrRepository(" + (Tokens.isUnresolved(name) ? "<token>" : name) + ")";
      if (tagOrDigest == null) {
        throw new IllegalArgumentException(subject + ": give a tag or a sha256: digest, or leave it out for \""
            + DEFAULT_TAG + "\"");
      }
      if (!Tokens.isUnresolved(name)) {
        Violations.check(subject, EcrRules.repositoryName(name));
      }
      if (!Tokens.isUnresolved(tagOrDigest)) {
        Violations.check(subject, EcrRules.tagOrDigest(tagOrDigest));
      }
      this.repository = repository;
      this.tagOrDigest = tagOrDigest;
    }

    @Override
    public ContainerImageConfig bind(Construct scope, IModel model) {
      ModelBase.grantsOf(model).pullImages(repository);
      return ContainerImageConfig.builder().imageName(imageUri(scope)).build();
    }

    @Override
    boolean recordable() {
      return true;
    }

    @Override
    String imageUri(Construct scope) {
      return repository.repositoryUriForTagOrDigest(tagOrDigest);
    }
  }

  /**
   * An AWS Deep Learning Containers image. AWS publishes these in a registry account per region; unless an account
   * is given, it comes from the Deep Learning Containers registry of the rules' framework images: a literal for a
   * stack in a known region, and a CloudFormation mapping over the registry's regions for a region-agnostic stack.
   */
  private static final class DlcImage extends ContainerImage {
    /** aws-cdk-lib's name for its own DLC account mapping: a stack that also asks for that fact shares this one. */
    private static final String DLC_MAPPING = "DlcRepositoryAccountMap";
    private final String repositoryName;
    private final String tag;
    private final String accountId;
    /** One imported repository per scope, however often this image is bound there. */
    private final Map<String, IRepository> repositoriesByScope = new HashMap<>();

    DlcImage(String repositoryName, String tag, String accountId) {
      String subject = "ContainerImage.fromDlc(" + repositoryName + ", " + tag + ")";
      if (repositoryName == null || tag == null) {
        throw new IllegalArgumentException(subject + ": give the repository name and the tag, for example"
            + " fromDlc(\"pytorch-inference\", \"2.1.0-cpu-py310\")");
      }
      if (!Tokens.isUnresolved(repositoryName)) {
        Violations.check(subject, EcrRules.repositoryName(repositoryName));
      }
      if (!Tokens.isUnresolved(tag)) {
        Violations.check(subject, EcrRules.tagOrDigest(tag));
      }
      if (accountId != null && !Tokens.isUnresolved(accountId)) {
        Violations.check(subject, EcrRules.registryId(accountId));
      }
      this.repositoryName = repositoryName;
      this.tag = tag;
      this.accountId = accountId;
    }

    @Override
    public ContainerImageConfig bind(Construct scope, IModel model) {
      IRepository repository = repository(scope);
      ModelBase.grantsOf(model).pullImages(repository);
      return ContainerImageConfig.builder().imageName(repository.repositoryUriForTagOrDigest(tag)).build();
    }

    @Override
    boolean recordable() {
      return true;
    }

    @Override
    String imageUri(Construct scope) {
      return repository(scope).repositoryUriForTagOrDigest(tag);
    }

    private IRepository repository(Construct scope) {
      return repositoriesByScope.computeIfAbsent(scope.getNode().getAddr(), key -> {
        String account = accountId != null ? accountId : registryAccount(Stack.of(scope));
        String registry = accountId == null ? "regional" : accountId;
        return Repository.fromRepositoryAttributes(scope,
            ChildIds.unique(scope, "DlcRepository", repositoryName + "@" + registry),
            RepositoryAttributes.builder()
                .repositoryName(repositoryName)
                .repositoryArn(Repository.arnForLocalRepository(repositoryName, scope, account))
                .build());
      });
    }

    private String registryAccount(Stack stack) {
      String subject = "ContainerImage.fromDlc(" + repositoryName + ", " + tag + ")";
      return RegistryAccounts.account(stack, FrameworkImages.shipped().dlcRegistry(), DLC_MAPPING,
          () -> Violations.invalid(subject, RuntimeRule.DLC_REGION, stack.getRegion()), () -> subject);
    }
  }

  /** A framework or built-in algorithm image, from the registry AWS publishes it in for the stack's region. */
  private static final class FrameworkRegistryImage extends ContainerImage {
    private final FrameworkImage image;
    private final String subject;
    /** One imported repository per scope, however often this image is bound there. */
    private final Map<String, IRepository> repositoriesByScope = new HashMap<>();

    FrameworkRegistryImage(String framework, String version, FrameworkImageOptions options) {
      if (framework == null || version == null || options == null) {
        throw new IllegalArgumentException("ContainerImage.fromFramework: give the framework and its version, for"
            + " example fromFramework(\"xgboost\", \"1.7-1\")");
      }
      String processor = options.getProcessor();
      String python = options.getPythonVersion();
      this.subject = "ContainerImage.fromFramework(" + framework + ", " + version
          + (processor == null ? "" : ", processor " + processor)
          + (python == null ? "" : ", Python " + python) + ")";
      FrameworkImages.Lookup lookup = FrameworkImages.shipped().find(framework, version, processor, python);
      Violations.check(subject, lookup.violation());
      this.image = lookup.image();
    }

    @Override
    public ContainerImageConfig bind(Construct scope, IModel model) {
      IRepository repository = repositoriesByScope.computeIfAbsent(scope.getNode().getAddr(), key -> {
        Stack stack = Stack.of(scope);
        ImageRegistry registry = image.registry();
        String account = RegistryAccounts.account(stack, registry, "ImageRegistry" + registry.id() + "Map",
            () -> Violations.invalid(subject, FrameworkImages.region(image, stack.getRegion()).orElseThrow()),
            () -> subject);
        return Repository.fromRepositoryAttributes(scope,
            ChildIds.unique(scope, "FrameworkRepository", image.repository() + "@" + registry.id()),
            RepositoryAttributes.builder()
                .repositoryName(image.repository())
                .repositoryArn(Repository.arnForLocalRepository(image.repository(), scope, account))
                .build());
      });
      ModelBase.grantsOf(model).pullImages(repository);
      return ContainerImageConfig.builder().imageName(repository.repositoryUriForTagOrDigest(image.tag())).build();
    }
  }
}
