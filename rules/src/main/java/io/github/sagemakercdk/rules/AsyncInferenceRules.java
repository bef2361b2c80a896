package io.github.sagemakercdk.rules;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of asynchronous inference (CreateEndpointConfig's AsyncInferenceConfig) and of scaling an asynchronous
 * endpoint on its backlog. Sources: SageMaker API reference, AsyncInferenceConfig, AsyncInferenceOutputConfig,
 * AsyncInferenceNotificationConfig and AsyncInferenceClientConfig; SageMaker Developer Guide, "Autoscale an
 * asynchronous endpoint". Each limit is in {@link Limits}, with its source.
 */
public final class AsyncInferenceRules {
  private static final Pattern S3_PATH = Pattern.compile(Limits.ASYNC_S3_PATH_PATTERN);
  private static final Pattern TOPIC_ARN = Pattern.compile(Limits.ASYNC_TOPIC_ARN_PATTERN);

  private AsyncInferenceRules() {}

  /** Every violation of the config, in the order of its attributes. */
  public static List<Violation> validate(AsyncInferenceSpec spec) {
    List<Violation> violations = new ArrayList<>();
    if (spec.outputPath() != null) {
      s3Path("outputPath", spec.outputPath(), Attribute.OUTPUT_PATH).ifPresent(violations::add);
    }
    if (spec.failurePath() != null) {
      s3Path("failurePath", spec.failurePath(), Attribute.FAILURE_PATH).ifPresent(violations::add);
    }
    if (spec.successTopic() != null) {
      topicArn("successTopic", spec.successTopic(), Attribute.SUCCESS_TOPIC).ifPresent(violations::add);
    }
    if (spec.errorTopic() != null) {
      topicArn("errorTopic", spec.errorTopic(), Attribute.ERROR_TOPIC).ifPresent(violations::add);
    }
    violations.addAll(includeInferenceResponseIn(
        spec.includeInferenceResponseIn(), spec.hasSuccessTopic(), spec.hasErrorTopic()));
    if (spec.maxConcurrentInvocationsPerInstance() != null) {
      maxConcurrentInvocations(spec.maxConcurrentInvocationsPerInstance()).ifPresent(violations::add);
    }
    if (spec.kmsKey() != null) {
      KmsRules.keyArn(spec.kmsKey())
          .map(v -> new Violation(v.rule(), v.message(), Location.model(Attribute.OUTPUT_KMS_KEY)))
          .ifPresent(violations::add);
    }
    return violations;
  }

  /** An S3 URI of a bucket with a valid name, and an optional prefix. */
  public static Optional<Violation> s3Path(String attribute, String path, Attribute at) {
    Matcher matcher = S3_PATH.matcher(path);
    if (path.length() > Limits.MAX_ASYNC_S3_PATH_LENGTH) {
      return Optional.of(Rule.ASYNC_S3_PATH.violation(Location.model(at), attribute, path,
          "it has " + path.length() + " characters"));
    }
    if (!matcher.matches()) {
      return Optional.of(Rule.ASYNC_S3_PATH.violation(Location.model(at), attribute, path,
          "it is not an s3:// URI"));
    }
    return S3Rules.bucketName(matcher.group(1)).map(bucket -> Rule.ASYNC_S3_PATH.violation(Location.model(at),
        attribute, path, "its bucket name " + bucket.message().substring(bucket.message().indexOf(": ") + 2)));
  }

  /** The bucket of a valid S3 path. */
  public static String bucketOf(String path) {
    Matcher matcher = S3_PATH.matcher(path);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not an s3:// path: " + path);
    }
    return matcher.group(1);
  }

  /** The key prefix of a valid S3 path: what follows the bucket and its slash, possibly empty. */
  public static String prefixOf(String path) {
    Matcher matcher = S3_PATH.matcher(path);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not an s3:// path: " + path);
    }
    return matcher.group(2);
  }

  public static Optional<Violation> topicArn(String attribute, String arn, Attribute at) {
    return arn.length() <= Limits.MAX_ASYNC_TOPIC_ARN_LENGTH && TOPIC_ARN.matcher(arn).matches()
        ? Optional.empty()
        : Optional.of(Rule.ASYNC_TOPIC_ARN.violation(Location.model(at), attribute, arn));
  }

  /** Each topic named once, and only a topic the endpoint has. */
  public static List<Violation> includeInferenceResponseIn(List<String> topics, boolean hasSuccess, boolean hasError) {
    List<Violation> violations = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < topics.size(); i++) {
      String topic = topics.get(i);
      Location at = Location.entry(Attribute.INCLUDE_INFERENCE_RESPONSE_IN, i);
      if (seen.contains(topic)) {
        violations.add(Rule.ASYNC_RESPONSE_DUPLICATE.violation(at, topic));
        continue;
      }
      seen.add(topic);
      if (topic.equals(Limits.SUCCESS_NOTIFICATION_TOPIC) && !hasSuccess) {
        violations.add(Rule.ASYNC_RESPONSE_WITHOUT_TOPIC.violation(at, topic, "success", topic));
      } else if (topic.equals(Limits.ERROR_NOTIFICATION_TOPIC) && !hasError) {
        violations.add(Rule.ASYNC_RESPONSE_WITHOUT_TOPIC.violation(at, topic, "error", topic));
      }
    }
    return violations;
  }

  public static Optional<Violation> maxConcurrentInvocations(Number count) {
    double value = count.doubleValue();
    return EndpointRules.isWhole(count) && value >= Limits.MIN_ASYNC_MAX_CONCURRENT_INVOCATIONS
        && value <= Limits.MAX_ASYNC_MAX_CONCURRENT_INVOCATIONS
        ? Optional.empty()
        : Optional.of(Rule.ASYNC_MAX_CONCURRENT_INVOCATIONS.violation(
            Location.model(Attribute.MAX_CONCURRENT_INVOCATIONS), EndpointRules.shown(count)));
  }

  /** An asynchronous endpoint config serves from instances only: the exclusion table's row, when it applies. */
  public static List<Violation> variants(int serverlessVariants) {
    return serverlessVariants == 0
        ? List.of()
        : HostingExclusions.rejected(HostingSetup.of(null,
            java.util.EnumSet.of(HostingFeature.ASYNC_INFERENCE, HostingFeature.SERVERLESS)));
  }

  /**
   * Backlog scaling of a variant of {@code instanceType} (null when not known) that starts with
   * {@code initialInstanceCount} instances (null when not known): capacities from 0, the initial count within
   * them, no burstable type, a positive target.
   */
  public static List<Violation> backlogScaling(BacklogScalingSpec scaling, String instanceType,
      Number initialInstanceCount) {
    List<Violation> violations = new ArrayList<>();
    if (instanceType != null && EndpointRules.isBurstable(instanceType)) {
      violations.add(Rule.AUTO_SCALING_BURSTABLE.violation(Location.model(Attribute.INSTANCE_TYPE), instanceType));
    }
    Number min = scaling.minCapacity();
    Number max = scaling.maxCapacity();
    if (min != null && max != null) {
      boolean minValid = EndpointRules.isWhole(min) && min.doubleValue() >= Limits.MIN_ASYNC_AUTO_SCALING_CAPACITY;
      boolean valid = minValid && EndpointRules.isWhole(max) && max.doubleValue() >= 1
          && min.doubleValue() <= max.doubleValue();
      if (!valid) {
        violations.add(Rule.BACKLOG_SCALING_CAPACITY.violation(
            Location.model(minValid ? Attribute.MAX_CAPACITY : Attribute.MIN_CAPACITY),
            EndpointRules.shown(min), EndpointRules.shown(max)));
      } else if (initialInstanceCount != null && (initialInstanceCount.doubleValue() < min.doubleValue()
          || initialInstanceCount.doubleValue() > max.doubleValue())) {
        Attribute attribute = initialInstanceCount.doubleValue() < min.doubleValue()
            ? Attribute.MIN_CAPACITY : Attribute.MAX_CAPACITY;
        violations.add(Rule.AUTO_SCALING_INITIAL_COUNT.violation(Location.model(attribute),
            EndpointRules.shown(initialInstanceCount), EndpointRules.shown(min), EndpointRules.shown(max)));
      }
    }
    if (scaling.targetBacklogPerInstance() != null) {
      double target = scaling.targetBacklogPerInstance().doubleValue();
      if (!(Double.isFinite(target) && target > 0)) {
        violations.add(Rule.TARGET_BACKLOG_PER_INSTANCE.violation(
            Location.model(Attribute.TARGET_BACKLOG_PER_INSTANCE),
            EndpointRules.shown(scaling.targetBacklogPerInstance())));
      }
    }
    return violations;
  }
}
