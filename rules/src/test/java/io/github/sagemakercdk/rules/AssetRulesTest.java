package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetRulesTest {
  @TempDir Path dir;

  @Test
  void anImageAssetDirectoryHoldsItsBuildFile() throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
    Files.createDirectories(dir.resolve("docker"));
    Files.writeString(dir.resolve("docker/Serve.dockerfile"), "FROM scratch\n");

    assertTrue(AssetRules.imageAssetDirectory(dir, null).isEmpty());
    assertTrue(AssetRules.imageAssetDirectory(dir, "docker/Serve.dockerfile").isEmpty());
  }

  @Test
  void aMissingDirectoryIsReported() {
    Violation violation = AssetRules.imageAssetDirectory(dir.resolve("nope"), null).orElseThrow();
    assertEquals(Rule.IMAGE_ASSET_DIRECTORY, violation.rule());
    assertTrue(violation.message().contains(dir.resolve("nope").toString()), violation.message());
    assertTrue(violation.message().endsWith("it does not exist"), violation.message());
  }

  @Test
  void aFileIsNotAnImageAssetDirectory() throws IOException {
    Path file = Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
    Violation violation = AssetRules.imageAssetDirectory(file, null).orElseThrow();
    assertTrue(violation.message().contains("not a directory"), violation.message());
  }

  @Test
  void aDirectoryWithoutItsBuildFileIsReported() throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
    Violation violation = AssetRules.imageAssetDirectory(dir, "Other.dockerfile").orElseThrow();
    assertEquals(Rule.IMAGE_ASSET_DIRECTORY, violation.rule());
    assertTrue(violation.message().contains("no build file \"Other.dockerfile\""), violation.message());

    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertTrue(AssetRules.imageAssetDirectory(empty, null).orElseThrow().message()
        .contains("no build file \"Dockerfile\""));
  }

  @Test
  void modelDataIsAnExistingFile() throws IOException {
    Path archive = Files.writeString(dir.resolve("model.tar.gz"), "not really gzip");
    assertTrue(AssetRules.modelDataFile(archive).isEmpty());

    Violation missing = AssetRules.modelDataFile(dir.resolve("gone.tar.gz")).orElseThrow();
    assertEquals(Rule.MODEL_DATA_FILE, missing.rule());
    assertTrue(missing.message().endsWith("it does not exist"), missing.message());

    Path folder = Files.createDirectories(dir.resolve("folder.tar.gz"));
    assertTrue(AssetRules.modelDataFile(folder).orElseThrow().message().contains("is a directory"));
  }

  @Test
  void longPathsAreShownWhole() {
    Path deep = dir.resolve("a".repeat(60)).resolve("b".repeat(60)).resolve("model.tar.gz");
    assertTrue(AssetRules.modelDataFile(deep).orElseThrow().message().contains(deep.toString()));
  }
}
