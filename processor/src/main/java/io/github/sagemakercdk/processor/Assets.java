package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.AssetRules;
import io.github.sagemakercdk.rules.Violation;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks {@code asset:} paths on disk, where the build will look for them, and makes them absolute so that the
 * generated stack finds them from any working directory. What an asset must be is the rules module's
 * ({@link AssetRules}); where a relative path was looked for is added here, as only the processor knows it.
 */
final class Assets {
  private Assets() {}

  /** A Docker build context: a folder that holds a Dockerfile. */
  static Parsed<String> imageDirectory(String path, ProjectDirectory.Base base) {
    return resolve("image", path, base).flatMap(
        directory -> checked(AssetRules.imageAssetDirectory(directory, null), directory, path, base));
  }

  /** A model archive: a regular file. */
  static Parsed<String> modelDataFile(String path, ProjectDirectory.Base base) {
    return resolve("modelData", path, base).flatMap(
        file -> checked(AssetRules.modelDataFile(file), file, path, base));
  }

  private static Parsed<String> checked(Optional<Violation> violation, Path resolved, String path, ProjectDirectory.Base base) {
    if (violation.isEmpty()) {
      return Parsed.of(resolved.toString());
    }
    String message = violation.get().toString();
    return Parsed.failed(Path.of(path).isAbsolute() ? message : message + " (" + base.describe() + ")");
  }

  private static Parsed<Path> resolve(String attribute, String path, ProjectDirectory.Base base) {
    try {
      return Parsed.of(base.directory().resolve(Path.of(path)).toAbsolutePath().normalize());
    } catch (InvalidPathException e) {
      return Parsed.failed(Problem.ASSET_PATH_INVALID.message(attribute, path, e.getReason()));
    }
  }
}
