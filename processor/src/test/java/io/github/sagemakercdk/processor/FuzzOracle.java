package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.processor.FuzzSource.Place;
import io.github.sagemakercdk.processor.FuzzSource.Range;
import io.github.sagemakercdk.processor.FuzzSource.Rendered;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What the processor must make of a {@link FuzzCase}, decided independently of the processor: from the defects the
 * generator put into values, and from the structure, checked here against the published limits (1 to 15
 * containers, orders 1..N each once or none, hostnames on all containers or none and unique, at most 100
 * environment entries per container, each name once, 32 KB of names and values per model; the endpoint's values; the
 * shape of {@code @CustomizeStack} methods; and CloudFormation's stack names, which the class name becomes). The
 * defects of a model's role, subnets, security groups, tags, account and region, {@link FuzzSettings} records where
 * it made them.
 *
 * <p>The rules it checks a compile's errors against:
 *
 * <ul>
 *   <li>no error is an internal error, and every error is the processor's ({@code [SM-...]});
 *   <li>a valid case gets no error at all;
 *   <li>an invalid case gets at least one error, every error lies on the lines of the processor's annotations
 *       (not on the class declaration, nor on other annotations, comments or blank lines), and each defect has an
 *       error on its own value (on its entry under javac; ecj can only point at the whole array) or, for a
 *       defect of the structure, on one of the annotations involved (for ecj's limits, see {@link #check}).
 * </ul>
 */
final class FuzzOracle {
  static final int MAX_CONTAINERS = 15;
  static final int MAX_ENTRIES = 100;
  static final int MAX_ENVIRONMENT_BYTES = 32 * 1024;
  /** The GPU types SageMaker's documentation lists for multi-model endpoints. */
  static final Set<String> MULTI_MODEL_GPU_TYPES = Set.of("ml.p2.xlarge", "ml.p3.2xlarge", "ml.g4dn.xlarge",
      "ml.g4dn.2xlarge", "ml.g4dn.4xlarge", "ml.g4dn.8xlarge", "ml.g4dn.16xlarge", "ml.g5.xlarge", "ml.g5.2xlarge",
      "ml.g5.4xlarge", "ml.g5.8xlarge", "ml.g5.16xlarge");
  /** Inside the stack these simple names mean its member types: its own Factory, the Builder of CDK's Stack. */
  static final Set<String> STACK_MEMBER_NAMES = Set.of("Factory", "Builder");

  /** Kinds of failure: a shrunk case must keep failing the same way. */
  enum Category { CRASH, INTERNAL_ERROR, NOT_A_PROCESSOR_ERROR, MISPLACED, REJECTED_VALID, ACCEPTED_INVALID,
    MISSING_AT_PLACE, UNEXPECTED_RULE, GENERATED_CODE, LOST_VALUE, SERVICE_FILE }

  /** A failed rule, with its kind. */
  record Failure(Category category, String detail) {
    @Override
    public String toString() {
      return category + ": " + detail;
    }
  }

  /** One error reported for a case's file. */
  record Error(long line, String message) {}

  /**
   * A defect the processor must report.
   *
   * @param why what is wrong, as the generator knows it
   * @param rule the id of the rule whose error it must be ({@code SM-...}), or null when any error will do
   * @param places where an error for it may stand (any one of them)
   */
  record Expectation(String why, String rule, List<Place> places) {
    Expectation(String why, List<Place> places) {
      this(why, null, places);
    }

    /** Whether {@code error} is one of this rule (any error, when no rule is named). */
    boolean ofRule(Error error) {
      return rule == null || error.message().startsWith("[" + rule + "]");
    }
  }

  /** The places of the hosting annotations, where every error must be of a rule the oracle expects there. */
  private static final List<Integer> RULE_CHECKED = List.of(Place.ASYNC, Place.CAPTURE, Place.SHADOW,
      Place.BLUE_GREEN, Place.ROLLING, Place.CANDIDATE);

  private FuzzOracle() {}

  /** Every defect of the case; none for a valid case. */
  static List<Expectation> expectations(FuzzCase fuzzCase) {
    List<Expectation> expected = new ArrayList<>();
    List<FuzzCase.Container> containers = fuzzCase.containers();
    int n = containers.size();
    List<Place> allContainers = IntStream.range(0, n).mapToObj(Place::annotation).toList();
    List<Place> everything = new ArrayList<>(allContainers);
    everything.add(Place.annotation(Place.MODEL));
    everything.add(Place.annotation(Place.WRAPPER));

    if (fuzzCase.model() == null) {
      expected.add(new Expectation("@Container without @SageMakerModel", allContainers));
    } else {
      String annotatedName = fuzzCase.kind() == FuzzCase.Kind.NESTED_CLASS ? "Inner" : fuzzCase.className();
      if (!annotatedName.matches("[A-Za-z][A-Za-z0-9]*")) {
        // CloudFormation's stack names are letters, digits and hyphens, starting with a letter.
        expected.add(new Expectation("class name that makes no stack name: " + annotatedName,
            List.of(Place.annotation(Place.MODEL))));
      }
      if (!fuzzCase.kind().topLevelClass()) {
        expected.add(new Expectation("@SageMakerModel not on a top-level class: " + fuzzCase.kind(),
            List.of(Place.annotation(Place.MODEL))));
      }
      value(expected, fuzzCase.model().name(), Place.attribute(Place.MODEL, "name"));
      settings(expected, fuzzCase.model().settings());
      if (n == 0 || n > MAX_CONTAINERS) {
        expected.add(new Expectation("container count not 1 to 15: " + n, everything));
      }
    }

    long environmentBytes = 0;
    for (int k = 0; k < n; k++) {
      FuzzCase.Container container = containers.get(k);
      value(expected, container.image(), Place.attribute(k, "image"));
      value(expected, container.modelData(), Place.attribute(k, "modelData"));
      value(expected, container.hostname(), Place.attribute(k, "hostname"));
      value(expected, container.modelDataKmsKey(), Place.attribute(k, "modelDataKmsKey"));
      List<FuzzValue> environment = container.environment() == null ? List.of() : container.environment();
      Set<String> names = new HashSet<>();
      for (int e = 0; e < environment.size(); e++) {
        FuzzValue entry = environment.get(e);
        value(expected, entry, new Place(k, "environment", e));
        if (entry.isValid()) {
          String[] nameAndValue = entry.text().split("=", 2);
          environmentBytes += FuzzText.utf8(nameAndValue[0]) + FuzzText.utf8(nameAndValue[1]);
          if (!names.add(nameAndValue[0])) {
            expected.add(new Expectation("environment name given twice: " + nameAndValue[0],
                List.of(Place.annotation(k))));
          }
        }
      }
      if (environment.size() > MAX_ENTRIES) {
        expected.add(new Expectation("more than 100 environment entries: " + environment.size(),
            List.of(Place.annotation(k))));
      }
    }
    if (environmentBytes > MAX_ENVIRONMENT_BYTES) {
      expected.add(new Expectation("environment over 32 KB: " + environmentBytes + " bytes", everything));
    }
    if (!ordersValid(containers)) {
      expected.add(new Expectation("orders neither all absent nor 1 to N once each: "
          + containers.stream().map(FuzzCase.Container::order).toList(), allContainers));
    }
    List<String> hostnames = containers.stream()
        .map(FuzzCase.Container::hostname)
        .filter(h -> h != null && !h.text().isEmpty())
        .map(FuzzValue::text)
        .toList();
    if (n > 1 && !hostnames.isEmpty() && hostnames.size() < n) {
      expected.add(new Expectation("hostnames on some containers only: " + hostnames.size() + " of " + n, allContainers));
    }
    if (new HashSet<>(hostnames).size() < hostnames.size()) {
      expected.add(new Expectation("hostname given twice: " + hostnames, allContainers));
    }
    modes(expected, fuzzCase);
    endpoint(expected, fuzzCase);
    hooks(expected, fuzzCase);
    FuzzHostingOracle.expectations(fuzzCase, expected);
    return expected;
  }

  /** The defects of the role, placement, tags, account and region: each on its value, entry or list. */
  private static void settings(List<Expectation> expected, FuzzSettings settings) {
    if (settings == null) {
      return;
    }
    value(expected, settings.role(), Place.attribute(Place.MODEL, "role"));
    value(expected, settings.account(), Place.attribute(Place.MODEL, "account"));
    value(expected, settings.region(), Place.attribute(Place.MODEL, "region"));
    entries(expected, "subnets", settings.subnets());
    entries(expected, "securityGroups", settings.securityGroups());
    entries(expected, "tags", settings.tags());
    for (String defect : settings.structureDefects()) {
      String[] attributeAndWhy = defect.split("=", 2);
      expected.add(new Expectation(attributeAndWhy[1], List.of(Place.attribute(Place.MODEL, attributeAndWhy[0]))));
    }
  }

  private static void entries(List<Expectation> expected, String attribute, List<FuzzValue> entries) {
    if (entries != null) {
      for (int i = 0; i < entries.size(); i++) {
        value(expected, entries.get(i), new Place(Place.MODEL, attribute, i));
      }
    }
  }

  /**
   * The real-time endpoint, under either name: only with {@code @SageMakerModel}; a name and variant name of 1 to 63
   * letters, digits and hyphens (the name may be written empty, for none); an instance type of SageMaker's list (the
   * generator's mutations make none); at least one instance.
   */
  private static void endpoint(List<Expectation> expected, FuzzCase fuzzCase) {
    FuzzCase.EndpointAnnotation endpoint = fuzzCase.endpoint();
    if (endpoint == null) {
      return;
    }
    if (fuzzCase.model() == null) {
      expected.add(new Expectation("@" + endpoint.annotation() + " without @SageMakerModel",
          List.of(Place.annotation(Place.ENDPOINT))));
    }
    value(expected, endpoint.name(), Place.attribute(Place.ENDPOINT, "name"));
    value(expected, endpoint.variantName(), Place.attribute(Place.ENDPOINT, "variantName"));
    value(expected, endpoint.instanceType(), Place.attribute(Place.ENDPOINT, "instanceType"));
    if (endpoint.initialInstanceCount() != null && endpoint.initialInstanceCount() < 1) {
      expected.add(new Expectation("initialInstanceCount below 1: " + endpoint.initialInstanceCount(),
          List.of(Place.attribute(Place.ENDPOINT, "initialInstanceCount"))));
    }
    if (endpoint.autoScaling() != null) {
      autoScaling(expected, endpoint);
    }
    if (endpoint.serverless() != null) {
      serverless(expected, endpoint.serverless());
    }
    if (endpoint.isServerless() && fuzzCase.model() != null) {
      serverlessExclusions(expected, fuzzCase);
    }
    boolean multiModel = fuzzCase.containers().stream().anyMatch(FuzzCase.Container::isMultiModel);
    if (!endpoint.isServerless() && fuzzCase.model() != null && multiModel && endpoint.instanceType() != null
        && endpoint.instanceType().isValid() && !hostsMultiModel(endpoint.instanceType().text())) {
      expected.add(new Expectation("multi-model container on " + endpoint.instanceType().text(),
          List.of(Place.attribute(Place.ENDPOINT, "instanceType"))));
    }
  }

  /**
   * Multi-model containers (with model data, its only container) and Direct invocation (2 or more containers, a
   * hostname on each).
   */
  private static void modes(List<Expectation> expected, FuzzCase fuzzCase) {
    List<FuzzCase.Container> containers = fuzzCase.containers();
    List<Place> multiModel = IntStream.range(0, containers.size())
        .filter(k -> containers.get(k).isMultiModel()).mapToObj(Place::annotation).toList();
    for (int k = 0; k < containers.size(); k++) {
      FuzzValue data = containers.get(k).modelData();
      if (containers.get(k).isMultiModel() && (data == null || data.text().isEmpty())) {
        expected.add(new Expectation("multi-model container without model data", List.of(Place.annotation(k))));
      }
    }
    if (!multiModel.isEmpty() && containers.size() > 1) {
      expected.add(new Expectation("multi-model container among " + containers.size(), multiModel));
    }
    if (fuzzCase.model() == null || !fuzzCase.model().isDirect()) {
      return;
    }
    if (containers.size() < 2) {
      expected.add(new Expectation("Direct invocation of " + containers.size() + " container(s)",
          List.of(Place.attribute(Place.MODEL, "directInvocation"))));
    }
    for (int k = 0; k < containers.size(); k++) {
      FuzzValue hostname = containers.get(k).hostname();
      if (hostname == null || hostname.text().isEmpty()) {
        expected.add(new Expectation("Direct invocation of a container without hostname", List.of(Place.annotation(k))));
      }
    }
  }

  /** Whether a valid instance type can host a multi-model endpoint: any CPU type, and the GPU types listed. */
  private static boolean hostsMultiModel(String instanceType) {
    return !instanceType.matches("ml\\.(p|g|inf|trn|dl)[0-9].*") || MULTI_MODEL_GPU_TYPES.contains(instanceType);
  }

  /**
   * {@code @AutoScaling}: 1 <= minCapacity (default 1) <= maxCapacity, the initial count (default 1) within them, more
   * than 0 requests per second, a safety factor in (0, 1], and no burstable ({@code ml.t*}) instance type.
   */
  private static void autoScaling(List<Expectation> expected, FuzzCase.EndpointAnnotation endpoint) {
    FuzzCase.ScalingAnnotation scaling = endpoint.autoScaling();
    List<Place> anywhere = List.of(Place.annotation(Place.ENDPOINT));
    long min = scaling.minCapacity() == null ? 1 : scaling.minCapacity();
    long count = endpoint.initialInstanceCount() == null ? 1 : endpoint.initialInstanceCount();
    if (min < 1 || min > scaling.maxCapacity() || count < min || count > scaling.maxCapacity()) {
      expected.add(new Expectation("auto scaling range " + min + " to " + scaling.maxCapacity() + " for " + count
          + " instance(s)", anywhere));
    }
    if (!(scaling.maxRequestsPerSecond() > 0)) {
      expected.add(new Expectation("maxRequestsPerSecond " + scaling.maxRequestsPerSecond(), anywhere));
    }
    if (scaling.safetyFactor() != null && !(scaling.safetyFactor() > 0 && scaling.safetyFactor() <= 1)) {
      expected.add(new Expectation("safetyFactor " + scaling.safetyFactor(), anywhere));
    }
    String instanceType = endpoint.instanceType() == null ? "ml.m5.large" : endpoint.instanceType().text();
    if (instanceType.matches("ml\\.t[0-9]+[a-z]*\\..+")) {
      expected.add(new Expectation("auto scaling of burstable " + instanceType, anywhere));
    }
  }

  /**
   * {@code @ServerlessEndpoint}: 1024 to 6144 MB in steps of 1024 (default 2048), a concurrency of 1 to 200 (default
   * 20), and a provisioned concurrency of 0 (none, the default) or 1 to 200 and at most the concurrency.
   */
  private static void serverless(List<Expectation> expected, FuzzCase.ServerlessValues values) {
    int memory = values.memorySizeInMb() == null ? 2048 : values.memorySizeInMb();
    if (memory < 1024 || memory > 6144 || memory % 1024 != 0) {
      expected.add(new Expectation("memorySizeInMb " + memory,
          List.of(Place.attribute(Place.ENDPOINT, "memorySizeInMb"))));
    }
    int max = values.maxConcurrency() == null ? 20 : values.maxConcurrency();
    if (max < 1 || max > 200) {
      expected.add(new Expectation("maxConcurrency " + max, List.of(Place.attribute(Place.ENDPOINT, "maxConcurrency"))));
    }
    int provisioned = values.provisionedConcurrency() == null ? 0 : values.provisionedConcurrency();
    if (provisioned != 0 && (provisioned < 1 || provisioned > 200 || provisioned > max)) {
      expected.add(new Expectation("provisionedConcurrency " + provisioned + " of " + max,
          List.of(Place.attribute(Place.ENDPOINT, "provisionedConcurrency"))));
    }
  }

  /**
   * What Serverless Inference does not support (its documentation's feature exclusions): inference pipelines,
   * network isolation, a VPC configuration. The error stands on the serverless endpoint annotation.
   */
  private static void serverlessExclusions(List<Expectation> expected, FuzzCase fuzzCase) {
    List<Place> endpoint = List.of(Place.annotation(Place.ENDPOINT));
    if (fuzzCase.containers().size() > 1) {
      expected.add(new Expectation("serverless endpoint of " + fuzzCase.containers().size() + " containers", endpoint));
    }
    if (Boolean.TRUE.equals(fuzzCase.model().networkIsolation())) {
      expected.add(new Expectation("serverless endpoint with network isolation", endpoint));
    }
    FuzzSettings settings = fuzzCase.model().settings();
    if (settings != null && settings.subnets() != null && !settings.subnets().isEmpty()) {
      expected.add(new Expectation("serverless endpoint in subnets", endpoint));
    }
    if (fuzzCase.containers().stream().anyMatch(FuzzCase.Container::isMultiModel)) {
      expected.add(new Expectation("serverless endpoint of a multi-model container", endpoint));
    }
  }

  /**
   * The {@code @CustomizeStack} methods: only in a class with {@code @SageMakerModel}, each of the one shape the stack
   * calls, and in the unnamed package not in a class the stack cannot name (one named like its member types).
   */
  private static void hooks(List<Expectation> expected, FuzzCase fuzzCase) {
    for (int h = 0; h < fuzzCase.hooks().size(); h++) {
      FuzzCase.Hook hook = fuzzCase.hooks().get(h);
      List<Place> place = List.of(Place.hook(h));
      if (fuzzCase.model() == null) {
        expected.add(new Expectation("@CustomizeStack method without @SageMakerModel: " + hook.name(), place));
      } else if (!hook.shape().valid()) {
        expected.add(new Expectation("@CustomizeStack method of another shape: " + hook.shape(), place));
      } else if (fuzzCase.packageName().isEmpty() && STACK_MEMBER_NAMES.contains(fuzzCase.className())) {
        expected.add(new Expectation("@CustomizeStack method of a class the stack cannot name: "
            + fuzzCase.className(), place));
      }
    }
  }

  /**
   * The compiler's own errors about the stack a {@code @CustomizeStack} method takes, on that method, when the case is
   * invalid: the processor generates no stack then, so the compiler cannot find it. They are the compiler's to report.
   */
  private static boolean missingStack(FuzzCase fuzzCase, Rendered source, Error error) {
    return !error.message().startsWith("[SM-")
        && error.message().contains(fuzzCase.stackSimpleName())
        && !expectations(fuzzCase).isEmpty()
        && IntStream.range(0, fuzzCase.hooks().size())
            .anyMatch(h -> source.places().get(Place.hook(h)).contains(error.line()));
  }

  private static void value(List<Expectation> expected, FuzzValue value, Place place) {
    if (value != null) {
      value.defects().forEach(defect -> expected.add(new Expectation(defect + ": " + value, List.of(place))));
    }
  }

  /** None given (0 or not written), or every container one of 1..N, each once. */
  private static boolean ordersValid(List<FuzzCase.Container> containers) {
    List<Integer> orders = containers.stream().map(c -> c.order() == null ? 0 : c.order()).toList();
    if (orders.stream().allMatch(o -> o == 0)) {
      return true;
    }
    return orders.stream().sorted().toList().equals(IntStream.rangeClosed(1, orders.size()).boxed().toList());
  }

  /**
   * Checks the errors a processing compile reported in the case's file.
   *
   * <p>Under Eclipse's compiler ({@code eclipse}), two of its limits are allowed for, and nothing else: it can point
   * at an array but not at one entry of it; and where its Messager cannot place a message at all (an annotation, or
   * a nested one, after an empty array {@code {}}, see {@link Rendered#eclipseCanFind}; any annotation of a record, for which it
   * reports no file), the message may stand on the class declaration, or nowhere, provided it names the class and
   * the annotation it is about.
   */
  static List<Failure> check(FuzzCase fuzzCase, Rendered source, List<Error> allErrors, boolean eclipse) {
    List<Failure> failures = new ArrayList<>();
    List<Error> errors = allErrors.stream().filter(error -> !missingStack(fuzzCase, source, error)).toList();
    for (Error error : errors) {
      if (error.message().contains("[SM-INTERNAL-ERROR]")) {
        failures.add(new Failure(Category.INTERNAL_ERROR, "line " + error.line() + ": " + error.message()));
      } else if (!error.message().startsWith("[SM-")) {
        failures.add(new Failure(Category.NOT_A_PROCESSOR_ERROR, "line " + error.line() + ": " + error.message()));
      } else if (!source.onAnnotation(error.line()) && !(eclipse && eclipseFallback(fuzzCase, source, error, null))) {
        failures.add(new Failure(Category.MISPLACED, "on line " + error.line()
            + (error.line() == source.classLine() ? " (the class declaration)" : "") + ", not on an annotation: "
            + error.message()));
      }
    }
    List<Expectation> expected = expectations(fuzzCase);
    if (expected.isEmpty()) {
      if (!errors.isEmpty()) {
        failures.add(new Failure(Category.REJECTED_VALID, "valid by construction, yet " + errors.size() + " error(s): "
            + errors.stream().map(e -> "line " + e.line() + ": " + e.message()).toList()));
      }
      return failures;
    }
    if (errors.isEmpty()) {
      failures.add(new Failure(Category.ACCEPTED_INVALID,
          "no error, though " + expected.stream().map(Expectation::why).toList()));
      return failures;
    }
    for (Expectation expectation : expected) {
      List<Range> ranges = expectation.places().stream()
          .map(place -> range(source, place, !eclipse))
          .filter(range -> range != null)
          .toList();
      boolean reported = errors.stream().filter(expectation::ofRule)
          .anyMatch(error -> ranges.stream().anyMatch(range -> range.contains(error.line()))
              || eclipse && expectation.places().stream().anyMatch(place -> eclipseFallback(fuzzCase, source, error,
                  place)));
      if (!reported) {
        failures.add(new Failure(Category.MISSING_AT_PLACE, "no error" + (expectation.rule() == null ? ""
            : " [" + expectation.rule() + "]") + " on " + expectation.places() + " " + ranges + " for "
            + expectation.why() + "; errors: " + errors));
      }
    }
    failures.addAll(unexpectedRules(source, errors, expected));
    return failures;
  }

  /**
   * The errors on a hosting annotation whose rule the oracle does not expect on it: there, it knows exactly which
   * rules fire.
   */
  private static List<Failure> unexpectedRules(Rendered source, List<Error> errors, List<Expectation> expected) {
    List<Failure> failures = new ArrayList<>();
    for (int annotation : RULE_CHECKED) {
      Range range = source.places().get(Place.annotation(annotation));
      if (range == null) {
        continue;
      }
      Set<String> rules = new HashSet<>();
      boolean any = false;
      for (Expectation expectation : expected) {
        if (expectation.places().stream().anyMatch(place -> place.annotation() == annotation)) {
          rules.add(expectation.rule());
          any |= expectation.rule() == null;
        }
      }
      for (Error error : errors) {
        String rule = error.message().startsWith("[SM-") ? error.message().substring(1, error.message().indexOf(']'))
            : null;
        if (range.contains(error.line()) && !any && !rules.contains(rule)) {
          failures.add(new Failure(Category.UNEXPECTED_RULE, "line " + error.line() + ", on " + Place.annotation(
              annotation) + ", where the oracle expects " + (rules.isEmpty() ? "no error" : rules) + ": "
              + error.message()));
        }
      }
    }
    return failures;
  }

  /**
   * Whether the error is a message Eclipse's compiler could not place, standing where it then may: on the class
   * declaration, or (for a record) nowhere, naming the class and the annotation of {@code place} (any, if null).
   */
  private static boolean eclipseFallback(FuzzCase fuzzCase, Rendered source, Error error, Place place) {
    boolean record = fuzzCase.kind() == FuzzCase.Kind.RECORD;
    boolean unplaceable = place == null ? !source.eclipseCanFindAll() : !source.eclipseCanFind(place);
    boolean where = record ? error.line() <= 0 : error.line() == source.classLine() && unplaceable;
    String marker = "[in " + fuzzCase.qualifiedName();
    String annotation = place == null ? "" : place.annotation() == Place.MODEL ? ", @SageMakerModel"
        : place.annotation() == Place.ENDPOINT ? ", @" + fuzzCase.endpoint().annotation()
        : fuzzCase.hosting().byPlace().containsKey(place.annotation())
            ? ", @" + fuzzCase.hosting().byPlace().get(place.annotation()).name()
        : place.annotation() >= 0 ? ", @Container #" + (place.annotation() + 1) : null;
    // An @AutoScaling nested in the endpoint annotation is part of it: a message about it names it; likewise a
    // @BacklogScaling in the @AsyncEndpoint.
    boolean nested = place != null && (place.annotation() == Place.ENDPOINT && fuzzCase.endpoint().autoScaling() != null
        && error.message().contains(marker + ", @AutoScaling")
        || place.annotation() == Place.ASYNC && error.message().contains(marker + ", @BacklogScaling"));
    return where && annotation != null && (error.message().contains(marker + annotation + ",")
        || error.message().contains(marker + annotation + "]") || nested);
  }

  private static Range range(Rendered source, Place place, boolean entryPrecise) {
    Place wanted = place.entry() >= 0 && !entryPrecise ? Place.attribute(place.annotation(), place.attribute()) : place;
    if (!entryPrecise && wanted.attribute() != null && wanted.attribute().contains("[")) {
      // ecj points at a nested annotation's values no closer than the annotation that holds it.
      wanted = Place.annotation(place.annotation());
    }
    Range range = source.places().get(wanted);
    return range != null || wanted.attribute() == null ? range : source.places().get(Place.annotation(place.annotation()));
  }

  /** The strings the stack generated for a valid case must hold, so that no value is lost or changed on the way. */
  static List<String> constants(FuzzCase fuzzCase) {
    List<String> constants = new ArrayList<>();
    if (fuzzCase.model().name() != null) {
      constants.addAll(fuzzCase.model().name().constants());
    }
    if (fuzzCase.model().settings() != null) {
      constants.addAll(fuzzCase.model().settings().constants());
    }
    for (FuzzCase.Container container : fuzzCase.containers()) {
      constants.addAll(container.image().constants());
      if (container.modelData() != null) {
        constants.addAll(container.modelData().constants());
      }
      if (container.hostname() != null) {
        constants.addAll(container.hostname().constants());
      }
      if (container.modelDataKmsKey() != null) {
        constants.addAll(container.modelDataKmsKey().constants());
      }
      if (container.environment() != null) {
        container.environment().forEach(entry -> constants.addAll(entry.constants()));
      }
    }
    FuzzCase.EndpointAnnotation endpoint = fuzzCase.endpoint();
    if (endpoint != null) {
      for (FuzzValue value : new FuzzValue[] {endpoint.name(), endpoint.variantName(), endpoint.instanceType()}) {
        if (value != null) {
          constants.addAll(value.constants());
        }
      }
    }
    constants.removeIf(String::isEmpty);
    return constants;
  }
}
