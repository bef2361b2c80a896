package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the annotations stand, the model name, and stack ids across the models of one compile. */
class PlacementDiagnosticsTest {

  @TempDir
  Path temp;

  @Test
  void containerWithoutModel() throws IOException {
    BothCompilers compilation = BothCompilers.compile(temp, "test.Orphan",
        "package test;",
        IMPORTS,
        "@Container(image = \"ecr:first:1\")",
        "@Container(image = \"ecr:second:1\")",
        "public class Orphan {}");
    compilation.errorCount(1);
    compilation.error("@Container(image = \"ecr:first:1\"", "@Container(image = \"ecr:first:1\"",
        "[SM-CONTAINER-WITHOUT-MODEL] @Container on test.Orphan has no effect without @SageMakerModel",
        "add @SageMakerModel to the class");
  }

  /**
   * The one error stands on the model's annotation; under ecj nowhere for a record (ecj places no message on one, so
   * the message names its class itself).
   */
  private void assertNotOnATopLevelClass(String declaration, String what) throws IOException {
    BothCompilers compilation = BothCompilers.compile(temp, "test.Misplaced",
        "package test;",
        IMPORTS,
        "@SageMakerModel(name = \"misplaced\")",
        "@Container(image = \"ecr:first:1\")",
        declaration);
    compilation.errorCount(1);
    String model = "@SageMakerModel(name = \"misplaced\")";
    compilation.error(model, declaration.contains(" record ") ? null : model,
        "[SM-MODEL-PLACEMENT] @SageMakerModel is on " + what + " test.Misplaced", "put it on a top-level class");
  }

  @Test
  void modelOnInterface() throws IOException {
    assertNotOnATopLevelClass("public interface Misplaced {}", "the interface");
  }

  @Test
  void modelOnEnum() throws IOException {
    assertNotOnATopLevelClass("public enum Misplaced { ONE }", "the enum");
  }

  @Test
  void modelOnRecord() throws IOException {
    assertNotOnATopLevelClass("public record Misplaced(int size) {}", "the record");
  }

  @Test
  void modelOnAnnotationType() throws IOException {
    assertNotOnATopLevelClass("public @interface Misplaced {}", "the annotation type");
  }

  @Test
  void modelOnNestedClass() throws IOException {
    BothCompilers compilation = BothCompilers.compile(temp, "test.Outer",
        "package test;",
        IMPORTS,
        "public class Outer {",
        "  @SageMakerModel(name = \"nested\")",
        "  @Container(image = \"ecr:first:1\")",
        "  public static class Inner {}",
        "}");
    compilation.errorCount(1);
    compilation.error("@SageMakerModel(name = \"nested\"", "@SageMakerModel(name = \"nested\"",
        "[SM-MODEL-PLACEMENT] @SageMakerModel is on the nested class test.Outer.Inner");
  }

  @Test
  void invalidModelName() throws IOException {
    BothCompilers compilation = BothCompilers.compile(temp, "test.Named",
        "package test;",
        IMPORTS,
        "@SageMakerModel(",
        "    name = \"churn_pipeline\")",
        "@Container(image = \"ecr:first:1\")",
        "public class Named {}");
    compilation.errorCount(1);
    compilation.error("\"churn_pipeline\"", "name = \"churn_pipeline\"",
        "[SM-MODEL-NAME] model name \"churn_pipeline\" is not valid");
  }

  @Test
  void twoModelsWithOneStackId() throws IOException {
    BothCompilers compilation = BothCompilers.compileBeside(temp, "beta.ChurnStack",
        Map.of("alpha.Churn", List.of("package alpha;", IMPORTS,
            "@SageMakerModel(name = \"alpha\")", "@Container(image = \"ecr:first:1\")", "public class Churn {}")),
        "beta.Churn", "package beta;", IMPORTS,
            "@SageMakerModel(name = \"second-churn\")", "@Container(image = \"ecr:first:1\")", "public class Churn {}");
    compilation.errorCount(1);
    // The first in name order keeps the id; the other is not generated.
    compilation.wrote("alpha.ChurnStack", GeneratedTypes.SERVICE_FILE);
    compilation.error("@SageMakerModel(name = \"second-churn\"", "@SageMakerModel(name = \"second-churn\"",
        "[SM-STACK-ID-DUPLICATE] beta.Churn would generate a stack with the id"
        + " \"ChurnStack\", as alpha.Churn does");
  }
}
