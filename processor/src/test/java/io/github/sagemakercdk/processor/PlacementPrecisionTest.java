package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hard part: errors inside repeated and explicitly contained {@code @Container}s land on the value, not the
 * class; all problems of a compile are reported, each once. Line and column under javac and under ecj.
 */
class PlacementPrecisionTest {

  @TempDir
  Path temp;

  @Test
  void explicitContainersPlacesEachValue() throws IOException {
    BothCompilers.compileClass(temp, "Explicit", List.of(
        "@SageMakerModel",
        "@Containers({",
        "    @Container(image = \"ecr:first:1\"),",
        "    @Container(image = \"ecr:second:1\", environment = {",
        "        \"GOOD=1\",",
        "        \"BAD\"}),",
        "    @Container(image = \"nope\")",
        "})"))
        .errorCount(2)
        .errorAt("[SM-ENVIRONMENT-ENTRY-FORM]", "\"BAD\"", "environment = {")
        .errorAt("[SM-IMAGE-REFERENCE]", "\"nope\"", "image = \"nope\"");
  }

  @Test
  void singleContainerWithoutBracesInEnvironment() throws IOException {
    BothCompilers.compileClass(temp, "Single", List.of(
        "@SageMakerModel",
        "@Container(image = \"ecr:only:1\",",
        "    environment = \"NO_EQUALS\")"))
        .errorCount(1)
        .errorAt("[SM-ENVIRONMENT-ENTRY-FORM]", "\"NO_EQUALS\"", "environment = \"NO_EQUALS\"");
  }

  @Test
  void containerAfterOtherAnnotationsIsStillFoundByOccurrence() throws IOException {
    BothCompilers.compileClass(temp, "Mixed", List.of(
        "@Container(image = \"ecr:first:1\")",
        "@SuppressWarnings(\"unused\")",
        "@SageMakerModel",
        "@Deprecated",
        "@Container(image = \"ecr:second\")"))
        .errorCount(1)
        .errorAt("[SM-IMAGE-TAG-MISSING]", "\"ecr:second\"", "image = \"ecr:second\"");
  }

  @Test
  void everyProblemOfTheCompileIsReportedOnceOnItsLine() throws IOException {
    List<String> second = List.of(
        "package test;",
        IMPORTS,
        "@Container(image = \"dlc:pytorch\")",
        "public class Second {}");
    BothCompilers first = BothCompilers.compileBeside(temp, null, Map.of("test.Second", second), "test.First",
        "package test;",
        IMPORTS,
        "@SageMakerModel(name = \"bad_name\")",
        "@Container(image = \"ecr:ok:1\", hostname = \"a\", order = 1)",
        "@Container(image = \"ecr:Bad:1\", hostname = \"a\", order = 1)",
        "@Container(image = \"asset:docker/missing\", modelData = \"s3://b/model.zip\", order = 4,",
        "    environment = {\"X=1\", \"X=2\"})",
        "public class First {}");

    first.errorAt("[SM-MODEL-NAME]", "\"bad_name\"", "name = \"bad_name\"")
        .errorAt("[SM-ECR-REPOSITORY-NAME]", "\"ecr:Bad:1\"", "image = \"ecr:Bad:1\"")
        .errorAt("[SM-ORDER-DUPLICATE]", "\"ecr:Bad:1\", hostname = \"a\", order = |1)",
            "\"ecr:Bad:1\", hostname = \"a\", |order = 1)")
        .errorAt("[SM-IMAGE-ASSET-DIRECTORY]", "\"asset:docker/missing\"", "image = \"asset:docker/missing\"")
        .errorAt("[SM-S3-BUCKET-NAME]", "\"s3://b/model.zip\"", "modelData = \"s3://b/model.zip\"")
        .errorAt("[SM-MODEL-DATA-ARCHIVE]", "\"s3://b/model.zip\"", "modelData = \"s3://b/model.zip\"")
        .errorAt("[SM-ORDER-RANGE]", "4,", "order = 4,")
        // Order is broken, so hostnames and keys are checked in declaration order.
        .errorAt("[SM-HOSTNAME-DUPLICATE]", "\"ecr:Bad:1\", hostname = |\"a\"", "\"ecr:Bad:1\", |hostname = \"a\"")
        .errorAt("[SM-HOSTNAME-ALL-OR-NONE]", "@Container(image = \"asset:docker/missing\"",
            "@Container(image = \"asset:docker/missing\"")
        .errorAt("[SM-ENVIRONMENT-DUPLICATE-KEY]", "\"X=2\"", "environment = {")
        .errorCount(12)
        // Each once: no message text appears twice.
        .eachOnce()
        .inFile("test.Second")
        .errorAt("[SM-CONTAINER-WITHOUT-MODEL]", "@Container(image = \"dlc:pytorch\")")
        .errorAt("[SM-IMAGE-TAG-MISSING]", "\"dlc:pytorch\"", "image = \"dlc:pytorch\"");
  }

  @Test
  void noErrorIsPlacedOnTheClassLine() throws IOException {
    BothCompilers.compileClass(temp, "Pipeline", List.of(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", hostname = \"UPPER_case\")",
        "@Container(image = \"ecr:second:1\", hostname = \"x\", modelData = \"s3://bucket/key\")"))
        .errorCount(2)
        .errorsOnlyOnLinesOf("\"UPPER_case\"", "\"s3://bucket/key\"");
  }
}
