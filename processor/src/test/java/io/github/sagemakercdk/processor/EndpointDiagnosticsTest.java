package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;
import static io.github.sagemakercdk.processor.Compilations.failing;
import static io.github.sagemakercdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Endpoint}, its nested {@code @AutoScaling}, and {@code @ServerlessEndpoint}: one test per diagnostic.
 * Every attribute stands on a line of its own, away from the class line and the {@code @Endpoint(} line, so an
 * error that fell back to the annotation or the class would fail the line check.
 */
class EndpointDiagnosticsTest {

  /** A valid model, then the endpoint annotation lines as given. */
  private static Compilation compile(String... endpointLines) {
    List<String> lines = new ArrayList<>(List.of(
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\")"));
    lines.addAll(List.of(endpointLines));
    lines.add("public class Served {}");
    return failing(source("test.Served", lines.toArray(new String[0])));
  }

  private static void assertError(Compilation compilation, String line, String... parts) {
    JavaFileObject file = compilation.sourceFiles().get(0);
    for (String part : parts) {
      assertThat(compilation).hadErrorContaining(part).inFile(file).onLineContaining(line);
    }
  }

  // The annotations together

  @Test
  void endpointWithoutModel() {
    Compilation compilation = failing(source("test.Orphan",
        "package test;",
        IMPORTS,
        "@Endpoint(",
        "    instanceType = \"ml.c5.xlarge\")",
        "public class Orphan {}"));
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "@Endpoint(",
        "[SM-ENDPOINT-WITHOUT-MODEL] @Endpoint on test.Orphan has no effect without @SageMakerModel",
        "add @SageMakerModel (and its @Container) to the class, or remove the @Endpoint");
  }

  @Test
  void serverlessEndpointWithoutModelButWithContainer() {
    Compilation compilation = failing(source("test.Orphan",
        "package test;",
        IMPORTS,
        "@Container(image = \"ecr:first:1\")",
        "@ServerlessEndpoint(",
        "    memorySizeInMb = 1024)",
        "public class Orphan {}"));
    assertThat(compilation).hadErrorCount(2);
    assertError(compilation, "ecr:first:1", "[SM-CONTAINER-WITHOUT-MODEL]");
    assertError(compilation, "@ServerlessEndpoint(",
        "[SM-ENDPOINT-WITHOUT-MODEL] @ServerlessEndpoint on test.Orphan has no effect without @SageMakerModel");
  }

  @Test
  void bothEndpointKinds() {
    Compilation compilation = compile(
        "@Endpoint",
        "@ServerlessEndpoint(memorySizeInMb = 1024)");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "@ServerlessEndpoint(",
        "[SM-ENDPOINT-KIND-CONFLICT] test.Served carries both @Endpoint and @ServerlessEndpoint",
        "remove one of the two");
  }

  @Test
  void twoAutoScalings() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    autoScaling = {",
        "        @AutoScaling(maxCapacity = 2, maxRequestsPerSecond = 10),",
        "        @AutoScaling(maxCapacity = 3, maxRequestsPerSecond = 30)",
        "    })");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "maxCapacity = 3",
        "[SM-AUTO-SCALING-MULTIPLE] @Endpoint.autoScaling holds 2 @AutoScaling: give exactly one, or none");
  }

  @Test
  void everyAutoScalingIsCheckedAtItsOwnValues() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    autoScaling = {",
        "        @AutoScaling(maxCapacity = 2, maxRequestsPerSecond = 10),",
        "        @AutoScaling( // the second",
        "            maxCapacity = 3,",
        "            maxRequestsPerSecond = -1)",
        "    })");
    assertThat(compilation).hadErrorCount(2);
    // A problem of the whole @AutoScaling goes on the annotation, one of its values on that value.
    assertError(compilation, "the second", "[SM-AUTO-SCALING-MULTIPLE]");
    assertError(compilation, "maxRequestsPerSecond = -1", "[SM-MAX-REQUESTS-PER-SECOND] maxRequestsPerSecond -1");
  }

  // @Endpoint

  @Test
  void endpointName() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    name = \"churn_endpoint\")");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "churn_endpoint",
        "[SM-ENDPOINT-NAME] endpoint name \"churn_endpoint\" is not valid", "1 to 63 letters, digits and hyphens");
  }

  @Test
  void variantName() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    variantName = \"all traffic\")");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "all traffic",
        "[SM-VARIANT-NAME] production variant name \"all traffic\" is not valid");
  }

  @Test
  void misspeltInstanceTypeNamesTheNearestValidOne() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    instanceType = \"ml.m5.larg\")");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "ml.m5.larg",
        "[SM-INSTANCE-TYPE] instance type \"ml.m5.larg\" is not one SageMaker hosts production variants on",
        "(did you mean \"ml.m5.large\"?)");
  }

  @Test
  void unknownInstanceTypeGetsNoGuess() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    instanceType = \"c5.huge-machine\")");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "c5.huge-machine", "[SM-INSTANCE-TYPE] instance type \"c5.huge-machine\"");
    assertThat(compilation.errors().get(0).getMessage(null)).doesNotContain("did you mean");
  }

  @Test
  void unknownAcceleratorType() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    acceleratorType = \"ml.eia3.medium\")");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "ml.eia3.medium",
        "[SM-ACCELERATOR-TYPE] accelerator type \"ml.eia3.medium\" is not valid", "ml.eia2.medium");
  }

  @Test
  void discontinuedAcceleratorType() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    acceleratorType = \"ml.eia2.medium\")");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "ml.eia2.medium",
        "[SM-ACCELERATOR-DISCONTINUED] accelerator type \"ml.eia2.medium\" cannot be used",
        "pick an instance type with a GPU or AWS Inferentia");
  }

  @Test
  void initialInstanceCount() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    initialInstanceCount = 0)");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "initialInstanceCount = 0", "[SM-INITIAL-INSTANCE-COUNT] initialInstanceCount 0");
  }

  // @AutoScaling, nested in @Endpoint

  @Test
  void minCapacityZeroOnARealTimeEndpoint() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    autoScaling = @AutoScaling(",
        "        minCapacity = 0,",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 20))");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "minCapacity = 0",
        "[SM-AUTO-SCALING-ZERO-REALTIME] auto scaling minCapacity 0 is not valid for a real-time endpoint",
        "serve the model from an asynchronous endpoint (@AsyncEndpoint)");
  }

  @Test
  void minCapacityBelowZero() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    autoScaling = @AutoScaling(",
        "        minCapacity = -1,",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 20))");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "minCapacity = -1",
        "[SM-AUTO-SCALING-CAPACITY] auto scaling minCapacity -1 and maxCapacity 4 are not valid");
  }

  @Test
  void maxCapacityBelowMinCapacity() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    initialInstanceCount = 3,",
        "    autoScaling = @AutoScaling(",
        "        minCapacity = 3,",
        "        maxCapacity = 2,",
        "        maxRequestsPerSecond = 20))");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "maxCapacity = 2",
        "[SM-AUTO-SCALING-CAPACITY] auto scaling minCapacity 3 and maxCapacity 2 are not valid");
  }

  @Test
  void initialCountBelowMinCapacity() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    initialInstanceCount = 1,",
        "    autoScaling = @AutoScaling(",
        "        minCapacity = 2,",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 20))");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "minCapacity = 2",
        "[SM-AUTO-SCALING-INITIAL-COUNT] the variant starts with 1 instance(s), outside its auto scaling range 2 to 4");
  }

  @Test
  void initialCountAboveMaxCapacity() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    initialInstanceCount = 5,",
        "    autoScaling = @AutoScaling(",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 20))");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "maxCapacity = 4",
        "[SM-AUTO-SCALING-INITIAL-COUNT] the variant starts with 5 instance(s), outside its auto scaling range 1 to 4");
  }

  @Test
  void burstableInstanceType() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    instanceType = \"ml.t2.medium\",",
        "    autoScaling = @AutoScaling(",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 20))");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "ml.t2.medium",
        "[SM-AUTO-SCALING-BURSTABLE] instance type \"ml.t2.medium\" is burstable",
        "pick another instance type, or drop auto scaling");
  }

  @Test
  void maxRequestsPerSecondNotPositive() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    autoScaling = @AutoScaling(",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 0))");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "maxRequestsPerSecond = 0",
        "[SM-MAX-REQUESTS-PER-SECOND] maxRequestsPerSecond 0 is not valid", "a number greater than 0");
  }

  @Test
  void maxRequestsPerSecondNotFinite() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    autoScaling = @AutoScaling(",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = Double.POSITIVE_INFINITY))");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "POSITIVE_INFINITY", "[SM-MAX-REQUESTS-PER-SECOND] maxRequestsPerSecond Infinity");
  }

  @Test
  void safetyFactorAboveOne() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    autoScaling = @AutoScaling(",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 20,",
        "        safetyFactor = 1.5))");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "safetyFactor = 1.5",
        "[SM-SAFETY-FACTOR] safetyFactor 1.5 is not valid", "greater than 0 and at most 1");
  }

  @Test
  void safetyFactorNotANumber() {
    Compilation compilation = compile(
        "@Endpoint(",
        "    autoScaling = @AutoScaling(",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 20,",
        "        safetyFactor = Double.NaN))");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "Double.NaN", "[SM-SAFETY-FACTOR] safetyFactor NaN is not valid");
  }

  // @ServerlessEndpoint

  @Test
  void serverlessEndpointName() {
    Compilation compilation = compile(
        "@ServerlessEndpoint(",
        "    name = \"-leading-hyphen\")");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "-leading-hyphen", "[SM-ENDPOINT-NAME] endpoint name \"-leading-hyphen\" is not valid");
  }

  @Test
  void serverlessVariantName() {
    Compilation compilation = compile(
        "@ServerlessEndpoint(",
        "    variantName = \"\")");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "variantName = \"\"", "[SM-VARIANT-NAME] production variant name \"\" is not valid");
  }

  @Test
  void memorySize() {
    Compilation compilation = compile(
        "@ServerlessEndpoint(",
        "    memorySizeInMb = 1500)");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "memorySizeInMb = 1500",
        "[SM-SERVERLESS-MEMORY-SIZE] memorySizeInMb 1500 is not valid", "1024, 2048, 3072, 4096, 5120 or 6144");
  }

  @Test
  void maxConcurrency() {
    Compilation compilation = compile(
        "@ServerlessEndpoint(",
        "    maxConcurrency = 201)");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "maxConcurrency = 201", "[SM-SERVERLESS-MAX-CONCURRENCY] maxConcurrency 201 is not valid");
  }

  @Test
  void provisionedConcurrencyOutOfRange() {
    Compilation compilation = compile(
        "@ServerlessEndpoint(",
        "    provisionedConcurrency = -1)");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "provisionedConcurrency = -1",
        "[SM-SERVERLESS-PROVISIONED-CONCURRENCY] provisionedConcurrency -1 is not valid");
  }

  @Test
  void provisionedConcurrencyAboveMaxConcurrency() {
    Compilation compilation = compile(
        "@ServerlessEndpoint(",
        "    maxConcurrency = 5,",
        "    provisionedConcurrency = 6)");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "provisionedConcurrency = 6",
        "[SM-SERVERLESS-PROVISIONED-OVER-MAX] provisionedConcurrency 6 is greater than maxConcurrency 5");
  }

  // Values the compiler cannot evaluate

  @Test
  void unresolvedConstantInAutoScalingIsLeftToTheCompilerError() {
    JavaFileObject model = source("test.Served",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\")",
        "@Endpoint(",
        "    autoScaling = @AutoScaling(",
        "        maxCapacity = Nowhere.MAX,",
        "        maxRequestsPerSecond = 20))",
        "public class Served {}");
    Compilation compilation = failing(model);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(model).onLineContaining("Nowhere");
    assertThat(compilation)
        .hadErrorContaining("[SM-UNREADABLE-VALUE] @AutoScaling.maxCapacity of test.Served is not a constant")
        .inFile(model).onLineContaining("Nowhere");
    assertThat(compilation).hadErrorCount(2);
  }

  // All together

  @Test
  void everyProblemIsReportedOnceOnItsOwnLine() {
    Compilation compilation = compile(
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
    assertError(compilation, "bad_name", "[SM-ENDPOINT-NAME]");
    assertError(compilation, "ml.t2.medium", "[SM-AUTO-SCALING-BURSTABLE]");
    assertError(compilation, "\"gpu\"", "[SM-ACCELERATOR-TYPE]");
    assertError(compilation, "maxCapacity = 4", "[SM-AUTO-SCALING-INITIAL-COUNT]");
    assertError(compilation, "maxRequestsPerSecond = 0", "[SM-MAX-REQUESTS-PER-SECOND]");
    assertError(compilation, "safetyFactor = 0", "[SM-SAFETY-FACTOR]");
    assertThat(compilation).hadErrorCount(6);
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertThat(error.getLineNumber()).isNotEqualTo(5L); // @Endpoint(
      assertThat(error.getLineNumber()).isNotEqualTo(15L); // the class
    }
  }
}
