package io.github.sagemakercdk.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;
import static io.github.sagemakercdk.processor.Compilations.failing;
import static io.github.sagemakercdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Values that are constants of other classes are read like literals; values that do not compile are not guessed at. */
class UnreadableValueTest {

  @Test
  void constantsOfOtherClassesAreCheckedAtTheirUse() {
    JavaFileObject images = source("test.Images",
        "package test;",
        "public final class Images {",
        "  public static final String BAD = \"ecr:Upper:1\";",
        "}");
    JavaFileObject model = source("test.Pipeline",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\")",
        "@Container(image = Images.BAD)",
        "public class Pipeline {}");
    Compilation compilation = failing(images, model);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[SM-ECR-REPOSITORY-NAME] ECR repository name \"Upper\"")
        .inFile(model).onLineContaining("Images.BAD");
  }

  /**
   * javac runs processors despite an unresolved constant (a later round might generate it), and then hands over
   * a placeholder value. (With repeated @Container, javac stops before processing, so one @Container here.)
   */
  @Test
  void unresolvedConstantIsLeftToTheCompilerError() {
    JavaFileObject model = source("test.Pipeline",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = Nowhere.IMAGE)",
        "public class Pipeline {}");
    Compilation compilation = failing(model);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(model).onLineContaining("Nowhere");
    assertThat(compilation).hadErrorContaining("[SM-UNREADABLE-VALUE] @Container.image of test.Pipeline is not a constant")
        .inFile(model).onLineContaining("Nowhere");
    // Never a reference error about a value the compiler could not evaluate.
    assertThat(compilation).hadErrorCount(2);
  }
}
