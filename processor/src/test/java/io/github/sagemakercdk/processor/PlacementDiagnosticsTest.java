package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;
import static io.github.sagemakercdk.processor.Compilations.failing;
import static io.github.sagemakercdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Where the annotations stand, the model name, and stack ids across the models of one compile. */
class PlacementDiagnosticsTest {

  private static void assertError(Compilation compilation, String line, String... parts) {
    for (String part : parts) {
      assertThat(compilation).hadErrorContaining(part).inFile(compilation.sourceFiles().get(0)).onLineContaining(line);
    }
  }

  @Test
  void containerWithoutModel() {
    Compilation compilation = failing(source("test.Orphan",
        "package test;",
        IMPORTS,
        "@Container(image = \"ecr:first:1\")",
        "@Container(image = \"ecr:second:1\")",
        "public class Orphan {}"));
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "ecr:first:1",
        "[SM-CONTAINER-WITHOUT-MODEL] @Container on test.Orphan has no effect without @SageMakerModel",
        "add @SageMakerModel to the class");
  }

  private static void assertNotOnATopLevelClass(String declaration, String what) {
    Compilation compilation = failing(source("test.Misplaced",
        "package test;",
        IMPORTS,
        "@SageMakerModel(name = \"misplaced\")",
        "@Container(image = \"ecr:first:1\")",
        declaration));
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "misplaced", "[SM-MODEL-PLACEMENT] @SageMakerModel is on " + what + " test.Misplaced",
        "put it on a top-level class");
  }

  @Test
  void modelOnInterface() {
    assertNotOnATopLevelClass("public interface Misplaced {}", "the interface");
  }

  @Test
  void modelOnEnum() {
    assertNotOnATopLevelClass("public enum Misplaced { ONE }", "the enum");
  }

  @Test
  void modelOnRecord() {
    assertNotOnATopLevelClass("public record Misplaced(int size) {}", "the record");
  }

  @Test
  void modelOnAnnotationType() {
    assertNotOnATopLevelClass("public @interface Misplaced {}", "the annotation type");
  }

  @Test
  void modelOnNestedClass() {
    Compilation compilation = failing(source("test.Outer",
        "package test;",
        IMPORTS,
        "public class Outer {",
        "  @SageMakerModel(name = \"nested\")",
        "  @Container(image = \"ecr:first:1\")",
        "  public static class Inner {}",
        "}"));
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "nested",
        "[SM-MODEL-PLACEMENT] @SageMakerModel is on the nested class test.Outer.Inner");
  }

  @Test
  void invalidModelName() {
    Compilation compilation = failing(source("test.Named",
        "package test;",
        IMPORTS,
        "@SageMakerModel(",
        "    name = \"churn_pipeline\")",
        "@Container(image = \"ecr:first:1\")",
        "public class Named {}"));
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "churn_pipeline",
        "[SM-MODEL-NAME] model name \"churn_pipeline\" is not valid");
  }

  @Test
  void twoModelsWithOneStackId() {
    SageMakerProcessor processor = new SageMakerProcessor();
    Compilation compilation = Compilations.process(processor,
        source("alpha.Churn", "package alpha;", IMPORTS,
            "@SageMakerModel(name = \"alpha\")", "@Container(image = \"ecr:first:1\")", "public class Churn {}"),
        source("beta.Churn", "package beta;", IMPORTS,
            "@SageMakerModel(name = \"second-churn\")", "@Container(image = \"ecr:first:1\")", "public class Churn {}"));
    assertThat(compilation).hadErrorCount(1);
    // The first in name order keeps the id; the other is not generated.
    assertWithMessage("written").that(processor.written())
        .containsExactly("alpha.ChurnStack", GeneratedTypes.SERVICE_FILE);
    assertThat(compilation)
        .hadErrorContaining("[SM-STACK-ID-DUPLICATE] beta.Churn would generate a stack with the id \"ChurnStack\","
            + " as alpha.Churn does")
        .inFile(compilation.sourceFiles().get(1))
        .onLineContaining("second-churn");
  }
}
