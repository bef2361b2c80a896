package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @ShadowVariant}: one test per diagnostic, line and column under javac and ecj. The shadow model's class
 * stands in the same file, after the served class ({@code test.Shadowed}), so it may generate its own stack: only
 * the served class's stack must not be written. javac puts an error on a class literal under its {@code .class}.
 */
class ShadowVariantDiagnosticsTest {
  private static final String VALID_CANDIDATE = "@SageMakerModel @Container(image = \"ecr:candidate:2\") class Candidate {}";

  @TempDir
  Path temp;

  /** {@code test.Shadowed}: a valid model, the lines given, then the candidate class lines given. */
  private BothCompilers compile(List<String> served, String... candidate) throws IOException {
    List<String> all = new ArrayList<>(List.of("package test;", IMPORTS));
    if (served.stream().noneMatch(line -> line.startsWith("@SageMakerModel"))) {
      all.add("@SageMakerModel");
    }
    all.add("@Container(image = \"ecr:serve:1\")");
    all.addAll(served);
    all.add("public class Shadowed {}");
    all.addAll(List.of(candidate));
    return BothCompilers.compileWithout(temp, "test.ShadowedStack", "test.Shadowed", all.toArray(new String[0]));
  }

  @Test
  void shadowVariantValuesAreCheckedAsAVariants() throws IOException {
    compile(List.of(
        "@Endpoint",
        "@ShadowVariant(model = Candidate.class,",
        "    instanceType = \"ml.c5.larg\",",
        "    initialInstanceCount = 0,",
        "    samplingWeight = -1)"), VALID_CANDIDATE)
        .errorCount(3)
        .errorAt("[SM-INSTANCE-TYPE] instance type \"ml.c5.larg\"", "\"ml.c5.larg\"", "instanceType =")
        .errorAt("[SM-INITIAL-INSTANCE-COUNT] initialInstanceCount 0", "0,", "initialInstanceCount =")
        .errorAt("[SM-INITIAL-VARIANT-WEIGHT] initialVariantWeight -1", "-1)", "samplingWeight =");
  }

  @Test
  void shadowVariantNameDiffersFromTheProductionVariants() throws IOException {
    compile(List.of(
        "@Endpoint(variantName = \"Blue\", instanceType = \"ml.c5.large\")",
        "@ShadowVariant(model = Candidate.class,",
        "    variantName = \"Blue\")"), VALID_CANDIDATE)
        .errorCount(1)
        .errorAt("[SM-VARIANT-DUPLICATE] production variant name \"Blue\" is used twice", "\"Blue\")",
            "variantName = \"Blue\")");
  }

  @Test
  void shadowNeedsAnEndpointOnInstances() throws IOException {
    compile(List.of(
        "@ServerlessEndpoint",
        "@ShadowVariant(",
        "    model = Candidate.class)"), VALID_CANDIDATE)
        .errorCount(1)
        .errorAt("[SM-SHADOW-VARIANT-WITHOUT-ENDPOINT] @ShadowVariant on test.Shadowed receives a copy of the"
            + " requests of the class's endpoint on instances, and the class has none", "@ShadowVariant(");
  }

  @Test
  void shadowModelIsAnotherClass() throws IOException {
    compile(List.of(
        "@Endpoint",
        "@ShadowVariant(",
        "    model = Shadowed.class)"))
        .errorCount(1)
        .errorAt("[SM-SHADOW-MODEL-SELF] @ShadowVariant names test.Shadowed, the class it stands on",
            ".class)", "model =");
  }

  @Test
  void shadowModelIsAModel() throws IOException {
    compile(List.of(
        "@Endpoint",
        "@ShadowVariant(",
        "    model = String.class)"))
        .errorCount(1)
        .errorAt("[SM-SHADOW-MODEL-NOT-A-MODEL] @ShadowVariant names java.lang.String, which has no"
            + " @SageMakerModel", ".class)", "model =");
  }

  @Test
  void shadowModelWithErrorsIsOneErrorHereAndItsOwnThere() throws IOException {
    compile(List.of(
        "@Endpoint",
        "@ShadowVariant(",
        "    model = Candidate.class)"),
        "@SageMakerModel",
        "@Container(image = \"ecr:Candidate:2\")",
        "class Candidate {}")
        .errorCount(2)
        .errorAt("[SM-SHADOW-MODEL-INVALID] @ShadowVariant names test.Candidate, which has 1 error(s), reported on"
            + " that class", ".class)", "model =")
        .errorAt("[SM-ECR-REPOSITORY-NAME] ECR repository name \"Candidate\"", "\"ecr:Candidate:2\"",
            "image = \"ecr:Candidate:2\"");
  }

  @Test
  void shadowModelIsInTheSameAccountAndRegion() throws IOException {
    compile(List.of(
        "@SageMakerModel(region = \"eu-west-1\")",
        "@Endpoint",
        "@ShadowVariant(",
        "    model = Candidate.class)"),
        "@SageMakerModel(region = \"us-east-1\") @Container(image = \"ecr:candidate:2\") class Candidate {}")
        .errorCount(1)
        .errorAt("[SM-SHADOW-MODEL-ENVIRONMENT] @ShadowVariant names test.Candidate, pinned to account/region"
            + " any/us-east-1, while this class is pinned to any/eu-west-1", ".class)", "model =");
  }

  @Test
  void shadowModelIsHostableOnTheShadowsInstanceType() throws IOException {
    compile(List.of(
        "@Endpoint",
        "@ShadowVariant(model = Candidate.class,",
        "    instanceType = \"ml.g6.xlarge\")"),
        "@SageMakerModel",
        "@Container(image = \"ecr:candidate:2\", modelData = \"s3://candidate-models/per-region/\", multiModel = true)",
        "class Candidate {}")
        .errorCount(1)
        .errorAt("[SM-MULTI-MODEL-INSTANCE-TYPE] instance type \"ml.g6.xlarge\" cannot host a multi-model endpoint",
            "\"ml.g6.xlarge\"", "instanceType =");
  }

  @Test
  void shadowModelMustResolve() throws IOException {
    compile(List.of(
        "@Endpoint",
        "@ShadowVariant(",
        "    model = Missing.class)"))
        .errorAt("[SM-UNREADABLE-VALUE] @ShadowVariant.model of test.Shadowed is not a constant the processor can"
            + " read", ".class)", "model =");
  }
}
