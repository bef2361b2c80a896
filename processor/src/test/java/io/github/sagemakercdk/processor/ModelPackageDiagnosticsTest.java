package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code model-package:} images, {@code packageImage} and {@code packageModelData}: one test per diagnostic, each
 * checking line and column under javac and under Eclipse's compiler.
 */
class ModelPackageDiagnosticsTest {
  private static final String ARN = "arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/3";

  @TempDir
  Path temp;

  private BothCompilers compile(String... annotationLines) throws IOException {
    List<String> lines = new ArrayList<>(List.of("package test;", IMPORTS));
    lines.addAll(List.of(annotationLines));
    lines.add("public class Registered {}");
    return BothCompilers.compile(temp, "test.Registered", lines.toArray(new String[0]));
  }

  @Test
  void anUnversionedPackage() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(hostname = \"churn\",",
        "    image = \"model-package:arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn\")")
        .errorCount(1)
        .errorAt("[SM-MODEL-PACKAGE-ARN] model package \"arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn\""
            + " is not a versioned model package ARN: write arn:<partition>:sagemaker:<region>:<12-digit"
            + " account>:model-package/<group>/<version>", "\"model-package:", "image =");
  }

  @Test
  void aPackageGroupIsNoPackage() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(hostname = \"churn\",",
        "    image = \"model-package:arn:aws:sagemaker:eu-west-1:123456789012:model-package-group/churn/3\")")
        .errorCount(1)
        .errorAt("[SM-MODEL-PACKAGE-ARN]", "\"model-package:", "image =");
  }

  @Test
  void aPackageWithModelDataOfItsOwn() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"model-package:" + ARN + "\",",
        "    modelData = \"s3://acme-models/churn/model.tar.gz\")")
        .errorCount(1)
        .errorAt("[SM-MODEL-PACKAGE-MODEL-DATA] the container is created from model package " + ARN + ", which"
            + " supplies the image and the model data: remove the container's own model data", "\"s3://", "modelData =");
  }

  @Test
  void aPackageAsAMultiModelContainer() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"model-package:" + ARN + "\",",
        "    multiModel = true)")
        .errorAt("[SM-MODEL-PACKAGE-MULTI-MODEL] the container is created from model package " + ARN,
            "true)", "multiModel =");
  }

  @Test
  void packageContentsWithoutAPackage() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:churn:1.4\",",
        "    packageImage = \"ecr:churn:1.5\",",
        "    packageModelData = \"s3://acme-models/churn/model.tar.gz\")")
        .errorCount(2)
        .errorAt("[SM-PACKAGE-CONTENTS-WITHOUT-PACKAGE] packageImage is given, but the image is not a model package",
            "\"ecr:churn:1.5\"", "packageImage =")
        .errorAt("[SM-PACKAGE-CONTENTS-WITHOUT-PACKAGE] packageModelData is given", "\"s3://", "packageModelData =");
  }

  @Test
  void packageContentsOfTheWrongKind() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"model-package:" + ARN + "\",",
        "    packageImage = \"model-package:" + ARN + "4\",",
        "    packageModelData = \"asset:models/model.tar.gz\")")
        .errorCount(2)
        .errorAt("[SM-PACKAGE-IMAGE-REFERENCE] packageImage \"model-package:" + ARN + "4\" is not the image of a model"
            + " package", "\"model-package:" + ARN + "4\",", "packageImage =")
        .errorAt("[SM-PACKAGE-MODEL-DATA-REFERENCE] packageModelData \"asset:models/model.tar.gz\" is not model data"
            + " a model package holds", "\"asset:", "packageModelData =");
  }

  @Test
  void packageContentsAreCheckedAsReferences() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"model-package:" + ARN + "\",",
        "    packageImage = \"ecr:Churn:1.4\",",
        "    packageModelData = \"s3://acme-models/churn/model.zip\")")
        .errorCount(2)
        .errorAt("[SM-ECR-REPOSITORY-NAME] ECR repository name \"Churn\"", "\"ecr:", "packageImage =")
        .errorAt("[SM-MODEL-DATA-ARCHIVE] model data \"churn/model.zip\"", "\"s3://", "packageModelData =");
  }
}
