package io.github.sagemakercdk.processor;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * The folder that relative {@code asset:} paths of one annotated class resolve against. Absolute paths are
 * taken as they are.
 *
 * <p>The first of these that applies:
 *
 * <ol>
 *   <li>the processor option {@code sagemaker.projectDir} ({@code -Asagemaker.projectDir=<dir>}; a relative
 *       value is taken from the compiler's working directory);
 *   <li>by default, the project folder of the class: the nearest folder above the class's source file that
 *       holds a {@code pom.xml}, {@code build.gradle} or {@code build.gradle.kts}. javac tells where the
 *       source file is; other compilers are asked through the Filer's source path, where they have one;
 *   <li>else the compiler's working directory (for a build run from the project folder, the same thing).
 * </ol>
 *
 * <p>So in a Maven or Gradle module, {@code asset:docker/serve} names {@code <module>/docker/serve} however
 * the build is started.
 */
final class ProjectDirectory {
  static final String OPTION = "sagemaker.projectDir";
  private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");

  /**
   * The folder found for a class, and how, for messages.
   *
   * @param directory the absolute, normalized folder
   * @param origin why this folder, as a clause of a message
   */
  record Base(Path directory, String origin) {
    String describe() {
      return "relative paths resolve against " + directory + ", " + origin;
    }
  }

  private final String option;
  private final CompilerSupport compiler;
  private final Path workingDirectory;

  ProjectDirectory(Map<String, String> options, CompilerSupport compiler, Path workingDirectory) {
    this.option = options.get(OPTION);
    this.compiler = compiler;
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  Base of(TypeElement type) {
    if (option != null && !option.isBlank()) {
      try {
        return new Base(workingDirectory.resolve(option.strip()).normalize(),
            "the processor option " + OPTION);
      } catch (InvalidPathException e) {
        return new Base(workingDirectory, "the working directory, as the processor option " + OPTION
            + " is not a valid path (" + e.getMessage() + ")");
      }
    }
    Optional<Path> source = compiler.sourceFile(type);
    if (source.isPresent()) {
      for (Path folder = source.get().toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
        for (String buildFile : BUILD_FILES) {
          if (Files.isRegularFile(folder.resolve(buildFile))) {
            return new Base(folder.normalize(), "the folder of the " + buildFile + " above the source file"
                + " (set the processor option " + OPTION + " to choose another)");
          }
        }
      }
    }
    return new Base(workingDirectory, "the working directory, as no pom.xml, build.gradle or build.gradle.kts"
        + " was found above the source file (set the processor option " + OPTION + " to choose another)");
  }
}
