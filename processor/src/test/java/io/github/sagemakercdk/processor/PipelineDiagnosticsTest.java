package io.github.sagemakercdk.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;
import static io.github.sagemakercdk.processor.Compilations.failing;
import static io.github.sagemakercdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pipeline rules: container count, order, hostnames; each error on the line of the container at fault. */
class PipelineDiagnosticsTest {

  private static Compilation compile(String... annotations) {
    List<String> lines = new ArrayList<>(List.of("package test;", IMPORTS));
    lines.addAll(List.of(annotations));
    lines.add("public class Pipeline {}");
    return failing(source("test.Pipeline", lines.toArray(new String[0])));
  }

  private static void assertError(Compilation compilation, String line, String... parts) {
    for (String part : parts) {
      assertThat(compilation).hadErrorContaining(part).inFile(compilation.sourceFiles().get(0)).onLineContaining(line);
    }
  }

  @Test
  void noContainer() {
    Compilation compilation = compile("@SageMakerModel(name = \"lonely\")");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "lonely", "[SM-CONTAINER-COUNT] a model has 0 containers: SageMaker takes 1 to 15");
  }

  @Test
  void moreThanFifteenContainers() {
    List<String> annotations = new ArrayList<>(List.of("@SageMakerModel(name = \"crowded\")"));
    for (int i = 1; i <= 16; i++) {
      annotations.add("@Container(image = \"ecr:step" + i + ":1\")");
    }
    Compilation compilation = compile(annotations.toArray(new String[0]));
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "crowded", "[SM-CONTAINER-COUNT] a model has 16 containers");
  }

  @Test
  void orderOnSomeContainersOnly() {
    Compilation compilation = compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", order = 2)",
        "@Container(image = \"ecr:second:1\")",
        "@Container(image = \"ecr:third:1\", order = 1)");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "ecr:second:1",
        "[SM-ORDER-ALL-OR-NONE] @Container #2 gives no order while @Container #1 gives order = 2",
        "give an order to every container (1 to 3, each once) or to none");
  }

  @Test
  void orderGivenTwice() {
    Compilation compilation = compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", order = 1)",
        "@Container(image = \"ecr:second:1\", order = 2)",
        "@Container(image = \"ecr:third:1\", order = 1)");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "ecr:third:1",
        "[SM-ORDER-DUPLICATE] order = 1 is given to @Container #1 and #3: give each position from 1 to 3 once");
  }

  @Test
  void orderWithAGap() {
    Compilation compilation = compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", order = 1)",
        "@Container(image = \"ecr:second:1\", order = 3)");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "ecr:second:1",
        "[SM-ORDER-RANGE] order = 3 is out of range: with 2 containers, give each an order from 1 to 2");
  }

  @Test
  void negativeOrder() {
    Compilation compilation = compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", order = 1)",
        "@Container(image = \"ecr:second:1\", order = -2)");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "ecr:second:1", "[SM-ORDER-RANGE] order = -2 is out of range");
  }

  @Test
  void hostnameOnSomeContainersOnly() {
    Compilation compilation = compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", hostname = \"first\")",
        "@Container(image = \"ecr:second:1\")");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "ecr:second:1",
        "[SM-HOSTNAME-ALL-OR-NONE] container 2 has no hostname while container 1 has one");
  }

  @Test
  void hostnameAllOrNoneCountsInPipelineOrder() {
    Compilation compilation = compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", order = 2)",
        "@Container(image = \"ecr:second:1\", hostname = \"second\", order = 1)");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "ecr:first:1",
        "[SM-HOSTNAME-ALL-OR-NONE] container 2 has no hostname while container 1 has one");
  }

  @Test
  void hostnameGivenTwice() {
    Compilation compilation = compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", hostname = \"same\")",
        "@Container(image = \"ecr:second:1\",",
        "           hostname = \"same\")");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "           hostname = \"same\")",
        "[SM-HOSTNAME-DUPLICATE] container hostname \"same\" is used by containers 1 and 2");
  }

  @Test
  void invalidHostname() {
    Compilation compilation = compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", hostname = \"first\")",
        "@Container(image = \"ecr:second:1\", hostname = \"under_score\")");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "under_score",
        "[SM-HOSTNAME-PATTERN] container hostname \"under_score\" is not valid");
  }
}
