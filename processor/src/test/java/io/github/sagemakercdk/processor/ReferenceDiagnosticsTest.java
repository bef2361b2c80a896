package io.github.sagemakercdk.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;
import static io.github.sagemakercdk.processor.Compilations.failing;
import static io.github.sagemakercdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Reference syntax: each wrong image or model data reference is one error on the line of its value, in the
 * second of two repeated {@code @Container}s (where javac's Messager would fall back to the class line).
 */
class ReferenceDiagnosticsTest {

  /** A valid first container, then the container under test on its own line, then the class. */
  private static JavaFileObject pipelineWith(String secondContainer) {
    return source("test.Pipeline",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\")",
        secondContainer,
        "public class Pipeline {}");
  }

  private static void assertOneErrorOnLine(String secondContainer, String line, String... messageParts) {
    Compilation compilation = failing(pipelineWith(secondContainer));
    assertThat(compilation).hadErrorCount(1);
    for (String part : messageParts) {
      assertThat(compilation).hadErrorContaining(part).inFile(compilation.sourceFiles().get(0)).onLineContaining(line);
    }
  }

  @Test
  void emptyImage() {
    assertOneErrorOnLine("@Container(image = \"\")", "image = \"\"",
        "[SM-IMAGE-EMPTY] image is empty", "asset:<directory with a Dockerfile>");
  }

  @Test
  void unknownSchemeListsTheFourForms() {
    assertOneErrorOnLine("@Container(image = \"docker:nginx\")", "docker:nginx",
        "[SM-IMAGE-REFERENCE] image \"docker:nginx\" is not an image reference",
        "asset:<directory with a Dockerfile>", "ecr:<repository>:<tag>", "ecr:<repository>@sha256:<digest>",
        "dlc:<repository>:<tag>", "<account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>");
  }

  @Test
  void malformedEcrRepositoryName() {
    assertOneErrorOnLine("@Container(image = \"ecr:XGBoost:1.7-1\")", "XGBoost",
        "[SM-ECR-REPOSITORY-NAME] ECR repository name \"XGBoost\" is not valid");
  }

  @Test
  void malformedEcrTag() {
    assertOneErrorOnLine("@Container(image = \"ecr:xgboost:-bad\")", "-bad",
        "[SM-ECR-TAG] image tag \"-bad\" is not valid");
  }

  @Test
  void malformedEcrDigest() {
    assertOneErrorOnLine("@Container(image = \"ecr:xgboost@sha256:abc\")", "sha256:abc",
        "[SM-ECR-DIGEST] image digest \"sha256:abc\" is not valid", "64 lowercase hexadecimal digits");
  }

  @Test
  void ecrWithoutTag() {
    assertOneErrorOnLine("@Container(image = \"ecr:xgboost\")", "ecr:xgboost",
        "[SM-IMAGE-TAG-MISSING] image \"ecr:xgboost\" names no tag", "ecr:<repository>:<tag>");
  }

  @Test
  void dlcWithoutTag() {
    assertOneErrorOnLine("@Container(image = \"dlc:pytorch-inference\")", "dlc:pytorch-inference",
        "[SM-IMAGE-TAG-MISSING] image \"dlc:pytorch-inference\" names no tag", "dlc:<repository>:<tag>");
  }

  @Test
  void dlcWithDigest() {
    assertOneErrorOnLine(
        "@Container(image = \"dlc:pytorch-inference@sha256:" + "a".repeat(64) + "\")", "dlc:pytorch-inference@",
        "[SM-DLC-DIGEST]", "dlc:<repository>:<tag>");
  }

  @Test
  void malformedDlcRepository() {
    assertOneErrorOnLine("@Container(image = \"dlc:PyTorch:2.1\")", "dlc:PyTorch",
        "[SM-ECR-REPOSITORY-NAME] ECR repository name \"PyTorch\" is not valid");
  }

  @Test
  void malformedRegistryUri() {
    assertOneErrorOnLine("@Container(image = \"123456789012.dkr.ecr.useast1.amazonaws.com/xgboost:1\")", "useast1",
        "[SM-REGISTRY-URI] image \"123456789012.dkr.ecr.useast1.amazonaws.com/xgboost:1\" is not a valid ECR image URI",
        "<12-digit account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>");
  }

  @Test
  void registryUriWithoutRepository() {
    assertOneErrorOnLine("@Container(image = \"123456789012.dkr.ecr.us-east-1.amazonaws.com\")", "123456789012",
        "[SM-REGISTRY-URI] image \"123456789012.dkr.ecr.us-east-1.amazonaws.com\" is not a valid ECR image URI");
  }

  @Test
  void registryUriWithMalformedAccount() {
    assertOneErrorOnLine("@Container(image = \"12345.dkr.ecr.us-east-1.amazonaws.com/xgboost:1\")", "12345.dkr",
        "[SM-ECR-REGISTRY-ID] registry account \"12345\" is not valid: an ECR registry is named by its 12-digit"
            + " AWS account ID");
  }

  @Test
  void registryUriOfAnotherRegistry() {
    assertOneErrorOnLine("@Container(image = \"docker.io/library/nginx:1.27\")", "docker.io",
        "[SM-REGISTRY-URI] image \"docker.io/library/nginx:1.27\" is not a valid ECR image URI");
  }

  @Test
  void registryUriWithChinaRegionOnGlobalDomain() {
    assertOneErrorOnLine("@Container(image = \"123456789012.dkr.ecr.cn-north-1.amazonaws.com/xgboost:1\")",
        "cn-north-1", "[SM-REGISTRY-URI]", "amazonaws.com.cn for the China regions");
  }

  @Test
  void registryUriWithMalformedTag() {
    assertOneErrorOnLine("@Container(image = \"123456789012.dkr.ecr.eu-west-1.amazonaws.com/xgboost:1 2\")",
        "eu-west-1", "[SM-ECR-TAG] image tag \"1 2\" is not valid");
  }

  @Test
  void imageAssetWithoutPath() {
    assertOneErrorOnLine("@Container(image = \"asset:\")", "\"asset:\"",
        "[SM-ASSET-PATH-EMPTY] image \"asset:\" names no path");
  }

  @Test
  void invalidS3BucketName() {
    assertOneErrorOnLine("@Container(image = \"ecr:second:1\", modelData = \"s3://My_Bucket/model.tar.gz\")", "My_Bucket",
        "[SM-S3-BUCKET-NAME] S3 bucket name \"My_Bucket\" is not valid");
  }

  @Test
  void emptyS3Key() {
    assertOneErrorOnLine("@Container(image = \"ecr:second:1\", modelData = \"s3://my-bucket/\")", "s3://my-bucket/",
        "[SM-S3-OBJECT-KEY] S3 object key \"\" is not valid: give the key of the object");
  }

  @Test
  void s3ModelDataWithoutKey() {
    assertOneErrorOnLine("@Container(image = \"ecr:second:1\", modelData = \"s3://my-bucket\")", "s3://my-bucket",
        "[SM-S3-OBJECT-KEY]");
  }

  @Test
  void s3ModelDataNotTarGz() {
    assertOneErrorOnLine("@Container(image = \"ecr:second:1\", modelData = \"s3://my-bucket/model.zip\")", "model.zip",
        "[SM-MODEL-DATA-ARCHIVE] model data \"model.zip\" is not a .tar.gz file");
  }

  @Test
  void assetModelDataNotTarGz() {
    assertOneErrorOnLine("@Container(image = \"ecr:second:1\", modelData = \"asset:models/model.zip\")", "model.zip",
        "[SM-MODEL-DATA-ARCHIVE] model data \"models/model.zip\" is not a .tar.gz file");
  }

  @Test
  void modelDataAssetWithoutPath() {
    assertOneErrorOnLine("@Container(image = \"ecr:second:1\", modelData = \"asset:\")", "\"asset:\"",
        "[SM-ASSET-PATH-EMPTY] modelData \"asset:\" names no path", "asset:<file>.tar.gz");
  }

  @Test
  void unknownModelDataScheme() {
    assertOneErrorOnLine("@Container(image = \"ecr:second:1\", modelData = \"https://example.com/m.tar.gz\")",
        "example.com", "[SM-MODEL-DATA-REFERENCE] model data \"https://example.com/m.tar.gz\"",
        "asset:<file>.tar.gz, s3://<bucket>/<key>.tar.gz, or uncompressed:s3://<bucket>/<prefix>/ (uncompressed files)");
  }
}
