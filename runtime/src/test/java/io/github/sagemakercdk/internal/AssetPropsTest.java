package io.github.sagemakercdk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AssetHashType;
import software.amazon.awscdk.BundlingOptions;
import software.amazon.awscdk.DockerImage;
import software.amazon.awscdk.IgnoreMode;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.SymlinkFollowMode;
import software.amazon.awscdk.services.ecr.assets.DockerCacheOption;
import software.amazon.awscdk.services.ecr.assets.DockerImageAssetInvalidationOptions;
import software.amazon.awscdk.services.ecr.assets.DockerImageAssetOptions;
import software.amazon.awscdk.services.ecr.assets.NetworkMode;
import software.amazon.awscdk.services.ecr.assets.Platform;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.assets.AssetOptions;

/**
 * Every asset option a user passes reaches the asset: each getter of the options interfaces (as aws-cdk-lib
 * 2.263 defines them, found by reflection) is set here and must come back unchanged from the props.
 */
class AssetPropsTest {

  @Test
  void everyDockerImageAssetOptionIsPassedOn() throws Exception {
    DockerImageAssetOptions options = DockerImageAssetOptions.builder()
        .assetName("model-image")
        .buildArgs(Map.of("MODE", "serve"))
        .buildContexts(Map.of("shared", "../shared"))
        .buildSecrets(Map.of("token", "env=TOKEN"))
        .buildSsh("default")
        .cacheDisabled(true)
        .cacheFrom(List.of(DockerCacheOption.builder().type("registry").build()))
        .cacheTo(DockerCacheOption.builder().type("inline").build())
        .displayName("Model image")
        .file("Serve.dockerfile")
        .invalidation(DockerImageAssetInvalidationOptions.builder().buildArgs(false).build())
        .networkMode(NetworkMode.HOST)
        .outputs(List.of("type=docker"))
        .platform(Platform.LINUX_AMD64)
        .target("runtime")
        .extraHash("v2")
        .exclude(List.of("*.md"))
        .followSymlinks(SymlinkFollowMode.ALWAYS)
        .ignoreMode(IgnoreMode.DOCKER)
        .build();

    var props = AssetProps.dockerImage("/models/image", options);

    assertEquals("/models/image", props.getDirectory());
    assertEveryGetterCopied(DockerImageAssetOptions.class, options, props);
  }

  @Test
  void everyFileAssetOptionIsPassedOn() throws Exception {
    Stack stack = new Stack(new App(), "Options");
    AssetOptions options = AssetOptions.builder()
        .deployTime(true)
        .displayName("Model data")
        .readers(List.of(new AccountRootPrincipal()))
        .sourceKmsKey(Key.fromKeyArn(stack, "Key", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"))
        .assetHash("0123456789abcdef")
        .assetHashType(AssetHashType.CUSTOM)
        .bundling(BundlingOptions.builder().image(DockerImage.fromRegistry("public.ecr.aws/docker/library/busybox")).build())
        .exclude(List.of("*.md"))
        .followSymlinks(SymlinkFollowMode.NEVER)
        .ignoreMode(IgnoreMode.GLOB)
        .build();

    var props = AssetProps.file("/models/model.tar.gz", options);

    assertEquals("/models/model.tar.gz", props.getPath());
    assertEveryGetterCopied(AssetOptions.class, options, props);
  }

  @Test
  void noOptionsGiveJustThePath() {
    assertEquals("/d", AssetProps.dockerImage("/d", null).getDirectory());
    assertEquals(null, AssetProps.dockerImage("/d", null).getFile());
    assertEquals("/f.tar.gz", AssetProps.file("/f.tar.gz", null).getPath());
  }

  private static <T> void assertEveryGetterCopied(Class<T> optionsType, T options, T props) throws Exception {
    int getters = 0;
    for (Method getter : optionsType.getMethods()) {
      if (!getter.getName().startsWith("get") || getter.getParameterCount() != 0) {
        continue;
      }
      Object given = getter.invoke(options);
      assertNotNull(given, "the test sets every option; it misses " + getter.getName());
      assertEquals(given, getter.invoke(props), getter.getName() + " is not passed on");
      getters++;
    }
    assertTrue(getters > 5, "found the getters of " + optionsType.getName());
  }
}
