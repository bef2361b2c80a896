package io.github.sagemakercdk.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What local assets must be before they can be built or uploaded: checked on the file system, so that a
 * wrong path is reported where it is written rather than when Docker or the upload fails.
 */
public final class AssetRules {
  private AssetRules() {}

  /**
   * A directory Docker can build an image from.
   *
   * @param dockerfile the build file's path relative to {@code directory}, or null for {@code Dockerfile}
   */
  public static Optional<Violation> imageAssetDirectory(Path directory, String dockerfile) {
    String file = dockerfile == null ? Limits.DEFAULT_DOCKERFILE : dockerfile;
    String problem = null;
    if (!Files.exists(directory)) {
      problem = "it does not exist";
    } else if (!Files.isDirectory(directory)) {
      problem = "it is a file, not a directory; give the directory that holds the Dockerfile";
    } else if (!Files.isRegularFile(directory.resolve(file))) {
      problem = "it holds no build file " + Messages.quoted(file);
    }
    return problem == null
        ? Optional.empty()
        : Optional.of(Rule.IMAGE_ASSET_DIRECTORY.violation(Location.VALUE, directory, problem));
  }

  /** A file that can be uploaded as model data (whether it is a .tar.gz is {@link S3Rules#modelArchive}). */
  public static Optional<Violation> modelDataFile(Path file) {
    String problem = null;
    if (!Files.exists(file)) {
      problem = "it does not exist";
    } else if (!Files.isRegularFile(file)) {
      problem = "it is a directory, not a file; give the .tar.gz archive itself";
    }
    return problem == null
        ? Optional.empty()
        : Optional.of(Rule.MODEL_DATA_FILE.violation(Location.VALUE, file, problem));
  }
}
