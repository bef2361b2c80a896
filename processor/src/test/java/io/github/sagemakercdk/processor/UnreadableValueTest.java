package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values that are constants of other classes are read like literals; values that do not compile are not guessed at. */
class UnreadableValueTest {

  @TempDir
  Path temp;

  @Test
  void constantsOfOtherClassesAreCheckedAtTheirUse() throws IOException {
    BothCompilers.compileBeside(temp, null, Map.of("test.Images", List.of(
            "package test;",
            "public final class Images {",
            "  public static final String BAD = \"ecr:Upper:1\";",
            "}")),
        "test.Pipeline",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\")",
        "@Container(image = Images.BAD)",
        "public class Pipeline {}")
        .errorCount(1)
        .errorAt("[SM-ECR-REPOSITORY-NAME] ECR repository name \"Upper\"", "Images|.BAD", "image = Images.BAD");
  }

  /**
   * javac runs processors despite an unresolved constant (a later round might generate it), and then hands over
   * a placeholder value. (With repeated @Container, javac stops before processing, so one @Container here.)
   * Eclipse's compiler, only processing, reports no error of its own.
   */
  @Test
  void unresolvedConstantIsLeftToTheCompilerError() throws IOException {
    BothCompilers.compileClass(temp, "Pipeline", List.of(
        "@SageMakerModel",
        "@Container(image = Nowhere.IMAGE)"))
        .javacErrorAt("cannot find symbol", "Nowhere.IMAGE")
        .errorAt("[SM-UNREADABLE-VALUE] @Container.image of test.Pipeline is not a constant", "Nowhere|.IMAGE",
            "image = Nowhere.IMAGE")
        // Never a reference error about a value the compiler could not evaluate.
        .errorCounts(2, 1);
  }
}
