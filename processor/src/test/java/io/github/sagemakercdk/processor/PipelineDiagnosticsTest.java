package io.github.sagemakercdk.processor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pipeline rules: container count, order, hostnames; each error on the line of the container at fault. */
class PipelineDiagnosticsTest {

  @TempDir
  Path temp;

  private BothCompilers compile(String... annotations) throws IOException {
    return BothCompilers.compileClass(temp, "Pipeline", List.of(annotations));
  }

  @Test
  void noContainer() throws IOException {
    BothCompilers compilation = compile("@SageMakerModel(name = \"lonely\")");
    compilation.errorCount(1);
    compilation.error("@SageMakerModel(name = \"lonely\"", "@SageMakerModel(name = \"lonely\"",
        "[SM-CONTAINER-COUNT] a model has 0 containers: SageMaker takes 1 to 15");
  }

  @Test
  void moreThanFifteenContainers() throws IOException {
    List<String> annotations = new ArrayList<>(List.of("@SageMakerModel(name = \"crowded\")"));
    for (int i = 1; i <= 16; i++) {
      annotations.add("@Container(image = \"ecr:step" + i + ":1\")");
    }
    BothCompilers compilation = compile(annotations.toArray(new String[0]));
    compilation.errorCount(1);
    compilation.error("@SageMakerModel(name = \"crowded\"", "@SageMakerModel(name = \"crowded\"",
        "[SM-CONTAINER-COUNT] a model has 16 containers");
  }

  @Test
  void orderOnSomeContainersOnly() throws IOException {
    BothCompilers compilation = compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", order = 2)",
        "@Container(image = \"ecr:second:1\")",
        "@Container(image = \"ecr:third:1\", order = 1)");
    compilation.errorCount(1);
    compilation.error("@Container(image = \"ecr:second:1\"", "@Container(image = \"ecr:second:1\"",
        "[SM-ORDER-ALL-OR-NONE] @Container #2 gives no order while @Container #1 gives order = 2",
        "give an order to every container (1 to 3, each once) or to none");
  }

  @Test
  void orderGivenTwice() throws IOException {
    BothCompilers compilation = compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", order = 1)",
        "@Container(image = \"ecr:second:1\", order = 2)",
        "@Container(image = \"ecr:third:1\", order = 1)");
    compilation.errorCount(1);
    compilation.error("@Container(image = \"ecr:third:1\", order = |1",
        "@Container(image = \"ecr:third:1\", |order = 1",
        "[SM-ORDER-DUPLICATE] order = 1 is given to @Container #1 and #3: give each position from 1 to 3 once");
  }

  @Test
  void orderWithAGap() throws IOException {
    BothCompilers compilation = compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", order = 1)",
        "@Container(image = \"ecr:second:1\", order = 3)");
    compilation.errorCount(1);
    compilation.error("3)", "order = 3",
        "[SM-ORDER-RANGE] order = 3 is out of range: with 2 containers, give each an order from 1 to 2");
  }

  @Test
  void negativeOrder() throws IOException {
    BothCompilers compilation = compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", order = 1)",
        "@Container(image = \"ecr:second:1\", order = -2)");
    compilation.errorCount(1);
    compilation.error("-2)", "order = -2", "[SM-ORDER-RANGE] order = -2 is out of range");
  }

  @Test
  void hostnameOnSomeContainersOnly() throws IOException {
    BothCompilers compilation = compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", hostname = \"first\")",
        "@Container(image = \"ecr:second:1\")");
    compilation.errorCount(1);
    compilation.error("@Container(image = \"ecr:second:1\"", "@Container(image = \"ecr:second:1\"",
        "[SM-HOSTNAME-ALL-OR-NONE] container 2 has no hostname while container 1 has one");
  }

  @Test
  void hostnameAllOrNoneCountsInPipelineOrder() throws IOException {
    BothCompilers compilation = compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", order = 2)",
        "@Container(image = \"ecr:second:1\", hostname = \"second\", order = 1)");
    compilation.errorCount(1);
    compilation.error("@Container(image = \"ecr:first:1\", order = 2", "@Container(image = \"ecr:first:1\", order = 2",
        "[SM-HOSTNAME-ALL-OR-NONE] container 2 has no hostname while container 1 has one");
  }

  @Test
  void hostnameGivenTwice() throws IOException {
    BothCompilers compilation = compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", hostname = \"same\")",
        "@Container(image = \"ecr:second:1\",",
        "           hostname = \"same\")");
    compilation.errorCount(1);
    compilation.error("           hostname = |\"same\")", "           |hostname = \"same\")",
        "[SM-HOSTNAME-DUPLICATE] container hostname \"same\" is used by containers 1 and 2");
  }

  @Test
  void invalidHostname() throws IOException {
    BothCompilers compilation = compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", hostname = \"first\")",
        "@Container(image = \"ecr:second:1\", hostname = \"under_score\")");
    compilation.errorCount(1);
    compilation.error("\"under_score\"", "hostname = \"under_score\"",
        "[SM-HOSTNAME-PATTERN] container hostname \"under_score\" is not valid");
  }
}
