package io.github.sagemakercdk.processor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reference syntax: each wrong image or model data reference is one error on the line of its value, in the
 * second of two repeated {@code @Container}s (where javac's Messager would fall back to the class line).
 */
class ReferenceDiagnosticsTest {

  @TempDir
  Path temp;

  /** A valid first container, then the container under test on its own line, then the class. */
  private BothCompilers pipelineWith(String secondContainer) throws IOException {
    return BothCompilers.compileClass(temp, "Pipeline",
        List.of("@SageMakerModel", "@Container(image = \"ecr:first:1\")", secondContainer));
  }

  /** The container under test gives one error, at {@code javacTarget} under javac, {@code ecjTarget} under ecj. */
  private void assertOneErrorAt(String secondContainer, String javacTarget, String ecjTarget, String first,
      String... more) throws IOException {
    pipelineWith(secondContainer).errorCount(1).error(javacTarget, ecjTarget, first, more);
  }

  @Test
  void emptyImage() throws IOException {
    assertOneErrorAt("@Container(image = \"\")", "\"\"", "image = \"\"",
        "[SM-IMAGE-EMPTY] image is empty", "asset:<directory with a Dockerfile>");
  }

  @Test
  void unknownSchemeListsTheFourForms() throws IOException {
    assertOneErrorAt("@Container(image = \"docker:nginx\")", "\"docker:nginx\"", "image = \"docker:nginx\"",
        "[SM-IMAGE-REFERENCE] image \"docker:nginx\" is not an image reference",
        "asset:<directory with a Dockerfile>", "ecr:<repository>:<tag>", "ecr:<repository>@sha256:<digest>",
        "dlc:<repository>:<tag>", "<account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>");
  }

  @Test
  void malformedEcrRepositoryName() throws IOException {
    assertOneErrorAt("@Container(image = \"ecr:XGBoost:1.7-1\")", "\"ecr:XGBoost:1.7-1\"",
        "image = \"ecr:XGBoost:1.7-1\"",
        "[SM-ECR-REPOSITORY-NAME] ECR repository name \"XGBoost\" is not valid");
  }

  @Test
  void malformedEcrTag() throws IOException {
    assertOneErrorAt("@Container(image = \"ecr:xgboost:-bad\")", "\"ecr:xgboost:-bad\"", "image = \"ecr:xgboost:-bad\"",
        "[SM-ECR-TAG] image tag \"-bad\" is not valid");
  }

  @Test
  void malformedEcrDigest() throws IOException {
    assertOneErrorAt("@Container(image = \"ecr:xgboost@sha256:abc\")", "\"ecr:xgboost@sha256:abc\"",
        "image = \"ecr:xgboost@sha256:abc\"",
        "[SM-ECR-DIGEST] image digest \"sha256:abc\" is not valid", "64 lowercase hexadecimal digits");
  }

  @Test
  void ecrWithoutTag() throws IOException {
    assertOneErrorAt("@Container(image = \"ecr:xgboost\")", "\"ecr:xgboost\"", "image = \"ecr:xgboost\"",
        "[SM-IMAGE-TAG-MISSING] image \"ecr:xgboost\" names no tag", "ecr:<repository>:<tag>");
  }

  @Test
  void dlcWithoutTag() throws IOException {
    assertOneErrorAt("@Container(image = \"dlc:pytorch-inference\")", "\"dlc:pytorch-inference\"",
        "image = \"dlc:pytorch-inference\"",
        "[SM-IMAGE-TAG-MISSING] image \"dlc:pytorch-inference\" names no tag", "dlc:<repository>:<tag>");
  }

  @Test
  void dlcWithDigest() throws IOException {
    assertOneErrorAt("@Container(image = \"dlc:pytorch-inference@sha256:" + "a".repeat(64) + "\")",
        "\"dlc:pytorch-inference@sha256:aaaaaaaaaa",
        "image = \"dlc:pytorch-inference@sha256:aaaaaaaaaa",
        "[SM-DLC-DIGEST]", "dlc:<repository>:<tag>");
  }

  @Test
  void malformedDlcRepository() throws IOException {
    assertOneErrorAt("@Container(image = \"dlc:PyTorch:2.1\")", "\"dlc:PyTorch:2.1\"", "image = \"dlc:PyTorch:2.1\"",
        "[SM-ECR-REPOSITORY-NAME] ECR repository name \"PyTorch\" is not valid");
  }

  @Test
  void malformedRegistryUri() throws IOException {
    assertOneErrorAt("@Container(image = \"123456789012.dkr.ecr.useast1.amazonaws.com/xgboost:1\")",
        "\"123456789012.dkr.ecr.useast1.amazonaws.com/xgboost:1\"",
        "image = \"123456789012.dkr.ecr.useast1.amazonaws.com/xgboost:1\"",
        "[SM-REGISTRY-URI] image \"123456789012.dkr.ecr.useast1.amazonaws.com/xgboost:1\" is not a valid ECR image URI",
        "<12-digit account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>");
  }

  @Test
  void registryUriWithoutRepository() throws IOException {
    assertOneErrorAt("@Container(image = \"123456789012.dkr.ecr.us-east-1.amazonaws.com\")",
        "\"123456789012.dkr.ecr.us-east-1.amazonaws.com\"",
        "image = \"123456789012.dkr.ecr.us-east-1.amazonaws.com\"",
        "[SM-REGISTRY-URI] image \"123456789012.dkr.ecr.us-east-1.amazonaws.com\" is not a valid ECR image URI");
  }

  @Test
  void registryUriWithMalformedAccount() throws IOException {
    assertOneErrorAt("@Container(image = \"12345.dkr.ecr.us-east-1.amazonaws.com/xgboost:1\")",
        "\"12345.dkr.ecr.us-east-1.amazonaws.com/xgboost:1\"",
        "image = \"12345.dkr.ecr.us-east-1.amazonaws.com/xgboost:1\"",
        "[SM-ECR-REGISTRY-ID] registry account \"12345\" is not valid: an ECR registry is named by its 12-digit"
            + " AWS account ID");
  }

  @Test
  void registryUriOfAnotherRegistry() throws IOException {
    assertOneErrorAt("@Container(image = \"docker.io/library/nginx:1.27\")", "\"docker.io/library/nginx:1.27\"",
        "image = \"docker.io/library/nginx:1.27\"",
        "[SM-REGISTRY-URI] image \"docker.io/library/nginx:1.27\" is not a valid ECR image URI");
  }

  @Test
  void registryUriWithChinaRegionOnGlobalDomain() throws IOException {
    assertOneErrorAt("@Container(image = \"123456789012.dkr.ecr.cn-north-1.amazonaws.com/xgboost:1\")",
        "\"123456789012.dkr.ecr.cn-north-1.amazonaws.com/xgboost:1\"",
        "image = \"123456789012.dkr.ecr.cn-north-1.amazonaws.com/xgboost:1\"", "[SM-REGISTRY-URI]",
        "amazonaws.com.cn for the China regions");
  }

  @Test
  void registryUriWithMalformedTag() throws IOException {
    assertOneErrorAt("@Container(image = \"123456789012.dkr.ecr.eu-west-1.amazonaws.com/xgboost:1 2\")",
        "\"123456789012.dkr.ecr.eu-west-1.amazonaws.com/xgboost:1 2\"",
        "image = \"123456789012.dkr.ecr.eu-west-1.amazonaws.com/xgboost:1 2\"",
        "[SM-ECR-TAG] image tag \"1 2\" is not valid");
  }

  @Test
  void imageAssetWithoutPath() throws IOException {
    assertOneErrorAt("@Container(image = \"asset:\")", "\"asset:\"", "image = \"asset:\"",
        "[SM-ASSET-PATH-EMPTY] image \"asset:\" names no path");
  }

  @Test
  void invalidS3BucketName() throws IOException {
    assertOneErrorAt("@Container(image = \"ecr:second:1\", modelData = \"s3://My_Bucket/model.tar.gz\")",
        "\"s3://My_Bucket/model.tar.gz\"",
        "modelData = \"s3://My_Bucket/model.tar.gz\"",
        "[SM-S3-BUCKET-NAME] S3 bucket name \"My_Bucket\" is not valid");
  }

  @Test
  void emptyS3Key() throws IOException {
    assertOneErrorAt("@Container(image = \"ecr:second:1\", modelData = \"s3://my-bucket/\")", "\"s3://my-bucket/\"",
        "modelData = \"s3://my-bucket/\"",
        "[SM-S3-OBJECT-KEY] S3 object key \"\" is not valid: give the key of the object");
  }

  @Test
  void s3ModelDataWithoutKey() throws IOException {
    assertOneErrorAt("@Container(image = \"ecr:second:1\", modelData = \"s3://my-bucket\")", "\"s3://my-bucket\"",
        "modelData = \"s3://my-bucket\"",
        "[SM-S3-OBJECT-KEY]");
  }

  @Test
  void s3ModelDataNotTarGz() throws IOException {
    assertOneErrorAt("@Container(image = \"ecr:second:1\", modelData = \"s3://my-bucket/model.zip\")",
        "\"s3://my-bucket/model.zip\"",
        "modelData = \"s3://my-bucket/model.zip\"",
        "[SM-MODEL-DATA-ARCHIVE] model data \"model.zip\" is not a .tar.gz file");
  }

  @Test
  void assetModelDataNotTarGz() throws IOException {
    assertOneErrorAt("@Container(image = \"ecr:second:1\", modelData = \"asset:models/model.zip\")",
        "\"asset:models/model.zip\"",
        "modelData = \"asset:models/model.zip\"",
        "[SM-MODEL-DATA-ARCHIVE] model data \"models/model.zip\" is not a .tar.gz file");
  }

  @Test
  void modelDataAssetWithoutPath() throws IOException {
    assertOneErrorAt("@Container(image = \"ecr:second:1\", modelData = \"asset:\")", "\"asset:\"",
        "modelData = \"asset:\"",
        "[SM-ASSET-PATH-EMPTY] modelData \"asset:\" names no path", "asset:<file>.tar.gz");
  }

  @Test
  void unknownModelDataScheme() throws IOException {
    assertOneErrorAt("@Container(image = \"ecr:second:1\", modelData = \"https://example.com/m.tar.gz\")",
        "\"https://example.com/m.tar.gz\"",
        "modelData = \"https://example.com/m.tar.gz\"",
        "[SM-MODEL-DATA-REFERENCE] model data \"https://example.com/m.tar.gz\"",
        "asset:<file>.tar.gz or s3://<bucket>/<key>.tar.gz");
  }
}
