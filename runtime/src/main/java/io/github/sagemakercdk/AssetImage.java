package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.AssetProps;
import io.github.sagemakercdk.internal.ChildIds;
import io.github.sagemakercdk.internal.ModelGrants;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.AssetRules;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecr.assets.DockerImageAsset;
import software.amazon.awscdk.services.ecr.assets.DockerImageAssetOptions;
import software.constructs.Construct;

/** An image built from a local directory and pushed to the CDK assets repository on deploy. */
final class AssetImage extends ContainerImage {
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
    DockerImageAsset asset = assetsByStack.computeIfAbsent(Stack.of(scope).getNode().getAddr(),
        stack -> new DockerImageAsset(scope, ChildIds.unique(scope, "ModelImage", directory),
            AssetProps.dockerImage(directory, options)));
    ModelGrants.pullImages(asset.getRepository(), model.getGrantPrincipal());
    return ContainerImageConfig.builder().imageName(asset.getImageUri()).build();
  }
}
