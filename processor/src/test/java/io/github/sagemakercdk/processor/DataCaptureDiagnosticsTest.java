package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @DataCapture}: one test per diagnostic, each asserting line and column under javac and under ecj. Every
 * attribute stands on a line of its own, away from the {@code @DataCapture(} line.
 */
class DataCaptureDiagnosticsTest {

  @TempDir
  Path temp;

  /** A valid model, then the lines given (an endpoint and the data capture), in class {@code test.Captured}. */
  private BothCompilers compile(String... lines) throws IOException {
    return BothCompilers.compileClass(temp, "Captured", BothCompilers.modelWith(lines));
  }


  @Test
  void destinationMustBeAnS3Uri() throws IOException {
    compile(
        "@Endpoint",
        "@DataCapture(",
        "    destination = \"https://acme-captures.s3.amazonaws.com/churn\",",
        "    initialSamplingPercentage = 20)")
        .errorCount(1)
        .errorAt("[SM-DATA-CAPTURE-DESTINATION] data capture destination"
            + " \"https://acme-captures.s3.amazonaws.com/churn\" is not valid: write s3://<bucket> or"
            + " s3://<bucket>/<prefix>", "\"https://acme-captures", "destination =");
  }

  @Test
  void destinationBucketMustBeAValidBucketName() throws IOException {
    compile(
        "@Endpoint",
        "@DataCapture(",
        "    destination = \"s3://Acme_Captures/churn\",",
        "    initialSamplingPercentage = 20)")
        .errorCount(1)
        .errorAt("[SM-S3-BUCKET-NAME] S3 bucket name \"Acme_Captures\" is not valid", "\"s3://Acme_Captures",
            "destination =");
  }

  @Test
  void samplingPercentageIsZeroToHundred() throws IOException {
    compile(
        "@Endpoint",
        "@DataCapture(",
        "    destination = \"s3://acme-captures/churn\",",
        "    initialSamplingPercentage = 101)")
        .errorCount(1)
        .errorAt("[SM-DATA-CAPTURE-SAMPLING-PERCENTAGE] initialSamplingPercentage 101 is not valid: give the"
            + " percentage of requests to capture, a whole number from 0 to 100", "101", "initialSamplingPercentage =");
  }

  @Test
  void aContentTypeIsTypeSlashSubtype() throws IOException {
    compile(
        "@Endpoint",
        "@DataCapture(",
        "    destination = \"s3://acme-captures/churn\",",
        "    initialSamplingPercentage = 20,",
        "    csvContentTypes = {\"text/csv\",",
        "        \"csv\"})")
        .errorCount(1)
        .errorAt("[SM-DATA-CAPTURE-CONTENT-TYPE] content type \"csv\" is not valid: write type/subtype", "\"csv\"",
            "csvContentTypes =");
  }

  @Test
  void atMostTenContentTypesPerList() throws IOException {
    StringBuilder eleven = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      eleven.append(i == 0 ? "" : ", ").append("\"application/json").append(i).append('"');
    }
    compile(
        "@Endpoint",
        "@DataCapture(",
        "    destination = \"s3://acme-captures/churn\",",
        "    initialSamplingPercentage = 20,",
        "    jsonContentTypes = {" + eleven + "})")
        .errorCount(1)
        .errorAt("[SM-DATA-CAPTURE-CONTENT-TYPE-COUNT] jsonContentTypes holds 11 content types: SageMaker takes 1 to"
            + " 10 per list", "{\"application/json0", "jsonContentTypes =");
  }

  @Test
  void kmsKeyIsAKeyOrAliasArn() throws IOException {
    compile(
        "@Endpoint",
        "@DataCapture(",
        "    destination = \"s3://acme-captures/churn\",",
        "    initialSamplingPercentage = 20,",
        "    kmsKey = \"alias/captures\")")
        .errorCount(1)
        .errorAt("[SM-KMS-KEY-ARN] KMS key \"alias/captures\" is not valid", "\"alias/captures\"", "kmsKey =");
  }

  @Test
  void kmsKeyIsInThePinnedRegion() throws IOException {
    compile(
        "@SageMakerModel(region = \"eu-west-1\")",
        "@Endpoint",
        "@DataCapture(",
        "    destination = \"s3://acme-captures/churn\",",
        "    initialSamplingPercentage = 20,",
        "    kmsKey = \"arn:aws:kms:us-east-1:123456789012:alias/captures\")")
        .errorCount(1)
        .errorAt("[SM-KMS-KEY-REGION] KMS key arn:aws:kms:us-east-1:123456789012:alias/captures is in region"
            + " us-east-1, but the stack is in region eu-west-1", "\"arn:aws:kms:us-east-1", "kmsKey =");
  }

  @Test
  void notOnAServerlessEndpoint() throws IOException {
    compile(
        "@ServerlessEndpoint",
        "@DataCapture(",
        "    destination = \"s3://acme-captures/churn\",",
        "    initialSamplingPercentage = 20)")
        .errorCount(1)
        .errorAt("[SM-DATA-CAPTURE-SERVERLESS] data capture cannot be used on a serverless endpoint: SageMaker"
            + " Serverless Inference does not support data capture", "@DataCapture(");
  }

  @Test
  void notWithoutAnEndpoint() throws IOException {
    compile(
        "@DataCapture(",
        "    destination = \"s3://acme-captures/churn\",",
        "    initialSamplingPercentage = 20)")
        .errorCount(1)
        .errorAt("[SM-DATA-CAPTURE-WITHOUT-ENDPOINT] @DataCapture on test.Captured captures the invocations of an"
            + " endpoint, and the class has none: add @RealtimeEndpoint", "@DataCapture(");
  }

  @Test
  void notWithoutAModel() throws IOException {
    BothCompilers.compile(temp, "test.Orphan",
        "package test;",
        IMPORTS,
        "@DataCapture(",
        "    destination = \"s3://acme-captures/churn\",",
        "    initialSamplingPercentage = 20)",
        "public class Orphan {}")
        .errorCount(1)
        .errorAt("[SM-ENDPOINT-WITHOUT-MODEL] @DataCapture on test.Orphan has no effect without @SageMakerModel",
            "@DataCapture(");
  }

  @Test
  void everyProblemAtOnce() throws IOException {
    compile(
        "@ServerlessEndpoint",
        "@DataCapture(",
        "    destination = \"acme-captures\",",
        "    initialSamplingPercentage = -1,",
        "    csvContentTypes = \"text\",",
        "    kmsKey = \"key\")")
        .errorCount(5)
        .errorAt("[SM-DATA-CAPTURE-SERVERLESS]", "@DataCapture(")
        .errorAt("[SM-DATA-CAPTURE-DESTINATION]", "\"acme-captures\"", "destination =")
        .errorAt("[SM-DATA-CAPTURE-SAMPLING-PERCENTAGE]", "-1", "initialSamplingPercentage =")
        .errorAt("[SM-DATA-CAPTURE-CONTENT-TYPE]", "\"text\"", "csvContentTypes =")
        .errorAt("[SM-KMS-KEY-ARN]", "\"key\"", "kmsKey =");
  }
}
