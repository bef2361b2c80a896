package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Endpoint}, its nested {@code @AutoScaling}, and {@code @ServerlessEndpoint}: one test per diagnostic.
 * Every attribute stands on a line of its own, away from the class line and the {@code @Endpoint(} line, so an
 * error that fell back to the annotation or the class would fail the line check.
 */
class EndpointDiagnosticsTest {

  @TempDir
  Path temp;

  /** A valid model, then the endpoint annotation lines as given. */
  private BothCompilers compile(String... endpointLines) throws IOException {
    List<String> lines = new ArrayList<>(List.of("@SageMakerModel", "@Container(image = \"ecr:first:1\")"));
    lines.addAll(List.of(endpointLines));
    return BothCompilers.compileClass(temp, "Served", lines);
  }

  // The annotations together

  @Test
  void endpointWithoutModel() throws IOException {
    BothCompilers compilation = BothCompilers.compile(temp, "test.Orphan",
        "package test;",
        IMPORTS,
        "@Endpoint(",
        "    instanceType = \"ml.c5.xlarge\")",
        "public class Orphan {}");
    compilation.errorCount(1);
    compilation.error("@Endpoint(", "@Endpoint(",
        "[SM-ENDPOINT-WITHOUT-MODEL] @Endpoint on test.Orphan has no effect without @SageMakerModel",
        "add @SageMakerModel (and its @Container) to the class, or remove the @Endpoint");
  }

  @Test
  void serverlessEndpointWithoutModelButWithContainer() throws IOException {
    BothCompilers compilation = BothCompilers.compile(temp, "test.Orphan",
        "package test;",
        IMPORTS,
        "@Container(image = \"ecr:first:1\")",
        "@ServerlessEndpoint(",
        "    memorySizeInMb = 1024)",
        "public class Orphan {}");
    compilation.errorCount(2);
    compilation.error("@Container(image = \"ecr:first:1\"", "@Container(image = \"ecr:first:1\"",
        "[SM-CONTAINER-WITHOUT-MODEL]");
    compilation.error("@ServerlessEndpoint(", "@ServerlessEndpoint(",
        "[SM-ENDPOINT-WITHOUT-MODEL] @ServerlessEndpoint on test.Orphan has no effect without @SageMakerModel");
  }

  @Test
  void bothEndpointKinds() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint",
        "@ServerlessEndpoint(memorySizeInMb = 1024)");
    compilation.errorCount(1);
    compilation.error("@ServerlessEndpoint(memorySizeInMb = 1024", "@ServerlessEndpoint(memorySizeInMb = 1024",
        "[SM-ENDPOINT-KIND-CONFLICT] test.Served carries both @Endpoint and @ServerlessEndpoint",
        "remove one of the two");
  }

  @Test
  void twoAutoScalings() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    autoScaling = {",
        "        @AutoScaling(maxCapacity = 2, maxRequestsPerSecond = 10),",
        "        @AutoScaling(maxCapacity = 3, maxRequestsPerSecond = 30)",
        "    })");
    compilation.errorCount(1);
    compilation.error("@AutoScaling(maxCapacity = 3, maxRequestsPerSecond = 30",
        "@AutoScaling(maxCapacity = 3, maxRequestsPerSecond = 30",
        "[SM-AUTO-SCALING-MULTIPLE] @Endpoint.autoScaling holds 2 @AutoScaling: give exactly one, or none");
  }

  @Test
  void everyAutoScalingIsCheckedAtItsOwnValues() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    autoScaling = {",
        "        @AutoScaling(maxCapacity = 2, maxRequestsPerSecond = 10),",
        "        @AutoScaling( // the second",
        "            maxCapacity = 3,",
        "            maxRequestsPerSecond = -1)",
        "    })");
    compilation.errorCount(2);
    // A problem of the whole @AutoScaling goes on the annotation, one of its values on that value.
    compilation.error("@AutoScaling( // the second", "@AutoScaling( // the second", "[SM-AUTO-SCALING-MULTIPLE]");
    compilation.error("-1)", "maxRequestsPerSecond = -1", "[SM-MAX-REQUESTS-PER-SECOND] maxRequestsPerSecond -1");
  }

  // @Endpoint

  @Test
  void endpointName() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    name = \"churn_endpoint\")");
    compilation.errorCount(1);
    compilation.error("\"churn_endpoint\"", "name = \"churn_endpoint\"",
        "[SM-ENDPOINT-NAME] endpoint name \"churn_endpoint\" is not valid", "1 to 63 letters, digits and hyphens");
  }

  @Test
  void variantName() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    variantName = \"all traffic\")");
    compilation.errorCount(1);
    compilation.error("\"all traffic\"", "variantName = \"all traffic\"",
        "[SM-VARIANT-NAME] production variant name \"all traffic\" is not valid");
  }

  @Test
  void misspeltInstanceTypeNamesTheNearestValidOne() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    instanceType = \"ml.m5.larg\")");
    compilation.errorCount(1);
    compilation.error("\"ml.m5.larg\"", "instanceType = \"ml.m5.larg\"",
        "[SM-INSTANCE-TYPE] instance type \"ml.m5.larg\" is not one SageMaker hosts production variants on",
        "(did you mean \"ml.m5.large\"?)");
  }

  @Test
  void unknownInstanceTypeGetsNoGuess() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    instanceType = \"c5.huge-machine\")");
    compilation.errorCount(1);
    compilation.error("\"c5.huge-machine\"", "instanceType = \"c5.huge-machine\"",
        "[SM-INSTANCE-TYPE] instance type \"c5.huge-machine\"");
    compilation.errorDoesNotSay("[SM-INSTANCE-TYPE]", "did you mean");
  }

  @Test
  void unknownAcceleratorType() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    acceleratorType = \"ml.eia3.medium\")");
    compilation.errorCount(1);
    compilation.error("\"ml.eia3.medium\"", "acceleratorType = \"ml.eia3.medium\"",
        "[SM-ACCELERATOR-TYPE] accelerator type \"ml.eia3.medium\" is not valid", "ml.eia2.medium");
  }

  @Test
  void discontinuedAcceleratorType() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    acceleratorType = \"ml.eia2.medium\")");
    compilation.errorCount(1);
    compilation.error("\"ml.eia2.medium\"", "acceleratorType = \"ml.eia2.medium\"",
        "[SM-ACCELERATOR-DISCONTINUED] accelerator type \"ml.eia2.medium\" cannot be used",
        "pick an instance type with a GPU or AWS Inferentia");
  }

  @Test
  void initialInstanceCount() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    initialInstanceCount = 0)");
    compilation.errorCount(1);
    compilation.error("0)", "initialInstanceCount = 0", "[SM-INITIAL-INSTANCE-COUNT] initialInstanceCount 0");
  }

  // @AutoScaling, nested in @Endpoint

  @Test
  void minCapacityZeroOnARealTimeEndpoint() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    autoScaling = @AutoScaling(",
        "        minCapacity = 0,",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 20))");
    compilation.errorCount(1);
    compilation.error("0,", "minCapacity = 0",
        "[SM-AUTO-SCALING-ZERO-REALTIME] auto scaling minCapacity 0 is not valid for a real-time endpoint",
        "serve the model from an asynchronous endpoint (@AsyncEndpoint)");
  }

  @Test
  void minCapacityBelowZero() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    autoScaling = @AutoScaling(",
        "        minCapacity = -1,",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 20))");
    compilation.errorCount(1);
    compilation.error("-1,", "minCapacity = -1",
        "[SM-AUTO-SCALING-CAPACITY] auto scaling minCapacity -1 and maxCapacity 4 are not valid");
  }

  @Test
  void maxCapacityBelowMinCapacity() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    initialInstanceCount = 3,",
        "    autoScaling = @AutoScaling(",
        "        minCapacity = 3,",
        "        maxCapacity = 2,",
        "        maxRequestsPerSecond = 20))");
    compilation.errorCount(1);
    compilation.error("2,", "maxCapacity = 2",
        "[SM-AUTO-SCALING-CAPACITY] auto scaling minCapacity 3 and maxCapacity 2 are not valid");
  }

  @Test
  void initialCountBelowMinCapacity() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    initialInstanceCount = 1,",
        "    autoScaling = @AutoScaling(",
        "        minCapacity = 2,",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 20))");
    compilation.errorCount(1);
    compilation.error("2,", "minCapacity = 2",
        "[SM-AUTO-SCALING-INITIAL-COUNT] the variant starts with 1 instance(s), outside its auto scaling range 2 to 4");
  }

  @Test
  void initialCountAboveMaxCapacity() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    initialInstanceCount = 5,",
        "    autoScaling = @AutoScaling(",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 20))");
    compilation.errorCount(1);
    compilation.error("4,", "maxCapacity = 4",
        "[SM-AUTO-SCALING-INITIAL-COUNT] the variant starts with 5 instance(s), outside its auto scaling range 1 to 4");
  }

  @Test
  void burstableInstanceType() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    instanceType = \"ml.t2.medium\",",
        "    autoScaling = @AutoScaling(",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 20))");
    compilation.errorCount(1);
    compilation.error("\"ml.t2.medium\"", "instanceType = \"ml.t2.medium\"",
        "[SM-AUTO-SCALING-BURSTABLE] instance type \"ml.t2.medium\" is burstable",
        "pick another instance type, or drop auto scaling");
  }

  @Test
  void maxRequestsPerSecondNotPositive() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    autoScaling = @AutoScaling(",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 0))");
    compilation.errorCount(1);
    compilation.error("0))", "maxRequestsPerSecond = 0",
        "[SM-MAX-REQUESTS-PER-SECOND] maxRequestsPerSecond 0 is not valid", "a number greater than 0");
  }

  @Test
  void maxRequestsPerSecondNotFinite() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    autoScaling = @AutoScaling(",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = Double.POSITIVE_INFINITY))");
    compilation.errorCount(1);
    compilation.error(".POSITIVE_INFINITY", "maxRequestsPerSecond = Double.POSITIVE_INFINITY",
        "[SM-MAX-REQUESTS-PER-SECOND] maxRequestsPerSecond Infinity");
  }

  @Test
  void safetyFactorAboveOne() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    autoScaling = @AutoScaling(",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 20,",
        "        safetyFactor = 1.5))");
    compilation.errorCount(1);
    compilation.error("1.5))", "safetyFactor = 1.5",
        "[SM-SAFETY-FACTOR] safetyFactor 1.5 is not valid", "greater than 0 and at most 1");
  }

  @Test
  void safetyFactorNotANumber() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    autoScaling = @AutoScaling(",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 20,",
        "        safetyFactor = Double.NaN))");
    compilation.errorCount(1);
    compilation.error(".NaN", "safetyFactor = Double.NaN", "[SM-SAFETY-FACTOR] safetyFactor NaN is not valid");
  }

  // @ServerlessEndpoint

  @Test
  void serverlessEndpointName() throws IOException {
    BothCompilers compilation = compile(
        "@ServerlessEndpoint(",
        "    name = \"-leading-hyphen\")");
    compilation.errorCount(1);
    compilation.error("\"-leading-hyphen\"", "name = \"-leading-hyphen\"",
        "[SM-ENDPOINT-NAME] endpoint name \"-leading-hyphen\" is not valid");
  }

  @Test
  void serverlessVariantName() throws IOException {
    BothCompilers compilation = compile(
        "@ServerlessEndpoint(",
        "    variantName = \"\")");
    compilation.errorCount(1);
    compilation.error("\"\"", "variantName = \"\"", "[SM-VARIANT-NAME] production variant name \"\" is not valid");
  }

  @Test
  void memorySize() throws IOException {
    BothCompilers compilation = compile(
        "@ServerlessEndpoint(",
        "    memorySizeInMb = 1500)");
    compilation.errorCount(1);
    compilation.error("1500)", "memorySizeInMb = 1500",
        "[SM-SERVERLESS-MEMORY-SIZE] memorySizeInMb 1500 is not valid", "1024, 2048, 3072, 4096, 5120 or 6144");
  }

  @Test
  void maxConcurrency() throws IOException {
    BothCompilers compilation = compile(
        "@ServerlessEndpoint(",
        "    maxConcurrency = 201)");
    compilation.errorCount(1);
    compilation.error("201)", "maxConcurrency = 201",
        "[SM-SERVERLESS-MAX-CONCURRENCY] maxConcurrency 201 is not valid");
  }

  @Test
  void provisionedConcurrencyOutOfRange() throws IOException {
    BothCompilers compilation = compile(
        "@ServerlessEndpoint(",
        "    provisionedConcurrency = -1)");
    compilation.errorCount(1);
    compilation.error("-1)", "provisionedConcurrency = -1",
        "[SM-SERVERLESS-PROVISIONED-CONCURRENCY] provisionedConcurrency -1 is not valid");
  }

  @Test
  void provisionedConcurrencyAboveMaxConcurrency() throws IOException {
    BothCompilers compilation = compile(
        "@ServerlessEndpoint(",
        "    maxConcurrency = 5,",
        "    provisionedConcurrency = 6)");
    compilation.errorCount(1);
    compilation.error("6)", "provisionedConcurrency = 6",
        "[SM-SERVERLESS-PROVISIONED-OVER-MAX] provisionedConcurrency 6 is greater than maxConcurrency 5");
  }

  // Values the compiler cannot evaluate

  @Test
  void unresolvedConstantInAutoScalingIsLeftToTheCompilerError() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    autoScaling = @AutoScaling(",
        "        maxCapacity = Nowhere.MAX,",
        "        maxRequestsPerSecond = 20))");
    // The compiler's own error, which Eclipse's compiler does not give when it only processes.
    compilation.javacErrorAt("cannot find symbol", "Nowhere.MAX");
    compilation.error(".MAX", "maxCapacity = Nowhere.MAX",
        "[SM-UNREADABLE-VALUE] @AutoScaling.maxCapacity of test.Served is not a constant");
    compilation.errorCounts(2, 1);
  }

  // All together

  @Test
  void everyProblemIsReportedOnceOnItsOwnLine() throws IOException {
    BothCompilers compilation = compile(
        "@Endpoint(",
        "    name = \"bad_name\",",
        "    instanceType = \"ml.t2.medium\",",
        "    initialInstanceCount = 9,",
        "    acceleratorType = \"gpu\",",
        "    autoScaling = @AutoScaling(",
        "        minCapacity = 2,",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 0,",
        "        safetyFactor = 0))");
    compilation.error("\"bad_name\"", "name = \"bad_name\"", "[SM-ENDPOINT-NAME]");
    compilation.error("\"ml.t2.medium\"", "instanceType = \"ml.t2.medium\"", "[SM-AUTO-SCALING-BURSTABLE]");
    compilation.error("\"gpu\"", "acceleratorType = \"gpu\"", "[SM-ACCELERATOR-TYPE]");
    compilation.error("4,", "maxCapacity = 4", "[SM-AUTO-SCALING-INITIAL-COUNT]");
    compilation.error("0,", "maxRequestsPerSecond = 0", "[SM-MAX-REQUESTS-PER-SECOND]");
    compilation.error("0))", "safetyFactor = 0", "[SM-SAFETY-FACTOR]");
    compilation.errorCount(6);
    compilation.noErrorOnLineOf("@Endpoint(").noErrorOnLineOf("public class Served");
  }
}
