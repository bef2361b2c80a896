package io.github.sagemakercdk.internal;

import software.amazon.awscdk.services.ecr.assets.DockerImageAssetOptions;
import software.amazon.awscdk.services.ecr.assets.DockerImageAssetProps;
import software.amazon.awscdk.services.s3.assets.AssetOptions;

/**
 * Asset props made of a path and the options a user passed, as TypeScript's {@code {directory, ...options}}
 * does: jsii structs cannot be spread, so every option is copied (a test checks that none is left out).
 */
public final class AssetProps {
  private AssetProps() {}

  public static DockerImageAssetProps dockerImage(String directory, DockerImageAssetOptions options) {
    DockerImageAssetProps.Builder props = DockerImageAssetProps.builder().directory(directory);
    if (options == null) {
      return props.build();
    }
    return props
        .assetName(options.getAssetName())
        .buildArgs(options.getBuildArgs())
        .buildContexts(options.getBuildContexts())
        .buildSecrets(options.getBuildSecrets())
        .buildSsh(options.getBuildSsh())
        .cacheDisabled(options.getCacheDisabled())
        .cacheFrom(options.getCacheFrom())
        .cacheTo(options.getCacheTo())
        .displayName(options.getDisplayName())
        .file(options.getFile())
        .invalidation(options.getInvalidation())
        .networkMode(options.getNetworkMode())
        .outputs(options.getOutputs())
        .platform(options.getPlatform())
        .target(options.getTarget())
        .extraHash(options.getExtraHash())
        .exclude(options.getExclude())
        .followSymlinks(options.getFollowSymlinks())
        .ignoreMode(options.getIgnoreMode())
        .build();
  }

  public static software.amazon.awscdk.services.s3.assets.AssetProps file(String path, AssetOptions options) {
    var props = software.amazon.awscdk.services.s3.assets.AssetProps.builder().path(path);
    if (options == null) {
      return props.build();
    }
    return props
        .deployTime(options.getDeployTime())
        .displayName(options.getDisplayName())
        .readers(options.getReaders())
        .sourceKmsKey(options.getSourceKMSKey())
        .assetHash(options.getAssetHash())
        .assetHashType(options.getAssetHashType())
        .bundling(options.getBundling())
        .exclude(options.getExclude())
        .followSymlinks(options.getFollowSymlinks())
        .ignoreMode(options.getIgnoreMode())
        .build();
  }
}
