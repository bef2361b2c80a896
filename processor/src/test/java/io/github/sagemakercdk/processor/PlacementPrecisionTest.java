package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;
import static io.github.sagemakercdk.processor.Compilations.failing;
import static io.github.sagemakercdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The hard part: errors inside repeated and explicitly contained {@code @Container}s land on the value, not the
 * class; all problems of a compile are reported, each once.
 */
class PlacementPrecisionTest {

  @Test
  void explicitContainersPlacesEachValue() {
    Compilation compilation = failing(source("test.Explicit",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Containers({",
        "    @Container(image = \"ecr:first:1\"),",
        "    @Container(image = \"ecr:second:1\", environment = {",
        "        \"GOOD=1\",",
        "        \"BAD\"}),",
        "    @Container(image = \"nope\")",
        "})",
        "public class Explicit {}"));
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[SM-ENVIRONMENT-ENTRY-FORM]")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("\"BAD\"");
    assertThat(compilation).hadErrorContaining("[SM-IMAGE-REFERENCE]")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("nope");
  }

  @Test
  void singleContainerWithoutBracesInEnvironment() {
    Compilation compilation = failing(source("test.Single",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:only:1\",",
        "    environment = \"NO_EQUALS\")",
        "public class Single {}"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[SM-ENVIRONMENT-ENTRY-FORM]")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("NO_EQUALS");
  }

  @Test
  void containerAfterOtherAnnotationsIsStillFoundByOccurrence() {
    Compilation compilation = failing(source("test.Mixed",
        "package test;",
        IMPORTS,
        "@Container(image = \"ecr:first:1\")",
        "@SuppressWarnings(\"unused\")",
        "@SageMakerModel",
        "@Deprecated",
        "@Container(image = \"ecr:second\")",
        "public class Mixed {}"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[SM-IMAGE-TAG-MISSING]")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("ecr:second");
  }

  @Test
  void everyProblemOfTheCompileIsReportedOnceOnItsLine() {
    JavaFileObject first = source("test.First",
        "package test;",
        IMPORTS,
        "@SageMakerModel(name = \"bad_name\")",
        "@Container(image = \"ecr:ok:1\", hostname = \"a\", order = 1)",
        "@Container(image = \"ecr:Bad:1\", hostname = \"a\", order = 1)",
        "@Container(image = \"asset:docker/missing\", modelData = \"s3://b/model.zip\", order = 4,",
        "    environment = {\"X=1\", \"X=2\"})",
        "public class First {}");
    JavaFileObject second = source("test.Second",
        "package test;",
        IMPORTS,
        "@Container(image = \"dlc:pytorch\")",
        "public class Second {}");
    Compilation compilation = failing(first, second);

    assertOn(compilation, first, "bad_name", "[SM-MODEL-NAME]");
    assertOn(compilation, first, "ecr:Bad:1", "[SM-ECR-REPOSITORY-NAME]");
    assertOn(compilation, first, "ecr:Bad:1", "[SM-ORDER-DUPLICATE]");
    assertOn(compilation, first, "asset:docker/missing", "[SM-IMAGE-ASSET-DIRECTORY]");
    assertOn(compilation, first, "asset:docker/missing", "[SM-S3-BUCKET-NAME]");
    assertOn(compilation, first, "asset:docker/missing", "[SM-MODEL-DATA-ARCHIVE]");
    assertOn(compilation, first, "asset:docker/missing", "[SM-ORDER-RANGE]");
    // Order is broken, so hostnames and keys are checked in declaration order.
    assertOn(compilation, first, "ecr:Bad:1", "[SM-HOSTNAME-DUPLICATE]");
    assertOn(compilation, first, "asset:docker/missing", "[SM-HOSTNAME-ALL-OR-NONE]");
    assertOn(compilation, first, "\"X=2\"", "[SM-ENVIRONMENT-DUPLICATE-KEY]");
    assertOn(compilation, second, "dlc:pytorch", "[SM-CONTAINER-WITHOUT-MODEL]");
    assertOn(compilation, second, "dlc:pytorch", "[SM-IMAGE-TAG-MISSING]");
    assertThat(compilation).hadErrorCount(12);
    // Each once: no message text appears twice.
    assertThat(compilation.errors().stream().map(d -> d.getMessage(null)).distinct().count()).isEqualTo(12);
  }

  private static void assertOn(Compilation compilation, JavaFileObject file, String line, String message) {
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  @Test
  void noErrorIsPlacedOnTheClassLine() {
    Compilation compilation = failing(source("test.Pipeline",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", hostname = \"UPPER_case\")",
        "@Container(image = \"ecr:second:1\", hostname = \"x\", modelData = \"s3://bucket/key\")",
        "public class Pipeline {}"));
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertThat(error.getLineNumber()).isAnyOf(4L, 5L);
    }
    assertThat(compilation).hadErrorCount(2);
  }
}
