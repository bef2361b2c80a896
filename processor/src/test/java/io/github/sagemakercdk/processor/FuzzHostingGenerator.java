package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.processor.FuzzAnnotation.ClassLiteral;
import io.github.sagemakercdk.processor.FuzzAnnotation.Constant;
import io.github.sagemakercdk.processor.FuzzAnnotation.Target;
import io.github.sagemakercdk.rules.EndpointRules;
import io.github.sagemakercdk.rules.HostingFeature;
import io.github.sagemakercdk.rules.HostingSetup;
import io.github.sagemakercdk.rules.KmsRules;
import io.github.sagemakercdk.rules.Limits;
import io.github.sagemakercdk.rules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds hosting annotations to a generated case: {@code @AsyncEndpoint} (with {@code @BacklogScaling}),
 * {@code @DataCapture}, {@code @ShadowVariant} (with the class it names) and {@code @BlueGreenDeployment} or
 * {@code @RollingDeployment}. Ranges come from {@link Limits}, the values SageMaker's rules are written against:
 * valid values stay within them, and each value is broken at the case's rate, a broken string naming the
 * {@link Rule} it breaks (numbers are judged by {@link FuzzHostingOracle} from their value). A clean case gets only
 * annotations that fit it (beside an endpoint on instances); the others also get them where they do not fit.
 */
final class FuzzHostingGenerator {
  private static final List<String> REGIONS = List.of("eu-west-1", "us-east-1", "cn-north-1", "us-gov-west-1");
  private static final List<String> BAD_BUCKETS = List.of("ab", "my_bucket", "MyBucket", "-bucket", "bucket-", "a..bc");
  private static final String DEFAULT_INSTANCE_TYPE = "ml.m5.large";

  private final FuzzText text;
  private final FuzzValues values;
  private final boolean clean;
  private final double rate;
  /** The region the model pins (a valid literal), or null. */
  private final String pinnedRegion;

  private FuzzHostingGenerator(FuzzText text, FuzzValues values, boolean clean, double rate, String pinnedRegion) {
    this.text = text;
    this.values = values;
    this.clean = clean;
    this.rate = rate;
    this.pinnedRegion = pinnedRegion;
  }

  /** The case with hosting annotations added (maybe none), its real-time or serverless endpoint maybe replaced. */
  static FuzzCase add(FuzzCase c, FuzzText text, FuzzValues values, boolean clean, double rate) {
    String pinned = c.model() == null || c.model().settings() == null ? null : c.model().settings().pinnedRegion();
    return new FuzzHostingGenerator(text, values, clean, rate, pinned).add(c);
  }

  private FuzzCase add(FuzzCase c) {
    FuzzCase.EndpointAnnotation endpoint = c.endpoint();
    FuzzAnnotation async = null;
    if (endpoint != null && text.chance(0.3)) {
      async = async(endpoint.position(), multiModel(c));
      if (!broken()) {
        endpoint = null; // else both: one endpoint too many
      }
    } else if (endpoint == null && text.chance(0.05)) {
      async = async(text.between(0, 6), multiModel(c));
    }
    boolean realtime = endpoint != null && !endpoint.isServerless();
    FuzzAnnotation capture = (realtime || async != null) && text.chance(0.3) || text.chance(0.1) && broken()
        ? capture() : null;
    FuzzHosting.Candidate candidate = null;
    FuzzAnnotation shadow = null;
    if (realtime && text.chance(0.3) || text.chance(0.1) && broken()) {
      candidate = candidate(c);
      shadow = shadow(c, endpoint, candidate);
      if (shadow.get("model") instanceof ClassLiteral literal && literal.target() != Target.CANDIDATE) {
        candidate = null;
      }
    }
    FuzzAnnotation blueGreen = null;
    FuzzAnnotation rolling = null;
    if (realtime && text.chance(0.35) || text.chance(0.1) && broken()) {
      Integer count = !realtime || endpoint.autoScaling() != null ? null
          : endpoint.initialInstanceCount() == null ? 1 : endpoint.initialInstanceCount();
      boolean both = broken();
      if (both || text.chance(0.6)) {
        blueGreen = blueGreen(count);
      }
      if (both || blueGreen == null) {
        rolling = rolling(count);
      }
      if (realtime && broken()) {
        // Inf1: the deployment guardrails do not apply.
        endpoint = new FuzzCase.EndpointAnnotation(endpoint.annotation(), endpoint.name(), endpoint.variantName(),
            FuzzValue.valid("ml.inf1.xlarge", "ml.inf1.xlarge"), endpoint.initialInstanceCount(), endpoint.position(),
            endpoint.autoScaling(), endpoint.serverless());
      }
    }
    FuzzHosting hosting = new FuzzHosting(async, capture, shadow, blueGreen, rolling, candidate);
    return hosting.isEmpty() ? c : c.withEndpoint(endpoint).withHosting(hosting);
  }

  /** Whether this value or structure is to be broken: never in a clean case, else at the case's rate. */
  private boolean broken() {
    return !clean && text.chance(rate);
  }

  private static boolean multiModel(FuzzCase c) {
    return c.containers().stream().anyMatch(FuzzCase.Container::isMultiModel);
  }

  // ---------------------------------------------------------------- @AsyncEndpoint and @BacklogScaling

  private FuzzAnnotation async(int position, boolean multiModel) {
    FuzzValue type = text.chance(0.4) ? null : values.instanceType(broken()).breaking(Rule.INSTANCE_TYPE.id());
    String effectiveType = type == null ? DEFAULT_INSTANCE_TYPE : type.text();
    if (clean && multiModel && !hostsMultiModel(effectiveType)) {
      type = null;
      effectiveType = DEFAULT_INSTANCE_TYPE;
    }
    Integer count = instanceCount();
    FuzzValue success = topic();
    FuzzValue error = topic();
    FuzzValue volumeKey = text.chance(0.25) ? key() : null;
    if (clean && KmsRules.storageVolumeKey(effectiveType).isPresent()) {
      volumeKey = null;
    }
    List<FuzzAnnotation> scaling = null;
    if (text.chance(0.1)) {
      scaling = List.of();
    } else if (text.chance(0.45) && !(clean && EndpointRules.isBurstable(effectiveType))) {
      int valid = count == null || count < 1 ? 1 : Math.min(count, 1000);
      scaling = new ArrayList<>(List.of(backlogScaling(valid)));
      if (!clean && text.chance(rate * 0.3)) {
        scaling.add(backlogScaling(valid));
      }
    }
    return FuzzAnnotation.of("AsyncEndpoint", position)
        .with("name", text.chance(0.5) ? null
            : text.chance(0.1) ? FuzzValue.valid("") : values.name(broken(), true).breaking(Rule.ENDPOINT_NAME.id()))
        .with("variantName", text.chance(0.6) ? null : values.name(broken(), true).breaking(Rule.VARIANT_NAME.id()))
        .with("instanceType", type)
        .with("initialInstanceCount", count)
        .with("kmsKey", volumeKey)
        .with("outputPath", s3Path(Rule.ASYNC_S3_PATH, Rule.ASYNC_S3_PATH))
        .with("failurePath", text.chance(0.6) ? null
            : text.chance(0.2) ? FuzzValue.valid("") : s3Path(Rule.ASYNC_S3_PATH, Rule.ASYNC_S3_PATH))
        .with("successTopic", success)
        .with("errorTopic", error)
        .with("includeInferenceResponseIn", text.chance(0.6) ? null : responses(success, error))
        .with("maxConcurrentInvocationsPerInstance", text.chance(0.7) ? null : text.chance(0.1) ? 0
            : broken() ? text.pick(-1, Limits.MAX_ASYNC_MAX_CONCURRENT_INVOCATIONS + 1, Integer.MIN_VALUE)
            : text.pick(Limits.MIN_ASYNC_MAX_CONCURRENT_INVOCATIONS, Limits.MAX_ASYNC_MAX_CONCURRENT_INVOCATIONS,
                text.between(Limits.MIN_ASYNC_MAX_CONCURRENT_INVOCATIONS, Limits.MAX_ASYNC_MAX_CONCURRENT_INVOCATIONS)))
        .with("outputKmsKey", text.chance(0.15) ? key() : null)
        .with("autoScaling", scaling);
  }

  /** Capacities from 0 around an initial count of {@code count} instances, and a target backlog. */
  private FuzzAnnotation backlogScaling(int count) {
    Integer min = text.chance(0.4) ? null : broken() ? text.pick(-1, -3, count + 1)
        : text.between(Limits.MIN_ASYNC_AUTO_SCALING_CAPACITY, Math.min(count, 3));
    int floor = Math.max(Math.max(1, count), min == null ? 0 : min);
    // Broken: none at all, below the minimum or the initial count.
    int max = broken() ? text.pick(0, floor - 1) : floor + text.between(0, 5);
    double target = broken() ? text.pick(0.0, -1.0, -0.5) : text.pick(5.0, 0.5, 1.0, 100.0);
    return FuzzAnnotation.of("BacklogScaling", 0)
        .with("minCapacity", min)
        .with("maxCapacity", max)
        .with("targetBacklogPerInstance", target);
  }

  /** Not written, none (empty), created, or an SNS topic ARN of the pinned region's partition. */
  private FuzzValue topic() {
    if (text.chance(0.5)) {
      return null;
    }
    if (text.chance(0.15)) {
      return FuzzValue.valid("");
    }
    if (text.chance(0.35)) {
      return FuzzValue.valid("create");
    }
    String region = pinnedRegion != null ? pinnedRegion : text.pick(REGIONS);
    String account = text.of(FuzzText.DIGITS, 12);
    String name = text.of(FuzzText.ALNUM + "_.-", text.length(1, 12, 64));
    String arn = "arn:" + partitionOf(region) + ":sns:" + region + ":" + account + ":" + name;
    if (!broken()) {
      return FuzzValue.valid(arn, arn);
    }
    String topicRule = Rule.ASYNC_TOPIC_ARN.id();
    return switch (text.random().nextInt(5)) {
      case 0 -> FuzzValue.invalid(arn.replace(account, account.substring(1)), topicRule, "topic ARN of an 11-digit account");
      case 1 -> FuzzValue.invalid(arn + text.pick(" ", "/", ":", "\u00e9", "#"), topicRule, "topic name out of the pattern");
      case 2 -> FuzzValue.invalid(arn.replace(":sns:", ":sqs:"), topicRule, "topic ARN of another service");
      case 3 -> pinnedRegion == null
          ? FuzzValue.invalid(text.pick("Create", "CREATE", "created"), topicRule, "neither create nor a topic ARN")
          : FuzzValue.invalid(arn.replace("arn:" + partitionOf(region) + ":sns:" + region,
              partitionOf(region).equals("aws") ? "arn:aws-cn:sns:cn-north-1" : "arn:aws:sns:eu-west-1"),
              Rule.ARN_PARTITION.id(), "topic of another partition than the pinned region's");
      default -> FuzzValue.invalid(text.pick("Create", "CREATE", "created"), topicRule, "neither create nor a topic ARN");
    };
  }

  /** Topics the endpoint has, each once; broken: one named twice, or one the endpoint has not. */
  private List<Constant> responses(FuzzValue success, FuzzValue error) {
    List<String> present = new ArrayList<>();
    if (success != null && !success.text().isEmpty()) {
      present.add(Limits.SUCCESS_NOTIFICATION_TOPIC);
    }
    if (error != null && !error.text().isEmpty()) {
      present.add(Limits.ERROR_NOTIFICATION_TOPIC);
    }
    List<String> chosen = new ArrayList<>();
    for (String topic : present) {
      if (text.chance(0.7)) {
        chosen.add(topic);
      }
    }
    if (broken()) {
      // One named twice, or one the endpoint has not (or has: then it is valid all the same).
      String again = !chosen.isEmpty() && text.chance(0.5) ? text.pick(chosen)
          : text.pick(Limits.SUCCESS_NOTIFICATION_TOPIC, Limits.ERROR_NOTIFICATION_TOPIC);
      chosen.add(text.random().nextInt(chosen.size() + 1), again);
    }
    return chosen.stream().map(topic -> new Constant("AsyncEndpoint.ResponseTopic", topic)).toList();
  }

  // ---------------------------------------------------------------- @DataCapture

  private FuzzAnnotation capture() {
    return FuzzAnnotation.of("DataCapture", text.between(0, 6))
        .with("destination", s3Path(Rule.DATA_CAPTURE_DESTINATION, Rule.S3_BUCKET_NAME))
        .with("initialSamplingPercentage", broken()
            ? text.pick(Limits.MIN_DATA_CAPTURE_SAMPLING_PERCENTAGE - 1, Limits.MAX_DATA_CAPTURE_SAMPLING_PERCENTAGE + 1,
                Integer.MIN_VALUE, Integer.MAX_VALUE)
            : text.pick(Limits.MIN_DATA_CAPTURE_SAMPLING_PERCENTAGE, Limits.MAX_DATA_CAPTURE_SAMPLING_PERCENTAGE,
                text.between(Limits.MIN_DATA_CAPTURE_SAMPLING_PERCENTAGE, Limits.MAX_DATA_CAPTURE_SAMPLING_PERCENTAGE)))
        .with("captureMode", text.chance(0.6) ? null
            : new Constant("CaptureMode", text.pick("INPUT", "OUTPUT", "INPUT_AND_OUTPUT")))
        .with("csvContentTypes", contentTypes())
        .with("jsonContentTypes", contentTypes())
        .with("kmsKey", text.chance(0.15) ? key() : null);
  }

  /** Not written, empty, 1 to 10 content types (broken: 11 to 13), each broken at the rate. */
  private List<FuzzValue> contentTypes() {
    Integer count = listSize(0.6, Limits.MAX_DATA_CAPTURE_CONTENT_TYPES);
    if (count == null) {
      return null;
    }
    List<FuzzValue> types = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      types.add(broken() ? FuzzValue.invalid(text.pick("text", "text/", "/csv", "text/csv; charset=utf-8",
              "text csv", "-text/csv", "text/csv-", "text/.csv", "text/" + "a".repeat(260), "t\u00e9xt/csv"),
              Rule.DATA_CAPTURE_CONTENT_TYPE.id(), "content type out of the pattern")
          : FuzzValue.valid(contentType()));
    }
    return types;
  }

  /** type/subtype: letters and digits with inner hyphens, the subtype also with dots. */
  private String contentType() {
    if (text.chance(0.5)) {
      return text.pick("text/csv", "application/json", "application/jsonlines", "application/x-npy", "text/x-csv-2",
          "application/vnd.api.json");
    }
    String type = text.of(FuzzText.ALNUM, text.between(1, 8));
    String subtype = text.pick(FuzzText.ALNUM) + text.of(FuzzText.ALNUM + ".", text.between(0, 12));
    return type + "/" + subtype;
  }

  // ---------------------------------------------------------------- @ShadowVariant

  /** The class a shadow may name: a valid model, pinned as the served one or not at all, or (broken) otherwise. */
  private FuzzHosting.Candidate candidate(FuzzCase c) {
    boolean brokenImage = broken();
    String hostRegion = hostRegion(c);
    String region = broken() ? (hostRegion.equals("us-east-1") ? "eu-west-1" : "us-east-1")
        : pinnedRegion != null && text.chance(0.5) ? pinnedRegion : null;
    return new FuzzHosting.Candidate("Shadow" + Math.abs(c.index()), region, text.chance(0.2), brokenImage);
  }

  /** The region the served class's {@code @SageMakerModel} writes, as written ("" when none). */
  static String hostRegion(FuzzCase c) {
    return c.model() == null || c.model().settings() == null || c.model().settings().region() == null ? ""
        : c.model().settings().region().text();
  }

  private FuzzAnnotation shadow(FuzzCase c, FuzzCase.EndpointAnnotation endpoint, FuzzHosting.Candidate candidate) {
    Target target = broken() ? text.pick(Target.SELF, Target.NOT_A_MODEL) : Target.CANDIDATE;
    String name = switch (target) {
      case CANDIDATE -> candidate.className();
      case SELF -> c.kind() == FuzzCase.Kind.NESTED_CLASS ? "Inner" : c.className();
      case NOT_A_MODEL -> "java.lang.Object";
    };
    FuzzValue variantName;
    if (text.chance(0.5)) {
      variantName = null;
    } else if (endpoint != null && broken()) {
      // The production variant's name once more.
      FuzzValue production = endpoint.variantName() == null ? FuzzValue.valid("AllTraffic") : endpoint.variantName();
      variantName = new FuzzValue(production.text(), production.defects(), List.of()).breaking(Rule.VARIANT_NAME.id());
    } else {
      variantName = values.name(broken(), true).breaking(Rule.VARIANT_NAME.id());
    }
    FuzzValue type = text.chance(0.4) ? null : text.chance(0.1) ? FuzzValue.valid("ml.inf1.xlarge")
        : values.instanceType(broken()).breaking(Rule.INSTANCE_TYPE.id());
    return FuzzAnnotation.of("ShadowVariant", text.between(0, 6))
        .with("model", new ClassLiteral(target, name))
        .with("variantName", variantName)
        .with("instanceType", clean && candidate.multiModel() && type != null && !hostsMultiModel(type.text())
            ? null : type)
        .with("initialInstanceCount", instanceCount())
        .with("samplingWeight", text.chance(0.5) ? null
            : broken() ? text.pick(-1.0, -0.001, -1e9) : text.pick(0.0, 0.5, 1.0, 2.5, 100.0));
  }

  // ---------------------------------------------------------------- @BlueGreenDeployment and @RollingDeployment

  /** Blue/green beside a variant of {@code count} instances (null: auto scaled, so any count of instances goes). */
  private FuzzAnnotation blueGreen(Integer count) {
    String routing = text.chance(0.35) ? null : text.pick(Limits.ALL_AT_ONCE, Limits.CANARY, Limits.LINEAR);
    String effective = routing == null ? Limits.ALL_AT_ONCE : routing;
    String sizeType = sizeType(count);
    int wait = waitSeconds();
    Integer termination = text.chance(0.6) ? null : waitSeconds();
    int waits = Math.max(wait, 0) + Math.max(termination == null ? 0 : termination, 0);
    Integer timeout = text.chance(0.6) ? null
        : broken() ? waits >= Limits.MIN_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS && text.chance(0.5)
            ? text.between(Limits.MIN_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS, waits) // not above the waits
            : text.pick(Limits.MIN_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS - 1,
                Limits.MAX_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS + 1, -1)
        : text.between(Math.max(Limits.MIN_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS, waits + 1),
            Limits.MAX_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS);
    FuzzAnnotation annotation = FuzzAnnotation.of("BlueGreenDeployment", text.between(0, 6))
        .with("trafficRouting", routing == null ? null : new Constant("BlueGreenDeployment.TrafficRouting", routing))
        .with("waitIntervalInSeconds", wait)
        .with("terminationWaitInSeconds", termination)
        .with("maximumExecutionTimeoutInSeconds", timeout)
        .with("rollbackAlarms", alarms());
    Integer canary = effective.equals(Limits.CANARY) ? batch(sizeType, count, 1, Limits.MAX_CANARY_PERCENT)
        : broken() ? text.between(1, 50) : null;
    Integer linear = effective.equals(Limits.LINEAR)
        ? batch(sizeType, count, Limits.MIN_LINEAR_STEP_PERCENT, Limits.MAX_LINEAR_STEP_PERCENT)
        : broken() ? text.between(10, 50) : null;
    if (clean && !Limits.CAPACITY_PERCENT.equals(sizeType) && (canary == null && effective.equals(Limits.CANARY)
        || linear == null && effective.equals(Limits.LINEAR))) {
      return blueGreen(count); // no instance count fits: try again
    }
    return annotation.with("canarySize", canary).with("linearStepSize", linear)
        .with("sizeType", sizeType == null ? null : new Constant("BlueGreenDeployment.SizeType", sizeType));
  }

  /** A rolling update beside a variant of {@code count} instances (null: auto scaled). */
  private FuzzAnnotation rolling(Integer count) {
    String sizeType = sizeType(count);
    Integer batch = batch(sizeType, count, Limits.MIN_ROLLING_BATCH_PERCENT, Limits.MAX_ROLLING_BATCH_PERCENT);
    if (batch == null) {
      sizeType = Limits.CAPACITY_PERCENT;
      batch = batch(sizeType, count, Limits.MIN_ROLLING_BATCH_PERCENT, Limits.MAX_ROLLING_BATCH_PERCENT);
    }
    Integer rollback = text.chance(0.6) ? null : broken() ? text.pick(-1, Limits.MAX_CAPACITY_PERCENT + 1)
        : Limits.INSTANCE_COUNT.equals(sizeType) ? text.between(1, 20)
        : text.between(Limits.MIN_CAPACITY_SIZE, Limits.MAX_CAPACITY_PERCENT);
    return FuzzAnnotation.of("RollingDeployment", text.between(0, 6))
        .with("maximumBatchSize", batch == null ? 0 : batch)
        .with("sizeType", sizeType == null ? null : new Constant("BlueGreenDeployment.SizeType", sizeType))
        .with("waitIntervalInSeconds", waitSeconds())
        .with("maximumExecutionTimeoutInSeconds", text.chance(0.6) ? null
            : broken() ? text.pick(Limits.MIN_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS - 1,
                Limits.MAX_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS + 1)
            : text.between(Limits.MIN_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS, Limits.MAX_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS))
        .with("rollbackMaximumBatchSize", rollback)
        .with("rollbackAlarms", alarms());
  }

  /** Not written (a percentage), or either type; counts only where the count is known and small enough to share. */
  private String sizeType(Integer count) {
    if (text.chance(0.5)) {
      return null;
    }
    boolean counts = count == null || count >= 2 && count <= 1000;
    return counts && text.chance(0.5) ? Limits.INSTANCE_COUNT : Limits.CAPACITY_PERCENT;
  }

  /**
   * A batch of {@code minPercent} to {@code maxPercent} of {@code count} instances, in the given size type (null:
   * a percentage); null when no whole count fits. Broken: a share out of the range, not given, or no capacity size.
   */
  private Integer batch(String sizeType, Integer count, int minPercent, int maxPercent) {
    boolean instances = Limits.INSTANCE_COUNT.equals(sizeType);
    if (broken()) {
      return instances
          ? text.pick(0, -1, count == null || count < 1 ? 1 : count / 2 + 1)
          : text.pick(0, -5, maxPercent + 1, Limits.MAX_CAPACITY_PERCENT + 1, Math.max(1, minPercent - 1));
    }
    if (!instances) {
      return text.between(Math.max(minPercent, Limits.MIN_CAPACITY_SIZE), maxPercent);
    }
    if (count == null) {
      return text.between(1, 10);
    }
    long low = Math.max(1, ((long) minPercent * count + 99) / 100);
    long high = (long) maxPercent * count / 100;
    return low > high ? null : (int) (low + text.random().nextInt((int) (high - low + 1)));
  }

  private int waitSeconds() {
    return broken() ? text.pick(Limits.MIN_DEPLOYMENT_WAIT_SECONDS - 1, Limits.MAX_DEPLOYMENT_WAIT_SECONDS + 1,
            Integer.MIN_VALUE)
        : text.pick(Limits.MIN_DEPLOYMENT_WAIT_SECONDS, Limits.MAX_DEPLOYMENT_WAIT_SECONDS,
            text.between(Limits.MIN_DEPLOYMENT_WAIT_SECONDS, 600));
  }

  /** Not written, empty, or 1 to 10 unique CloudWatch alarm names (broken: 11 or 12, blank, too long, one twice). */
  private List<FuzzValue> alarms() {
    Integer count = listSize(0.5, Limits.MAX_ROLLBACK_ALARMS);
    if (count == null) {
      return null;
    }
    List<FuzzValue> alarms = new ArrayList<>();
    Set<String> names = new HashSet<>();
    while (alarms.size() < count) {
      String name = text.pick(FuzzText.ALNUM) + text.of(FuzzText.ALNUM + "-_./ ", text.length(0, 16,
          Limits.MAX_ALARM_NAME_LENGTH - 1));
      if (!names.add(name)) {
        continue;
      }
      alarms.add(broken() ? FuzzValue.invalid(text.pick("", " ", "\t", "x".repeat(Limits.MAX_ALARM_NAME_LENGTH + 1)),
          Rule.ROLLBACK_ALARM_NAME.id(), "alarm name blank or over 255") : FuzzValue.valid(name, name));
    }
    List<FuzzValue> valid = alarms.stream().filter(FuzzValue::isValid).toList();
    if (!valid.isEmpty() && broken()) {
      alarms.add(valid.get(text.random().nextInt(valid.size())));
    }
    return alarms;
  }

  // ---------------------------------------------------------------- shared

  /**
   * The size of a list attribute of at most {@code max} entries: null (not written, at {@code notWritten}), 0
   * (written empty), mostly a few, now and then {@code max}; broken: 1 to 3 too many.
   */
  private Integer listSize(double notWritten, int max) {
    if (text.chance(notWritten)) {
      return null;
    }
    if (text.chance(0.1)) {
      return 0;
    }
    return !clean && text.chance(rate * 0.3) ? text.between(max + 1, max + 3) : text.length(1, 2, max);
  }

  private Integer instanceCount() {
    return text.chance(0.6) ? null
        : broken() ? text.pick(0, -1, Integer.MIN_VALUE) : text.pick(1, text.between(1, 10));
  }

  /**
   * {@code s3://<bucket>[/<prefix>]}, broken: no s3:// URI or longer than 512 characters ({@code formRule}), or a
   * bucket name S3 rejects ({@code bucketRule}).
   */
  private FuzzValue s3Path(Rule formRule, Rule bucketRule) {
    String bucket = values.bucketName();
    String prefix = text.pick("", "/", "/async/", "/" + text.of(FuzzText.LOWER_ALNUM + "/-_.", text.between(1, 40)));
    String valid = "s3://" + bucket + prefix;
    if (!broken()) {
      return FuzzValue.valid(valid);
    }
    return switch (text.random().nextInt(3)) {
      case 0 -> FuzzValue.invalid(text.pick("https://" + bucket + prefix, "S3://" + bucket + prefix, bucket + prefix,
          "s3:/" + bucket, "s3://", ""), formRule.id(), "no s3:// URI");
      case 1 -> FuzzValue.invalid("s3://" + text.pick(BAD_BUCKETS) + prefix, bucketRule.id(), "a bucket S3 rejects");
      default -> FuzzValue.invalid(valid + "/" + "p".repeat(Limits.MAX_ASYNC_S3_PATH_LENGTH + 1 - valid.length()),
          formRule.id(), "longer than 512 characters");
    };
  }

  /** A KMS key or alias ARN of the pinned region (any region when none); broken: no ARN, or of another region. */
  private FuzzValue key() {
    String region = pinnedRegion != null ? pinnedRegion : text.pick(REGIONS);
    String resource = text.chance(0.5) ? "alias/" + text.of("abcXYZ019/_-", text.between(1, 20))
        : "key/" + text.of(FuzzText.HEX, 8) + "-" + text.of(FuzzText.HEX, 4) + "-" + text.of(FuzzText.HEX, 4) + "-"
            + text.of(FuzzText.HEX, 4) + "-" + text.of(FuzzText.HEX, 12);
    String account = text.of(FuzzText.DIGITS, 12);
    String arn = "arn:" + partitionOf(region) + ":kms:" + region + ":" + account + ":" + resource;
    if (!broken()) {
      return FuzzValue.valid(arn, arn);
    }
    int roll = text.random().nextInt(3);
    if (roll == 2 && pinnedRegion != null) {
      return partitionOf(region).equals("aws")
          ? FuzzValue.invalid(arn.replace(":" + region + ":", ":" + (region.equals("eu-west-1") ? "us-east-1" : "eu-west-1")
              + ":"), Rule.KMS_KEY_REGION.id(), "key of another region")
          : FuzzValue.invalid("arn:aws:kms:eu-west-1:" + account + ":" + resource, Rule.ARN_PARTITION.id(),
              "key of another partition");
    }
    return roll == 0 ? FuzzValue.invalid(resource, Rule.KMS_KEY_ARN.id(), "key that is no ARN")
        : FuzzValue.invalid(arn.replace(":kms:", ":s3:"), Rule.KMS_KEY_ARN.id(), "key ARN of another service");
  }

  /** Whether SageMaker hosts multi-model endpoints on an instance type (any type it does not know: not asked). */
  static boolean hostsMultiModel(String instanceType) {
    return !EndpointRules.isKnownInstanceType(instanceType)
        || !HostingSetup.instanceFeatures(instanceType).contains(HostingFeature.INSTANCE_WITHOUT_MULTI_MODEL);
  }

  private static String partitionOf(String region) {
    return region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
  }
}
