package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.processor.FuzzAnnotation.ClassLiteral;
import io.github.sagemakercdk.processor.FuzzAnnotation.Constant;
import io.github.sagemakercdk.processor.FuzzOracle.Expectation;
import io.github.sagemakercdk.processor.FuzzSource.Place;
import io.github.sagemakercdk.rules.EndpointRules;
import io.github.sagemakercdk.rules.HostingFeature;
import io.github.sagemakercdk.rules.HostingSetup;
import io.github.sagemakercdk.rules.KmsRules;
import io.github.sagemakercdk.rules.Limits;
import io.github.sagemakercdk.rules.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the processor must report of a case's hosting annotations ({@link FuzzHosting}): each defect as the id of the
 * rule that must fire (the {@link Rule} or {@link Problem} of the one catalog) and the annotation element it must
 * stand on. The limits are {@link Limits}'; instance type families (burstable, with local storage, Inf1, without
 * multi-model support) are read from the rules module, which owns those lists; a broken string names its rule
 * itself (see {@link FuzzHostingGenerator}). What is judged here is which values break which rule, and where.
 */
final class FuzzHostingOracle {
  private static final String DEFAULT_INSTANCE_TYPE = "ml.m5.large";

  private final FuzzCase fuzzCase;
  private final FuzzHosting hosting;
  private final List<Expectation> expected;
  /** The place of each endpoint annotation (real-time, serverless or asynchronous), in source order. */
  private final List<Integer> endpoints;

  private FuzzHostingOracle(FuzzCase fuzzCase, List<Expectation> expected) {
    this.fuzzCase = fuzzCase;
    this.hosting = fuzzCase.hosting();
    this.expected = expected;
    Map<Integer, Integer> starts = FuzzSource.render(fuzzCase).annotationStarts();
    this.endpoints = starts.keySet().stream()
        .filter(place -> place == Place.ENDPOINT || place == Place.ASYNC)
        .sorted(Comparator.comparing(starts::get))
        .toList();
  }

  /** Adds the expectations of the case's hosting annotations to {@code expected}. */
  static void expectations(FuzzCase fuzzCase, List<Expectation> expected) {
    if (!fuzzCase.hosting().isEmpty()) {
      new FuzzHostingOracle(fuzzCase, expected).all();
    }
  }

  private void all() {
    if (hosting.async() != null) {
      async(hosting.async());
    }
    if (hosting.capture() != null) {
      capture(hosting.capture());
    }
    if (hosting.shadow() != null) {
      shadow(hosting.shadow());
    }
    deployments();
  }

  // ---------------------------------------------------------------- @AsyncEndpoint

  private void async(FuzzAnnotation async) {
    int at = Place.ASYNC;
    withoutModel(at, "AsyncEndpoint");
    if (fuzzCase.endpoint() != null) {
      expect(Problem.ENDPOINT_KIND_CONFLICT.id(), "@" + fuzzCase.endpoint().annotation() + " and @AsyncEndpoint",
          List.of(Place.annotation(Place.ENDPOINT), Place.annotation(at)));
    }
    for (String attribute : List.of("name", "variantName", "instanceType", "outputPath", "failurePath",
        "successTopic", "errorTopic", "kmsKey", "outputKmsKey")) {
      values(at, attribute, async.string(attribute));
    }
    int count = async.integer("initialInstanceCount", 1);
    if (count < Limits.MIN_INITIAL_INSTANCE_COUNT) {
      expect(Rule.INITIAL_INSTANCE_COUNT, "initialInstanceCount " + count, at, "initialInstanceCount");
    }
    responses(async);
    int maxConcurrent = async.integer("maxConcurrentInvocationsPerInstance", 0);
    if (maxConcurrent != 0 && (maxConcurrent < Limits.MIN_ASYNC_MAX_CONCURRENT_INVOCATIONS
        || maxConcurrent > Limits.MAX_ASYNC_MAX_CONCURRENT_INVOCATIONS)) {
      expect(Rule.ASYNC_MAX_CONCURRENT_INVOCATIONS, "maxConcurrentInvocationsPerInstance " + maxConcurrent, at,
          "maxConcurrentInvocationsPerInstance");
    }
    String type = async.text("instanceType", DEFAULT_INSTANCE_TYPE);
    FuzzValue volumeKey = async.string("kmsKey");
    if (volumeKey != null && !volumeKey.text().isEmpty() && !breaks(volumeKey, Rule.KMS_KEY_ARN)
        && KmsRules.storageVolumeKey(type).isPresent()) {
      expect(Rule.KMS_KEY_LOCAL_STORAGE, "volume key on " + type, at, "kmsKey");
    }
    List<FuzzAnnotation> scalings = async.list("autoScaling");
    for (int k = 0; k < scalings.size(); k++) {
      if (k > 0) {
        expect(Problem.BACKLOG_SCALING_MULTIPLE.id(), scalings.size() + " @BacklogScaling",
            List.of(Place.attribute(at, "autoScaling[" + k + "]")));
      }
      backlogScaling(scalings.get(k), "autoScaling[" + k + "].", type, count);
    }
    if (multiModelUnhosted(type)) {
      expect(Rule.MULTI_MODEL_INSTANCE_TYPE, "multi-model container on " + type, at, "instanceType");
    }
  }

  /** Each topic once, and only one the endpoint has (written and not empty). */
  private void responses(FuzzAnnotation async) {
    boolean success = !async.text("successTopic", "").isEmpty();
    boolean error = !async.text("errorTopic", "").isEmpty();
    List<Constant> topics = async.list("includeInferenceResponseIn");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < topics.size(); i++) {
      String topic = topics.get(i).constant();
      Place entry = new Place(Place.ASYNC, "includeInferenceResponseIn", i);
      if (!seen.add(topic)) {
        expect(Rule.ASYNC_RESPONSE_DUPLICATE.id(), topic + " twice", List.of(entry));
      } else if (topic.equals(Limits.SUCCESS_NOTIFICATION_TOPIC) && !success
          || topic.equals(Limits.ERROR_NOTIFICATION_TOPIC) && !error) {
        expect(Rule.ASYNC_RESPONSE_WITHOUT_TOPIC.id(), topic + " without its topic", List.of(entry));
      }
    }
  }

  /**
   * A {@code @BacklogScaling}: no burstable instance type (on the endpoint's type), 0 <= minCapacity <= maxCapacity
   * with maxCapacity at least 1, the initial count within them, a target greater than 0.
   */
  private void backlogScaling(FuzzAnnotation scaling, String prefix, String type, int count) {
    int at = Place.ASYNC;
    if (EndpointRules.isBurstable(type)) {
      expect(Rule.AUTO_SCALING_BURSTABLE, "backlog scaling of burstable " + type, at, "instanceType");
    }
    int min = scaling.integer("minCapacity", 0);
    int max = scaling.integer("maxCapacity", 0);
    boolean minValid = min >= Limits.MIN_ASYNC_AUTO_SCALING_CAPACITY;
    if (!minValid || max < 1 || min > max) {
      expect(Rule.BACKLOG_SCALING_CAPACITY, "backlog scaling " + min + " to " + max, at,
          prefix + (minValid ? "maxCapacity" : "minCapacity"));
    } else if (count < min || count > max) {
      expect(Rule.AUTO_SCALING_INITIAL_COUNT, count + " instance(s) outside " + min + " to " + max, at,
          prefix + (count < min ? "minCapacity" : "maxCapacity"));
    }
    double target = scaling.decimal("targetBacklogPerInstance");
    if (!(target > 0)) {
      expect(Rule.TARGET_BACKLOG_PER_INSTANCE, "targetBacklogPerInstance " + target, at,
          prefix + "targetBacklogPerInstance");
    }
  }

  // ---------------------------------------------------------------- @DataCapture

  private void capture(FuzzAnnotation capture) {
    int at = Place.CAPTURE;
    if (fuzzCase.model() == null) {
      expect(Problem.ENDPOINT_WITHOUT_MODEL.id(), "@DataCapture without @SageMakerModel",
          List.of(Place.annotation(at)));
    } else if (endpoints.isEmpty()) {
      expect(Problem.DATA_CAPTURE_WITHOUT_ENDPOINT.id(), "@DataCapture without endpoint", List.of(Place.annotation(at)));
    }
    if (fuzzCase.endpoint() != null && fuzzCase.endpoint().isServerless()) {
      expect(Rule.DATA_CAPTURE_SERVERLESS.id(), "@DataCapture of a serverless endpoint", List.of(Place.annotation(at)));
    }
    values(at, "destination", capture.string("destination"));
    values(at, "kmsKey", capture.string("kmsKey"));
    int sampling = capture.integer("initialSamplingPercentage", 0);
    if (sampling < Limits.MIN_DATA_CAPTURE_SAMPLING_PERCENTAGE || sampling > Limits.MAX_DATA_CAPTURE_SAMPLING_PERCENTAGE) {
      expect(Rule.DATA_CAPTURE_SAMPLING_PERCENTAGE, "initialSamplingPercentage " + sampling, at,
          "initialSamplingPercentage");
    }
    for (String list : List.of("csvContentTypes", "jsonContentTypes")) {
      List<FuzzValue> types = capture.list(list);
      if (types.size() > Limits.MAX_DATA_CAPTURE_CONTENT_TYPES) {
        expect(Rule.DATA_CAPTURE_CONTENT_TYPE_COUNT, types.size() + " " + list, at, list);
      }
      entries(at, list, types);
    }
  }

  // ---------------------------------------------------------------- @ShadowVariant

  private void shadow(FuzzAnnotation shadow) {
    int at = Place.SHADOW;
    boolean production = fuzzCase.endpoint() != null && !fuzzCase.endpoint().isServerless();
    if (fuzzCase.model() == null) {
      expect(Problem.ENDPOINT_WITHOUT_MODEL.id(), "@ShadowVariant without @SageMakerModel",
          List.of(Place.annotation(at)));
    } else if (!production) {
      expect(Problem.SHADOW_VARIANT_WITHOUT_ENDPOINT.id(), "@ShadowVariant without real-time endpoint",
          List.of(Place.annotation(at)));
    }
    values(at, "variantName", shadow.string("variantName"));
    values(at, "instanceType", shadow.string("instanceType"));
    int count = shadow.integer("initialInstanceCount", 1);
    if (count < Limits.MIN_INITIAL_INSTANCE_COUNT) {
      expect(Rule.INITIAL_INSTANCE_COUNT, "initialInstanceCount " + count, at, "initialInstanceCount");
    }
    Double weight = shadow.decimal("samplingWeight");
    if (weight != null && !(weight >= 0)) {
      expect(Rule.INITIAL_VARIANT_WEIGHT, "samplingWeight " + weight, at, "samplingWeight");
    }
    String name = shadow.text("variantName", "Shadow");
    FuzzValue productionName = production ? fuzzCase.endpoint().variantName() : null;
    if (production && name.equals(productionName == null ? "AllTraffic" : productionName.text())) {
      expect(Rule.VARIANT_DUPLICATE, "shadow variant named as the production variant: " + name, at, "variantName");
    }
    ClassLiteral literal = (ClassLiteral) shadow.get("model");
    FuzzHosting.Candidate candidate = hosting.candidate();
    String hostRegion = FuzzHostingGenerator.hostRegion(fuzzCase);
    if (literal.target() == FuzzAnnotation.Target.SELF) {
      expect(Problem.SHADOW_MODEL_SELF.id(), "shadow model of the class itself", List.of(modelPlace()));
    } else if (literal.target() == FuzzAnnotation.Target.NOT_A_MODEL) {
      expect(Problem.SHADOW_MODEL_NOT_A_MODEL.id(), "shadow model " + literal.name(), List.of(modelPlace()));
    } else if (candidate.broken()) {
      expect(Problem.SHADOW_MODEL_INVALID.id(), "shadow model with its own error", List.of(modelPlace()));
    } else if (candidate.region() != null && !candidate.region().equals(hostRegion)) {
      expect(Problem.SHADOW_MODEL_ENVIRONMENT.id(), "shadow model in " + candidate.region() + ", not in "
          + hostRegion, List.of(modelPlace()));
    } else {
      String type = shadow.text("instanceType", DEFAULT_INSTANCE_TYPE);
      if (candidate.multiModel() && !FuzzHostingGenerator.hostsMultiModel(type)) {
        expect(Rule.MULTI_MODEL_INSTANCE_TYPE, "multi-model shadow model on " + type, at, "instanceType");
      }
    }
    if (candidate != null && candidate.broken()) {
      expect(Problem.IMAGE_TAG_MISSING.id(), "the shadow model's image names no tag",
          List.of(Place.annotation(Place.CANDIDATE)));
    }
  }

  private static Place modelPlace() {
    return Place.attribute(Place.SHADOW, "model");
  }

  // ---------------------------------------------------------------- @BlueGreenDeployment and @RollingDeployment

  /**
   * One deployment annotation at most, beside a real-time endpoint (the class's first endpoint annotation), whose
   * instance type is not Inf1; then each value in SageMaker's ranges.
   */
  private void deployments() {
    Map<Integer, FuzzAnnotation> all = hosting.byPlace();
    List<Integer> deployments = new ArrayList<>();
    Map<Integer, Integer> starts = FuzzSource.render(fuzzCase).annotationStarts();
    for (int place : List.of(Place.BLUE_GREEN, Place.ROLLING)) {
      if (all.containsKey(place)) {
        deployments.add(place);
      }
    }
    deployments.sort(Comparator.comparing(starts::get));
    for (int excess : deployments.subList(Math.min(1, deployments.size()), deployments.size())) {
      expect(Rule.DEPLOYMENT_POLICIES_BOTH.id(), "blue/green and rolling", List.of(Place.annotation(excess)));
    }
    boolean realtime = !endpoints.isEmpty() && endpoints.get(0) == Place.ENDPOINT && !fuzzCase.endpoint().isServerless();
    for (int place : deployments) {
      if (!realtime) {
        expect(Problem.DEPLOYMENT_WITHOUT_REALTIME_ENDPOINT.id(), "deployment without real-time endpoint",
            List.of(Place.annotation(place)));
        continue;
      }
      FuzzCase.EndpointAnnotation endpoint = fuzzCase.endpoint();
      Integer count = endpoint.autoScaling() != null ? null
          : endpoint.initialInstanceCount() == null ? 1 : endpoint.initialInstanceCount();
      if (place == Place.BLUE_GREEN) {
        blueGreen(all.get(place), count);
      } else {
        rolling(all.get(place), count);
      }
      alarms(place, all.get(place).list("rollbackAlarms"));
      String type = endpoint.instanceType() == null ? DEFAULT_INSTANCE_TYPE : endpoint.instanceType().text();
      if (HostingSetup.instanceFeatures(type).contains(HostingFeature.INF1_INSTANCE)) {
        expect(Rule.GUARDED_DEPLOYMENT_INF1.id(), "guarded deployment on " + type, List.of(Place.annotation(place)));
      }
    }
  }

  private void blueGreen(FuzzAnnotation deployment, Integer count) {
    int at = Place.BLUE_GREEN;
    int wait = deployment.integer("waitIntervalInSeconds", 0);
    int timeout = deployment.integer("maximumExecutionTimeoutInSeconds", 0);
    int termination = deployment.integer("terminationWaitInSeconds", 0);
    boolean ranges = waitInRange(at, "waitIntervalInSeconds", wait, Rule.DEPLOYMENT_WAIT_INTERVAL)
        & timeoutInRange(at, timeout)
        & waitInRange(at, "terminationWaitInSeconds", termination, Rule.DEPLOYMENT_TERMINATION_WAIT);
    if (ranges && timeout != 0 && !(timeout > (double) termination + wait)) {
      expect(Rule.DEPLOYMENT_TIMEOUT_BELOW_WAITS, "timeout " + timeout + " within the waits", at,
          "maximumExecutionTimeoutInSeconds");
    }
    String routing = deployment.constant("trafficRouting", Limits.ALL_AT_ONCE);
    String sizeType = deployment.constant("sizeType", Limits.CAPACITY_PERCENT);
    int canary = deployment.integer("canarySize", 0);
    int linear = deployment.integer("linearStepSize", 0);
    boolean isCanary = routing.equals(Limits.CANARY);
    boolean isLinear = routing.equals(Limits.LINEAR);
    if (isCanary && canary == 0 || isLinear && linear == 0) {
      expect(Rule.TRAFFIC_ROUTING_SIZE, routing + " without its size", at, "trafficRouting");
    }
    if (!isCanary && canary != 0) {
      expect(Rule.TRAFFIC_ROUTING_SIZE, "canarySize with " + routing, at, "canarySize");
    }
    if (!isLinear && linear != 0) {
      expect(Rule.TRAFFIC_ROUTING_SIZE, "linearStepSize with " + routing, at, "linearStepSize");
    }
    if (isCanary && canary != 0) {
      batch(at, "canarySize", sizeType, canary, count, Limits.MIN_CANARY_PERCENT, Limits.MAX_CANARY_PERCENT);
    }
    if (isLinear && linear != 0) {
      batch(at, "linearStepSize", sizeType, linear, count, Limits.MIN_LINEAR_STEP_PERCENT,
          Limits.MAX_LINEAR_STEP_PERCENT);
    }
  }

  private void rolling(FuzzAnnotation deployment, Integer count) {
    int at = Place.ROLLING;
    waitInRange(at, "waitIntervalInSeconds", deployment.integer("waitIntervalInSeconds", 0),
        Rule.DEPLOYMENT_WAIT_INTERVAL);
    timeoutInRange(at, deployment.integer("maximumExecutionTimeoutInSeconds", 0));
    String sizeType = deployment.constant("sizeType", Limits.CAPACITY_PERCENT);
    batch(at, "maximumBatchSize", sizeType, deployment.integer("maximumBatchSize", 0), count,
        Limits.MIN_ROLLING_BATCH_PERCENT, Limits.MAX_ROLLING_BATCH_PERCENT);
    int rollback = deployment.integer("rollbackMaximumBatchSize", 0);
    if (rollback != 0) {
      capacity(at, "rollbackMaximumBatchSize", sizeType, rollback);
    }
  }

  private boolean waitInRange(int at, String attribute, int seconds, Rule rule) {
    if (seconds < Limits.MIN_DEPLOYMENT_WAIT_SECONDS || seconds > Limits.MAX_DEPLOYMENT_WAIT_SECONDS) {
      expect(rule, attribute + " " + seconds, at, attribute);
      return false;
    }
    return true;
  }

  /** A time limit, 0 meaning SageMaker's. */
  private boolean timeoutInRange(int at, int timeout) {
    if (timeout != 0 && (timeout < Limits.MIN_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS
        || timeout > Limits.MAX_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS)) {
      expect(Rule.DEPLOYMENT_EXECUTION_TIMEOUT, "maximumExecutionTimeoutInSeconds " + timeout, at,
          "maximumExecutionTimeoutInSeconds");
      return false;
    }
    return true;
  }

  /** A capacity size, then its share of the variant's {@code count} instances (when known). */
  private void batch(int at, String attribute, String sizeType, int value, Integer count, int minPercent,
      int maxPercent) {
    if (!capacity(at, attribute, sizeType, value)) {
      return;
    }
    boolean percent = sizeType.equals(Limits.CAPACITY_PERCENT);
    if (!percent && (count == null || count <= 0)) {
      return;
    }
    double share = percent ? value : 100.0 * value / count;
    if (share < minPercent || share > maxPercent) {
      expect(Rule.DEPLOYMENT_BATCH_SHARE, attribute + " " + value + " " + sizeType + " of " + count, at, attribute);
    }
  }

  /** At least 1, a percentage at most 100; whether valid. */
  private boolean capacity(int at, String attribute, String sizeType, int value) {
    boolean percent = sizeType.equals(Limits.CAPACITY_PERCENT);
    if (value < Limits.MIN_CAPACITY_SIZE || percent && value > Limits.MAX_CAPACITY_PERCENT) {
      expect(Rule.CAPACITY_SIZE, attribute + " " + value + " " + sizeType, at, attribute);
      return false;
    }
    return true;
  }

  /** At most 10 alarms; each name's own defect, and a valid name given twice on its second entry. */
  private void alarms(int at, List<FuzzValue> alarms) {
    if (alarms.size() > Limits.MAX_ROLLBACK_ALARMS) {
      expect(Rule.ROLLBACK_ALARM_COUNT, alarms.size() + " rollback alarms", at, "rollbackAlarms");
    }
    entries(at, "rollbackAlarms", alarms);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < alarms.size(); i++) {
      if (alarms.get(i).isValid() && !seen.add(alarms.get(i).text())) {
        expect(Rule.ROLLBACK_ALARM_DUPLICATE.id(), "alarm " + alarms.get(i).text() + " twice",
            List.of(new Place(at, "rollbackAlarms", i)));
      }
    }
  }

  // ---------------------------------------------------------------- shared

  private void withoutModel(int at, String annotation) {
    if (fuzzCase.model() == null) {
      expect(Problem.ENDPOINT_WITHOUT_MODEL.id(), "@" + annotation + " without @SageMakerModel",
          List.of(Place.annotation(at)));
    }
  }

  /** Whether the model's multi-model container cannot be hosted on a known {@code instanceType}. */
  private boolean multiModelUnhosted(String instanceType) {
    return fuzzCase.model() != null && fuzzCase.containers().stream().anyMatch(FuzzCase.Container::isMultiModel)
        && !FuzzHostingGenerator.hostsMultiModel(instanceType);
  }

  private static boolean breaks(FuzzValue value, Rule rule) {
    return value.defects().stream().anyMatch(defect -> rule.id().equals(FuzzValue.ruleOf(defect)));
  }

  /** The defects of a string attribute, each with the rule it names, on the attribute. */
  private void values(int at, String attribute, FuzzValue value) {
    if (value != null) {
      value.defects().forEach(defect -> expected.add(new Expectation(defect + ": " + value, FuzzValue.ruleOf(defect),
          List.of(Place.attribute(at, attribute)))));
    }
  }

  /** The defects of each entry of a string array attribute, on the entry. */
  private void entries(int at, String attribute, List<FuzzValue> entries) {
    for (int i = 0; i < entries.size(); i++) {
      FuzzValue entry = entries.get(i);
      Place place = new Place(at, attribute, i);
      entry.defects().forEach(defect -> expected.add(new Expectation(defect + ": " + entry, FuzzValue.ruleOf(defect),
          List.of(place))));
    }
  }

  private void expect(Rule rule, String why, int at, String attribute) {
    expect(rule.id(), why, List.of(Place.attribute(at, attribute)));
  }

  private void expect(String ruleId, String why, List<Place> places) {
    expected.add(new Expectation("[" + ruleId + "] " + why, ruleId, places));
  }
}
