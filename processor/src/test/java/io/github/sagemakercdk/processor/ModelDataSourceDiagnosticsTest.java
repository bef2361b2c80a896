package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code uncompressed:} model data and {@code acceptEula}: one test per diagnostic, each checking line and column
 * under javac and under Eclipse's compiler (javac puts a boolean's error on its value, ecj on the attribute name).
 */
class ModelDataSourceDiagnosticsTest {
  private static final String GATED = "jumpstart-private-cache-prod-us-east-1";

  @TempDir
  Path temp;

  private BothCompilers compile(String... annotationLines) throws IOException {
    List<String> lines = new ArrayList<>(List.of("package test;", IMPORTS));
    lines.addAll(List.of(annotationLines));
    lines.add("public class Served {}");
    return BothCompilers.compile(temp, "test.Served", lines.toArray(new String[0]));
  }

  @Test
  void aGatedModelWithoutItsLicenseAccepted() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"dlc:djl-inference:0.31.0-lmi13.0.0-cu124\",",
        "    modelData = \"uncompressed:s3://" + GATED + "/meta/llama-3-8b/\")")
        .errorCount(1)
        .errorAt("[SM-MODEL-DATA-EULA] model data \"uncompressed:s3://" + GATED + "/meta/llama-3-8b/\" is in " + GATED
            + ", a JumpStart bucket of gated models: SageMaker deploys such a model only once its end-user license"
            + " agreement is accepted; read the model's license, then accept it with acceptEula = true",
            "\"uncompressed:", "modelData =");
  }

  @Test
  void aGatedArchiveWithoutItsLicenseAccepted() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\",",
        "    modelData = \"s3://" + GATED + "/meta/model.tar.gz\")")
        .errorCount(1)
        .errorAt("[SM-MODEL-DATA-EULA] model data \"s3://" + GATED + "/meta/model.tar.gz\"", "\"s3://", "modelData =");
  }

  @Test
  void acceptEulaWithAssetModelData() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\", modelData = \"asset:models/model.tar.gz\",",
        "    acceptEula = true)")
        .errorAt("[SM-ACCEPT-EULA-WITHOUT-S3] acceptEula is given, but the container's model data is"
            + " \"asset:models/model.tar.gz\": the license is accepted for model data in S3", "true)", "acceptEula =");
  }

  @Test
  void acceptEulaWithoutModelData() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\",",
        "    acceptEula = true)")
        .errorCount(1)
        .errorAt("[SM-ACCEPT-EULA-WITHOUT-S3] acceptEula is given, but the container's model data is not given",
            "true)", "acceptEula =");
  }

  @Test
  void acceptEulaOnAMultiModelContainer() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\", modelData = \"s3://churn-models/all/\", multiModel = true,",
        "    acceptEula = true)")
        .errorCount(1)
        .errorAt("[SM-MULTI-MODEL-DATA-SOURCE] model data \"s3://churn-models/all/\" is an S3 data source", "true)",
            "acceptEula =");
  }

  @Test
  void uncompressedFilesOnAMultiModelContainer() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\", multiModel = true,",
        "    modelData = \"uncompressed:s3://churn-models/all/\")")
        .errorCount(1)
        .errorAt("[SM-MULTI-MODEL-DATA-SOURCE] model data \"uncompressed:s3://churn-models/all/\" is an S3 data"
            + " source (uncompressed files, or a license to accept), and a multi-model container loads .tar.gz"
            + " archives from under one S3 prefix", "\"uncompressed:", "modelData =");
  }

  @Test
  void uncompressedNamesNoS3Location() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\",",
        "    modelData = \"uncompressed:https://example.com/llama/\")")
        .errorCount(1)
        .errorAt("[SM-UNCOMPRESSED-REFERENCE] model data \"uncompressed:https://example.com/llama/\" names no S3"
            + " location: write uncompressed:s3://<bucket>/<prefix>/", "\"uncompressed:", "modelData =");
  }

  @Test
  void uncompressedWithABadBucketAndNoKey() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\",",
        "    modelData = \"uncompressed:s3://Models\")")
        .errorCount(2)
        .errorAt("[SM-S3-BUCKET-NAME] S3 bucket name \"Models\" is not valid", "\"uncompressed:", "modelData =")
        .errorAt("[SM-S3-OBJECT-KEY] S3 object key \"\" is not valid", "\"uncompressed:", "modelData =");
  }

  @Test
  void aPrefixWithoutMultiModelPointsToUncompressedFiles() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\",",
        "    modelData = \"s3://churn-models/llama/\")")
        .errorCount(1)
        .errorAt("(for the uncompressed files of one model under a prefix, write uncompressed:s3://<bucket>/<prefix>/,"
            + " ModelData.fromS3DataSource in code)", "\"s3://", "modelData =");
  }

  @Test
  void aKmsKeyDecryptsUncompressedFilesButNotAnAsset() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\", hostname = \"a\", modelData = \"uncompressed:s3://acme-models/llama/\",",
        "    modelDataKmsKey = \"arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\")",
        "@Container(image = \"ecr:serve:2\", hostname = \"b\", modelData = \"asset:models/model.tar.gz\",",
        "    modelDataKmsKey = \"arn:aws:kms:eu-west-1:123456789012:key/2234abcd-12ab-34cd-56ef-1234567890ab\")")
        .errorCount(1)
        .errorAt("[SM-MODEL-DATA-KMS-KEY-WITHOUT-S3] modelDataKmsKey is given, but the container's model data is"
            + " \"asset:models/model.tar.gz\"", "\"arn:aws:kms:eu-west-1:123456789012:key/2234", "modelDataKmsKey = \"arn:aws:kms:eu-west-1:123456789012:key/2234");
  }
}
