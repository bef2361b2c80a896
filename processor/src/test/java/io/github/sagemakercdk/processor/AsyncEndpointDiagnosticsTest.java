package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @AsyncEndpoint} and its nested {@code @BacklogScaling}: one test per diagnostic, each checking line and
 * column under javac and under Eclipse's compiler. javac points at the value (or the array entry); ecj's Messager
 * points at the attribute ({@code name = value}), so for an entry of an array at the attribute that holds it, and
 * for a value of a nested annotation at that nested attribute too. For an enum constant javac points at the dot
 * before its name, as it does for every member selection.
 */
class AsyncEndpointDiagnosticsTest {
  private static final String OUTPUT = "    outputPath = \"s3://acme-async/output/\",";
  private static final String TOPIC = "arn:aws:sns:eu-west-1:123456789012:errors";

  @TempDir
  Path temp;

  /** A valid model {@code test.Queued}, then the annotation lines given. */
  private BothCompilers compile(String... annotationLines) throws IOException {
    return BothCompilers.compileClass(temp, "Queued", BothCompilers.modelWith(annotationLines));
  }


  @Test
  void outputPathIsAnS3Uri() throws IOException {
    compile(
        "@AsyncEndpoint(",
        "    outputPath = \"https://acme-async.s3.amazonaws.com/out\")")
        .errorCount(1)
        .errorAt("[SM-ASYNC-S3-PATH] outputPath \"https://acme-async.s3.amazonaws.com/out\" is not valid: it is not an"
            + " s3:// URI; write s3://<bucket>/<prefix>", "\"https://", "outputPath =");
  }

  @Test
  void failurePathHasAValidBucket() throws IOException {
    compile(
        "@AsyncEndpoint(",
        OUTPUT,
        "    failurePath = \"s3://Acme_Async/failures/\")")
        .errorCount(1)
        .errorAt("[SM-ASYNC-S3-PATH] failurePath \"s3://Acme_Async/failures/\" is not valid: its bucket name use"
            + " lowercase letters", "\"s3://Acme", "failurePath =");
  }

  @Test
  void topicsAreSnsTopicArnsOrCreate() throws IOException {
    compile(
        "@AsyncEndpoint(",
        OUTPUT,
        "    successTopic = \"created\",",
        "    errorTopic = AsyncEndpoint.CREATE)")
        .errorCount(1)
        .errorAt("[SM-ASYNC-TOPIC-ARN] successTopic \"created\" is not a valid SNS topic ARN", "\"created\"",
            "successTopic =");
  }

  @Test
  void responsesGoOnlyIntoTopicsTheEndpointHas() throws IOException {
    compile(
        "@AsyncEndpoint(",
        OUTPUT,
        "    errorTopic = \"" + TOPIC + "\",",
        "    includeInferenceResponseIn = {",
        "        AsyncEndpoint.ResponseTopic.ERROR_NOTIFICATION_TOPIC,",
        "        AsyncEndpoint.ResponseTopic.SUCCESS_NOTIFICATION_TOPIC})")
        .errorCount(1)
        .errorAt("[SM-ASYNC-RESPONSE-WITHOUT-TOPIC] includeInferenceResponseIn names SUCCESS_NOTIFICATION_TOPIC, but"
            + " the endpoint has no success topic", ".SUCCESS_NOTIFICATION_TOPIC})", "includeInferenceResponseIn");
  }

  @Test
  void eachResponseTopicOnce() throws IOException {
    compile(
        "@AsyncEndpoint(",
        OUTPUT,
        "    errorTopic = \"" + TOPIC + "\",",
        "    includeInferenceResponseIn = {",
        "        AsyncEndpoint.ResponseTopic.ERROR_NOTIFICATION_TOPIC,",
        "        AsyncEndpoint.ResponseTopic.ERROR_NOTIFICATION_TOPIC})")
        .errorCount(1)
        .errorAt("[SM-ASYNC-RESPONSE-DUPLICATE] includeInferenceResponseIn names ERROR_NOTIFICATION_TOPIC twice",
            ".ERROR_NOTIFICATION_TOPIC})", "includeInferenceResponseIn");
  }

  @Test
  void maxConcurrentInvocationsUpToAThousand() throws IOException {
    compile(
        "@AsyncEndpoint(",
        OUTPUT,
        "    maxConcurrentInvocationsPerInstance = 1001)")
        .errorCount(1)
        .errorAt("[SM-ASYNC-MAX-CONCURRENT-INVOCATIONS] maxConcurrentInvocationsPerInstance 1001 is not valid",
            "1001", "maxConcurrentInvocationsPerInstance =");
  }

  @Test
  void outputKmsKeyIsAKeyArn() throws IOException {
    compile(
        "@AsyncEndpoint(",
        OUTPUT,
        "    outputKmsKey = \"alias/async-output\")")
        .errorCount(1)
        .errorAt("[SM-KMS-KEY-ARN] KMS key \"alias/async-output\" is not valid", "\"alias/", "outputKmsKey =");
  }

  @Test
  void outputKmsKeyInThePinnedRegion() throws IOException {
    compile(
        "@SageMakerModel(region = \"eu-west-1\")",
        "@AsyncEndpoint(",
        OUTPUT,
        "    outputKmsKey = \"arn:aws:kms:us-east-1:123456789012:alias/async-output\")")
        .errorCount(1)
        .errorAt("[SM-KMS-KEY-REGION] KMS key arn:aws:kms:us-east-1:123456789012:alias/async-output is in region"
            + " us-east-1, but the stack is in region eu-west-1", "\"arn:aws:kms:us-east-1", "outputKmsKey =");
  }

  @Test
  void topicInThePinnedPartition() throws IOException {
    compile(
        "@SageMakerModel(region = \"cn-north-1\")",
        "@AsyncEndpoint(",
        "    outputPath = \"s3://acme-async/output/\",",
        "    errorTopic = \"" + TOPIC + "\")")
        .errorCount(1)
        .errorAt("[SM-ARN-PARTITION] SNS topic " + TOPIC + " is in partition aws, but region cn-north-1 is in"
            + " partition aws-cn", "\"arn:aws:sns", "errorTopic =");
  }

  @Test
  void volumeKeyNotOnLocalStorage() throws IOException {
    compile(
        "@AsyncEndpoint(",
        OUTPUT,
        "    instanceType = \"ml.g5.xlarge\",",
        "    kmsKey = \"arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\")")
        .errorCount(1)
        .errorAt("[SM-KMS-KEY-LOCAL-STORAGE] instance type \"ml.g5.xlarge\" has local NVMe instance storage",
            "\"arn:aws:kms", "kmsKey =");
  }

  @Test
  void instanceTypeWithASuggestion() throws IOException {
    compile(
        "@AsyncEndpoint(",
        OUTPUT,
        "    instanceType = \"ml.g5.xlarg\")")
        .errorCount(1)
        .errorAt("[SM-INSTANCE-TYPE] instance type \"ml.g5.xlarg\"", "\"ml.g5.xlarg\"", "instanceType =");
  }

  @Test
  void backlogScalingFromZeroButNotBelow() throws IOException {
    compile(
        "@AsyncEndpoint(",
        OUTPUT,
        "    autoScaling = @BacklogScaling(",
        "        minCapacity = -1,",
        "        maxCapacity = 4,",
        "        targetBacklogPerInstance = 5))")
        .errorCount(1)
        .errorAt("[SM-BACKLOG-SCALING-CAPACITY] backlog scaling minCapacity -1 and maxCapacity 4 are not valid",
            "-1", "minCapacity =");
  }

  @Test
  void backlogScalingToAtLeastOneInstance() throws IOException {
    compile(
        "@AsyncEndpoint(",
        OUTPUT,
        "    autoScaling = @BacklogScaling(",
        "        maxCapacity = 0,",
        "        targetBacklogPerInstance = 5))")
        .errorCount(1)
        .errorAt("[SM-BACKLOG-SCALING-CAPACITY] backlog scaling minCapacity 0 and maxCapacity 0 are not valid",
            "0,", "maxCapacity =");
  }

  @Test
  void backlogTargetAboveZero() throws IOException {
    compile(
        "@AsyncEndpoint(",
        OUTPUT,
        "    autoScaling = @BacklogScaling(",
        "        maxCapacity = 2,",
        "        targetBacklogPerInstance = 0))")
        .errorCount(1)
        .errorAt("[SM-TARGET-BACKLOG-PER-INSTANCE] targetBacklogPerInstance 0 is not valid", "0))",
            "targetBacklogPerInstance =");
  }

  @Test
  void initialCountWithinTheBacklogScalingRange() throws IOException {
    compile(
        "@AsyncEndpoint(",
        OUTPUT,
        "    initialInstanceCount = 3,",
        "    autoScaling = @BacklogScaling(",
        "        maxCapacity = 2,",
        "        targetBacklogPerInstance = 5))")
        .errorCount(1)
        .errorAt("[SM-AUTO-SCALING-INITIAL-COUNT] the variant starts with 3 instance(s), outside its auto scaling"
            + " range 0 to 2", "2,", "maxCapacity =");
  }

  @Test
  void noBacklogScalingOfBurstableInstances() throws IOException {
    compile(
        "@AsyncEndpoint(",
        OUTPUT,
        "    instanceType = \"ml.t2.medium\",",
        "    autoScaling = @BacklogScaling(maxCapacity = 2, targetBacklogPerInstance = 5))")
        .errorCount(1)
        .errorAt("[SM-AUTO-SCALING-BURSTABLE] instance type \"ml.t2.medium\" is burstable", "\"ml.t2.medium\"",
            "instanceType =");
  }

  @Test
  void oneBacklogScalingAtMost() throws IOException {
    compile(
        "@AsyncEndpoint(",
        OUTPUT,
        "    autoScaling = {",
        "        @BacklogScaling(maxCapacity = 2, targetBacklogPerInstance = 5),",
        "        @BacklogScaling(maxCapacity = 3, targetBacklogPerInstance = 5)})")
        .errorCount(1)
        .errorAt("[SM-BACKLOG-SCALING-MULTIPLE] @AsyncEndpoint.autoScaling holds 2 @BacklogScaling",
            "@BacklogScaling(maxCapacity = 3");
  }

  @Test
  void asyncAndServerlessAreTwoEndpoints() throws IOException {
    compile(
        "@AsyncEndpoint(outputPath = \"s3://acme-async/output/\")",
        "@ServerlessEndpoint")
        .errorCount(1)
        .errorAt("[SM-ENDPOINT-KIND-CONFLICT] test.Queued carries both @AsyncEndpoint and @ServerlessEndpoint",
            "@ServerlessEndpoint");
  }

  @Test
  void asyncEndpointWithoutModel() throws IOException {
    BothCompilers.compile(temp, "test.Orphan",
        "package test;",
        IMPORTS,
        "@AsyncEndpoint(",
        "    outputPath = \"s3://acme-async/output/\")",
        "public class Orphan {}")
        .errorCount(1)
        .errorAt("[SM-ENDPOINT-WITHOUT-MODEL] @AsyncEndpoint on test.Orphan has no effect without @SageMakerModel",
            "@AsyncEndpoint(");
  }

  @Test
  void realTimeScalingNotToZero() throws IOException {
    compile(
        "@Endpoint(autoScaling = @AutoScaling(",
        "    minCapacity = 0,",
        "    maxCapacity = 4,",
        "    maxRequestsPerSecond = 20))")
        .errorCount(1)
        .errorAt("[SM-AUTO-SCALING-ZERO-REALTIME] auto scaling minCapacity 0 is not valid for a real-time endpoint",
            "0,", "minCapacity =");
  }
}
