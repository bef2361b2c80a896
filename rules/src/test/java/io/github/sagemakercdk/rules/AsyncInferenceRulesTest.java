package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsyncInferenceRulesTest {
  private static final String TOPIC = "arn:aws:sns:eu-west-1:123456789012:async-success";
  private static final String KEY = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

  private static List<Rule> rules(List<Violation> violations) {
    return violations.stream().map(Violation::rule).toList();
  }

  private static AsyncInferenceSpec spec(String output, String failure, String success, String error,
      List<String> include, Number maxConcurrent, String key) {
    return new AsyncInferenceSpec(output, failure, success, error, success != null, error != null, include,
        maxConcurrent, key);
  }

  @Test
  void aCompleteConfigPasses() {
    assertEquals(List.of(), AsyncInferenceRules.validate(spec("s3://my-bucket/async/out/", "s3://my-bucket/fail",
        TOPIC, TOPIC, List.of(Limits.SUCCESS_NOTIFICATION_TOPIC, Limits.ERROR_NOTIFICATION_TOPIC), 1000, KEY)));
    assertEquals(List.of(), AsyncInferenceRules.validate(spec("s3://my-bucket", null, null, null, List.of(), 1,
        null)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"my-bucket/out", "https://my-bucket.s3.amazonaws.com/out", "s3://", "s3:///out",
      "s3://My_Bucket/out", "s3://ab/out"})
  void pathsAreS3UrisOfValidBuckets(String path) {
    List<Violation> violations = AsyncInferenceRules.validate(spec(path, null, null, null, List.of(), null, null));
    assertEquals(List.of(Rule.ASYNC_S3_PATH), rules(violations));
    assertEquals(Attribute.OUTPUT_PATH, violations.get(0).location().attribute());
  }

  @Test
  void pathsHaveAtMost512Characters() {
    String longest = "s3://my-bucket/" + "a".repeat(512 - "s3://my-bucket/".length());
    assertEquals(List.of(), AsyncInferenceRules.validate(spec(longest, null, null, null, List.of(), null, null)));
    List<Violation> violations = AsyncInferenceRules.validate(spec("s3://b-1/x", longest + "a", null, null,
        List.of(), null, null));
    assertEquals(List.of(Rule.ASYNC_S3_PATH), rules(violations));
    assertEquals(Attribute.FAILURE_PATH, violations.get(0).location().attribute());
    assertEquals("failurePath \"s3://my-bucket/" + "a".repeat(65) + "..."
        + "\" is not valid: it has 513 characters; write s3://<bucket>/<prefix> of at most 512 characters, such as"
        + " s3://my-bucket/async/output/", violations.get(0).message());
  }

  @Test
  void pathsSplitIntoBucketAndPrefix() {
    assertEquals("my-bucket", AsyncInferenceRules.bucketOf("s3://my-bucket/async/out/"));
    assertEquals("async/out/", AsyncInferenceRules.prefixOf("s3://my-bucket/async/out/"));
    assertEquals("", AsyncInferenceRules.prefixOf("s3://my-bucket"));
    assertEquals("", AsyncInferenceRules.prefixOf("s3://my-bucket/"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"arn:aws:sqs:eu-west-1:123456789012:queue", "arn:aws:sns:eu-west-1:12345:topic",
      "arn:aws:sns:eu-west-1:123456789012:", "topic", "arn:aws:sns:eu-west-1:123456789012:a b"})
  void topicsAreSnsTopicArns(String arn) {
    List<Violation> violations = AsyncInferenceRules.validate(spec("s3://my-bucket/o", null, null, arn,
        List.of(), null, null));
    assertEquals(List.of(Rule.ASYNC_TOPIC_ARN), rules(violations));
    assertEquals(Attribute.ERROR_TOPIC, violations.get(0).location().attribute());
  }

  @Test
  void topicsInOtherPartitionsPass() {
    assertEquals(List.of(), AsyncInferenceRules.validate(spec("s3://my-bucket/o", null,
        "arn:aws-cn:sns:cn-north-1:123456789012:t", "arn:aws-us-gov:sns:us-gov-west-1:123456789012:t.fifo",
        List.of(), null, null)));
  }

  @Test
  void responsesGoOnlyIntoTopicsTheEndpointHas() {
    List<Violation> violations = AsyncInferenceRules.validate(spec("s3://my-bucket/o", null, TOPIC, null,
        List.of(Limits.SUCCESS_NOTIFICATION_TOPIC, Limits.ERROR_NOTIFICATION_TOPIC), null, null));
    assertEquals(List.of(Rule.ASYNC_RESPONSE_WITHOUT_TOPIC), rules(violations));
    assertEquals(new Location(Attribute.INCLUDE_INFERENCE_RESPONSE_IN, -1, 1), violations.get(0).location());
    assertEquals("includeInferenceResponseIn names ERROR_NOTIFICATION_TOPIC, but the endpoint has no error topic:"
        + " give that topic, or leave ERROR_NOTIFICATION_TOPIC out", violations.get(0).message());
    assertEquals(List.of(Rule.ASYNC_RESPONSE_DUPLICATE), rules(AsyncInferenceRules.includeInferenceResponseIn(
        List.of(Limits.SUCCESS_NOTIFICATION_TOPIC, Limits.SUCCESS_NOTIFICATION_TOPIC), true, true)));
  }

  @Test
  void maxConcurrentInvocationsIsOneToAThousand() {
    assertEquals(List.of(), rules(AsyncInferenceRules.maxConcurrentInvocations(1).stream().toList()));
    assertEquals(List.of(), rules(AsyncInferenceRules.maxConcurrentInvocations(1000).stream().toList()));
    for (Number bad : List.of(0, 1001, 2.5, -1)) {
      assertEquals(List.of(Rule.ASYNC_MAX_CONCURRENT_INVOCATIONS),
          rules(AsyncInferenceRules.maxConcurrentInvocations(bad).stream().toList()), String.valueOf(bad));
    }
  }

  @Test
  void theOutputKeyIsAKeyOrAliasArn() {
    List<Violation> violations = AsyncInferenceRules.validate(spec("s3://my-bucket/o", null, null, null, List.of(),
        null, "1234abcd-12ab-34cd-56ef-1234567890ab"));
    assertEquals(List.of(Rule.KMS_KEY_ARN), rules(violations));
    assertEquals(Attribute.OUTPUT_KMS_KEY, violations.get(0).location().attribute());
  }

  @Test
  void asyncConfigsHaveNoServerlessVariant() {
    assertEquals(List.of(), AsyncInferenceRules.variants(0));
    assertEquals(List.of(Rule.ASYNC_SERVERLESS), rules(AsyncInferenceRules.variants(1)));
  }

  @Test
  void backlogScalingGoesDownToZero() {
    assertEquals(List.of(), AsyncInferenceRules.backlogScaling(new BacklogScalingSpec(0, 4, 5), "ml.m5.large", 1));
    assertEquals(List.of(), AsyncInferenceRules.backlogScaling(new BacklogScalingSpec(1, 1, 0.5), "ml.m5.large", 1));
    List<Violation> negative = AsyncInferenceRules.backlogScaling(new BacklogScalingSpec(-1, 4, 5), null, null);
    assertEquals(List.of(Rule.BACKLOG_SCALING_CAPACITY), rules(negative));
    assertEquals(Attribute.MIN_CAPACITY, negative.get(0).location().attribute());
    List<Violation> noMax = AsyncInferenceRules.backlogScaling(new BacklogScalingSpec(0, 0, 5), null, null);
    assertEquals(List.of(Rule.BACKLOG_SCALING_CAPACITY), rules(noMax));
    assertEquals(Attribute.MAX_CAPACITY, noMax.get(0).location().attribute());
    assertEquals("backlog scaling minCapacity 0 and maxCapacity 0 are not valid: give whole numbers with 0 <="
        + " minCapacity <= maxCapacity and maxCapacity at least 1", noMax.get(0).message());
    assertEquals(List.of(Rule.AUTO_SCALING_INITIAL_COUNT),
        rules(AsyncInferenceRules.backlogScaling(new BacklogScalingSpec(0, 2, 5), "ml.m5.large", 3)));
    assertEquals(List.of(Rule.AUTO_SCALING_BURSTABLE),
        rules(AsyncInferenceRules.backlogScaling(new BacklogScalingSpec(0, 2, 5), "ml.t2.medium", 1)));
    for (Number bad : List.of(0, -1, Double.NaN, Double.POSITIVE_INFINITY)) {
      List<Violation> violations = AsyncInferenceRules.backlogScaling(new BacklogScalingSpec(0, 2, bad), null, null);
      assertEquals(List.of(Rule.TARGET_BACKLOG_PER_INSTANCE), rules(violations), String.valueOf(bad));
      assertEquals(Attribute.TARGET_BACKLOG_PER_INSTANCE, violations.get(0).location().attribute());
    }
  }
}
