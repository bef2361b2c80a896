package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.AssetProps;
import io.github.sagemakercdk.internal.ChildIds;
import io.github.sagemakercdk.internal.ModelGrants;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.AssetRules;
import io.github.sagemakercdk.rules.S3Rules;
import io.github.sagemakercdk.rules.Violation;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.amazon.awscdk.services.s3.assets.AssetOptions;
import software.constructs.Construct;

/** A local model archive, uploaded to the CDK assets bucket on deploy. */
final class AssetModelData extends ModelData {
  private final String path;
  private final AssetOptions options;
  /** One asset per stack, however many models or containers use this data there. */
  private final Map<String, Asset> assetsByStack = new HashMap<>();

  AssetModelData(String path, AssetOptions options) {
    if (path == null) {
      throw new IllegalArgumentException("ModelData.fromAsset: give the path of the model's .tar.gz archive");
    }
    List<Violation> violations = Stream.of(AssetRules.modelDataFile(Path.of(path)), S3Rules.modelArchive(path))
        .flatMap(Optional::stream)
        .toList();
    if (!violations.isEmpty()) {
      throw Violations.invalid("ModelData.fromAsset", violations);
    }
    this.path = path;
    this.options = options;
  }

  @Override
  public ModelDataConfig bind(Construct scope, IModel model) {
    Asset asset = assetsByStack.computeIfAbsent(Stack.of(scope).getNode().getAddr(),
        stack -> new Asset(scope, ChildIds.unique(scope, "ModelData", path), AssetProps.file(path, options)));
    ModelGrants.readObject(asset.getBucket(), asset.getS3ObjectKey(), model.getGrantPrincipal());
    return ModelDataConfig.builder().uri(asset.getHttpUrl()).build();
  }
}
