package io.github.sagemakercdk.processor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generates the annotated classes of a fuzz run: case {@code i} of seed {@code s} is always the same class.
 *
 * <p>About half are clean (every value and the structure valid by construction); the others get defects at a
 * random rate: broken values ({@link FuzzValues}), and broken structure (container counts 0 and 16 to 20, orders
 * with gaps, duplicates, negatives and missing ones, hostnames given to only some containers or twice,
 * environments over 100 entries or 32 KB, classes that cannot carry a model or whose name makes no stack name).
 * Whatever the defects: the package (a few shared ones, the unnamed one, one with a non-ASCII letter), class names
 * that clash with the types generated code uses, the source encoding (UTF-8, or ISO-8859-1 with an ASCII source),
 * and the layout ({@link FuzzSource}). About a third of the models also write a role, subnets and security groups,
 * tags, an account or a region ({@link FuzzSettings}), broken at the same rate. Some classes are also served by a
 * real-time endpoint, under its name {@code @RealtimeEndpoint} or its former one {@code @Endpoint} (some of them with an
 * {@code @AutoScaling}), or by a {@code @ServerlessEndpoint} (whose model may then be one the hosting excludes: a
 * pipeline, network isolation, subnets), and some top-level classes have {@code @CustomizeStack} methods, of the shape
 * the stack calls or of another. A few models invoke their containers directly, and a few containers are
 * multi-model ones (with an S3 prefix, or broken model data). Some endpoints are asynchronous ones, and some classes
 * capture data, test a shadow model (a class of the same file) or update their endpoint blue/green or rolling
 * ({@link FuzzHostingGenerator}).
 */
final class FuzzGenerator {
  /**
   * Class names that are also simple names of types generated code uses (and the fuzz sources themselves): the
   * stacks of the same package must compile all the same.
   */
  private static final List<String> CLASHING_NAMES = List.of(
      "Model", "Stack", "StackProps", "Construct", "Factory", "String", "List", "Map", "LinkedHashMap", "Override",
      "Generated", "Repository", "RepositoryAttributes", "Bucket", "ContainerImage", "ModelData", "ModelProps",
      "ContainerDefinition", "SageMakerApp", "ModelStackFactory", "Object", "Integer", "System",
      // the endpoint's types and the getters', and the builder the stack inherits from aws-cdk-lib's Stack
      "EndpointConfig", "EndpointProps", "InstanceType", "IRole", "Builder",
      // the hosting modes' types
      "ContainerMode", "InferenceExecutionMode");

  private static final long SETTINGS_STREAM = 0x5E771E65L;
  private static final long HOOKS_STREAM = 0x4003C5L;
  private static final long ENDPOINTS_STREAM = 0xE4D9017L;
  private static final long MODES_STREAM = 0x303E5L;
  private static final long HOSTING_STREAM = 0x4057140L;
  /** A valid S3 prefix for multi-model containers, and what the generated stack must carry of it. */
  private static final FuzzValue MULTI_MODEL_PREFIX = FuzzValue.valid("s3://fuzz-models/per-region/", "fuzz-models",
      "per-region/");
  private final long seed;
  private final Path projectDirectory;

  FuzzGenerator(long seed, Path projectDirectory) {
    this.seed = seed;
    this.projectDirectory = projectDirectory;
  }

  /** The seed of case {@code index}: a mix of the run's seed and the index, so cases do not share streams. */
  long caseSeed(int index) {
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  FuzzCase generate(int index) {
    Random random = new Random(caseSeed(index));
    FuzzText text = new FuzzText(random);
    FuzzValues values = new FuzzValues(text, projectDirectory);
    boolean clean = text.chance(0.5);
    double rate = clean ? 0 : text.pick(0.03, 0.08, 0.15, 0.3);

    String encoding = text.chance(0.2) ? "ISO-8859-1" : "UTF-8";
    String packageName = packageName(text);
    String className = !clean && text.chance(0.03)
        ? text.pick("Case_", "Case$", "_Case", "Mod\u00e8le", "\u00c9t\u00e9") + index // a stack id CloudFormation rejects
        : text.chance(0.1) ? text.pick(CLASHING_NAMES) : "Case" + index;
    FuzzCase.Kind kind = !clean && text.chance(0.05)
        ? text.pick(FuzzCase.Kind.NESTED_CLASS, FuzzCase.Kind.INTERFACE, FuzzCase.Kind.ENUM, FuzzCase.Kind.RECORD,
            FuzzCase.Kind.ANNOTATION_TYPE)
        : text.pick(FuzzCase.Kind.CLASS, FuzzCase.Kind.CLASS, FuzzCase.Kind.CLASS, FuzzCase.Kind.FINAL_CLASS,
            FuzzCase.Kind.ABSTRACT_CLASS, FuzzCase.Kind.PACKAGE_PRIVATE_CLASS, FuzzCase.Kind.GENERIC_CLASS);

    int count = containerCount(text, clean);
    List<FuzzCase.Container> containers = new ArrayList<>();
    List<Integer> orders = orders(text, count, clean ? 0 : rate * 2);
    List<FuzzValue> hostnames = hostnames(text, values, count, clean ? 0 : rate * 2, rate);
    for (int i = 0; i < count; i++) {
      FuzzValue image = values.image(text.chance(rate));
      FuzzValue modelData = text.chance(0.4) ? null
          : text.chance(0.05) ? FuzzValue.valid("") : values.modelData(text.chance(rate));
      List<FuzzValue> environment = environment(text, values, clean, rate);
      containers.add(new FuzzCase.Container(image, modelData, hostnames.get(i), environment, orders.get(i)));
    }
    FuzzCase.ModelAnnotation model = count > 0 && !clean && text.chance(0.04) ? null : new FuzzCase.ModelAnnotation(
        text.chance(0.4) ? null : text.chance(0.1) ? FuzzValue.valid("") : values.name(text.chance(rate), true),
        text.chance(0.6) ? null : text.random().nextBoolean(),
        text.between(0, count));
    List<FuzzCase.Style> styles = new ArrayList<>(List.of(FuzzCase.Style.values()));
    styles.removeIf(style -> !style.fits(count));
    FuzzCase.Style style = text.chance(0.5) ? FuzzCase.Style.REPEATED : text.pick(styles);
    long layoutSeed = random.nextLong();
    // From a stream of their own, so that adding them changed no other part of an existing seed's cases.
    FuzzText settingsText = new FuzzText(new Random(caseSeed(index) ^ SETTINGS_STREAM));
    if (model != null && settingsText.chance(0.35)) {
      model = new FuzzCase.ModelAnnotation(model.name(), model.networkIsolation(), model.position(),
          FuzzSettings.generate(settingsText, rate), model.directInvocation());
    }
    String pinnedRegion = model == null || model.settings() == null ? null : model.settings().pinnedRegion();
    for (int i = 0; i < containers.size(); i++) {
      if (settingsText.chance(0.15)) {
        FuzzCase.Container container = containers.get(i);
        containers.set(i, container.withModelDataKmsKey(
            FuzzSettings.modelDataKey(settingsText, rate, container.modelData(), pinnedRegion)));
      }
    }
    // The endpoint and the methods too, from another stream.
    FuzzText hooksText = new FuzzText(new Random(caseSeed(index) ^ HOOKS_STREAM));
    FuzzValues hooksValues = new FuzzValues(hooksText, projectDirectory);
    FuzzCase.EndpointAnnotation endpoint =
        hooksText.chance(0.3) ? endpoint(hooksText, hooksValues, clean, rate) : null;
    List<FuzzCase.Hook> hooks =
        kind.topLevelClass() && hooksText.chance(0.3) ? hooks(hooksText, clean, rate) : List.of();
    // Serverless endpoints and auto scaling from a stream of their own, so the cases before them stay as they were.
    if (endpoint != null) {
      endpoint = endpointKind(new FuzzText(new Random(caseSeed(index) ^ ENDPOINTS_STREAM)), endpoint, clean, rate);
    }
    // Multi-model containers and Direct invocation, from a stream of their own too.
    FuzzText modesText = new FuzzText(new Random(caseSeed(index) ^ MODES_STREAM));
    if (model != null && modesText.chance(0.1)) {
      model = model.withDirectInvocation(modesText.chance(0.8));
    }
    for (int i = 0; i < containers.size(); i++) {
      if (modesText.chance(0.06)) {
        boolean broken = !clean && modesText.chance(rate);
        FuzzValue data = !broken ? MULTI_MODEL_PREFIX
            : modesText.chance(0.3) ? null
            : FuzzValue.invalid(modesText.pick("s3://fuzz-models/per-region/model.tar.gz", "asset:models/model.tar.gz",
                "s3://fuzz-models"), "multi-model data that is no S3 prefix");
        // multiModel = false written keeps the container's own model data. A model data key was made for the data
        // it had (with or without s3://): it stays only where the new data is of the same kind.
        FuzzCase.Container container = containers.get(i);
        if (modesText.chance(0.9)) {
          container = container.withMultiModel(true, data);
          if (isS3(data) != isS3(containers.get(i).modelData())) {
            container = container.withModelDataKmsKey(null);
          }
        } else {
          container = container.withMultiModel(false, container.modelData());
        }
        containers.set(i, container);
      }
    }
    FuzzCase generated = new FuzzCase(index, encoding, packageName, className, kind, model, containers, style,
        endpoint, hooks, layoutSeed);
    // The hosting annotations (asynchronous endpoints, data capture, shadow variants, guarded deployments) too.
    FuzzText hostingText = new FuzzText(new Random(caseSeed(index) ^ HOSTING_STREAM));
    return FuzzHostingGenerator.add(generated, hostingText, new FuzzValues(hostingText, projectDirectory), clean, rate);
  }

  /** A real-time endpoint under either name, each attribute written or not, valid or broken at {@code rate}. */
  private static FuzzCase.EndpointAnnotation endpoint(FuzzText text, FuzzValues values, boolean clean, double rate) {
    FuzzValue name = text.chance(0.5) ? null
        : text.chance(0.1) ? FuzzValue.valid("") : values.name(text.chance(rate), true);
    FuzzValue variantName = text.chance(0.6) ? null : values.name(text.chance(rate), true);
    FuzzValue instanceType = text.chance(0.4) ? null : values.instanceType(text.chance(rate));
    Integer count = text.chance(0.6) ? null
        : !clean && text.chance(rate) ? text.pick(0, -1, -text.between(2, 100), Integer.MIN_VALUE)
        : text.pick(1, text.between(1, 10), Integer.MAX_VALUE);
    return new FuzzCase.EndpointAnnotation(text.chance(0.5) ? "RealtimeEndpoint" : "Endpoint", name, variantName,
        instanceType, count, text.between(0, 6));
  }

  private static boolean isS3(FuzzValue modelData) {
    return modelData != null && modelData.text().startsWith("s3://");
  }

  /**
   * The endpoint as a {@code @ServerlessEndpoint} (same names and place), or the real-time one with an
   * {@code @AutoScaling}, or as it is; each value valid or broken at {@code rate}.
   */
  private static FuzzCase.EndpointAnnotation endpointKind(FuzzText text, FuzzCase.EndpointAnnotation endpoint,
      boolean clean, double rate) {
    boolean broken = !clean && text.chance(rate);
    if (text.chance(0.35)) {
      Integer memory = text.chance(0.4) ? null
          : broken && text.chance(0.5) ? text.pick(0, 1000, 1536, 7168, -1024, 8192)
          : 1024 * text.between(1, 6);
      Integer maxConcurrency = text.chance(0.4) ? null
          : broken && text.chance(0.5) ? text.pick(0, -1, 201, 1000) : text.pick(1, text.between(1, 200), 200);
      int max = maxConcurrency == null ? 20 : Math.max(maxConcurrency, 1);
      Integer provisioned = text.chance(0.5) ? null : text.chance(0.2) ? 0
          : broken && text.chance(0.5) ? text.pick(-1, 201, Math.min(max + 1, 200) + 1)
          : text.between(1, Math.min(max, 200));
      return new FuzzCase.EndpointAnnotation("ServerlessEndpoint", endpoint.name(), endpoint.variantName(), null,
          null, endpoint.position(), null, new FuzzCase.ServerlessValues(memory, maxConcurrency, provisioned));
    }
    if (!text.chance(0.4)) {
      return endpoint;
    }
    int count = endpoint.initialInstanceCount() == null ? 1 : endpoint.initialInstanceCount();
    boolean validCount = count >= 1 && count < Integer.MAX_VALUE;
    Integer min = text.chance(0.4) ? null
        : broken && text.chance(0.3) ? text.pick(0, -2) : validCount ? text.between(1, count) : 1;
    int max = broken && text.chance(0.3) ? text.pick(0, (min == null ? 1 : Math.max(min, 1)) - 1)
        : Math.max(validCount ? count : 1, min == null ? 1 : min) + text.between(0, 5);
    double requests = broken && text.chance(0.3) ? text.pick(0.0, -1.0, -0.5) : text.pick(40.0, 0.5, 1000.0, 7.25);
    Double safety = text.chance(0.5) ? null
        : broken && text.chance(0.3) ? text.pick(0.0, 1.5, -0.25) : text.pick(0.5, 1.0, 0.75);
    return new FuzzCase.EndpointAnnotation(endpoint.annotation(), endpoint.name(), endpoint.variantName(),
        endpoint.instanceType(), endpoint.initialInstanceCount(), endpoint.position(),
        new FuzzCase.ScalingAnnotation(min, max, requests, safety), null);
  }

  /** One to three {@code @CustomizeStack} methods, of the shape the stack calls or (at {@code rate}) of another. */
  private static List<FuzzCase.Hook> hooks(FuzzText text, boolean clean, double rate) {
    List<FuzzCase.Hook> hooks = new ArrayList<>();
    int count = text.between(1, 3);
    for (int i = 0; i < count; i++) {
      FuzzCase.HookShape shape = clean || !text.chance(rate * 2) ? FuzzCase.HookShape.VALID
          : text.pick(FuzzCase.HookShape.values());
      hooks.add(new FuzzCase.Hook("customize" + i, shape, text.between(0, 7)));
    }
    return hooks;
  }

  /**
   * A few packages shared by many cases (class names are unique within a compile, so they never collide): a model
   * class then shares its package with the stacks and model classes of others, some named like the types generated
   * code uses; and a compile looks up a few packages, not one per class, on the large test classpath.
   */
  private static String packageName(FuzzText text) {
    int roll = text.random().nextInt(100);
    if (roll < 3) {
      return "";
    }
    if (roll < 8) {
      return "fuzz.donn\u00e9es"; // a unicode package: file paths, the service file
    }
    if (roll < 12) {
      return "fuzz.a.b.c.d.e";
    }
    return "fuzz.p" + text.between(0, 7);
  }

  private static int containerCount(FuzzText text, boolean clean) {
    if (clean) {
      return text.chance(0.05) ? 15 : text.length(1, 4, 15);
    }
    int roll = text.random().nextInt(20);
    return roll == 0 ? 0 : roll == 1 ? text.between(16, 20) : roll == 2 ? 15 : text.length(1, 4, 15);
  }

  /** Each container's order (null: not written): none, a permutation of 1..N, or broken at {@code rate}. */
  private static List<Integer> orders(FuzzText text, int count, double rate) {
    List<Integer> orders = new ArrayList<>(Collections.nCopies(count, (Integer) null));
    if (count == 0 || text.chance(0.45)) {
      if (text.chance(0.1)) {
        Collections.fill(orders, 0); // written as 0: the same as not written
      }
      return orders;
    }
    for (int i = 0; i < count; i++) {
      orders.set(i, i + 1);
    }
    Collections.shuffle(orders, text.random());
    if (!text.chance(rate)) {
      return orders;
    }
    int victim = text.random().nextInt(count);
    switch (text.random().nextInt(6)) {
      case 0 -> orders.set(victim, text.chance(0.5) ? null : 0); // one without order
      case 1 -> orders.set(victim, orders.get((victim + 1) % count) + (count == 1 ? 1 : 0)); // a duplicate (or 2 of 1)
      case 2 -> orders.set(victim, count + text.between(1, 5)); // a gap
      case 3 -> orders.set(victim, -text.between(1, 5)); // negative
      case 4 -> orders.set(victim, text.pick(Integer.MIN_VALUE, Integer.MAX_VALUE));
      default -> {
        for (int i = 0; i < count; i++) {
          orders.set(i, text.between(-3, count + 3));
        }
      }
    }
    return orders;
  }

  /** Each container's hostname (null: not written): none, all unique, or broken structure at {@code rate}. */
  private static List<FuzzValue> hostnames(FuzzText text, FuzzValues values, int count, double structureRate,
      double valueRate) {
    List<FuzzValue> hostnames = new ArrayList<>(Collections.nCopies(count, (FuzzValue) null));
    if (count == 0 || text.chance(0.45)) {
      if (text.chance(0.1)) {
        Collections.fill(hostnames, FuzzValue.valid("")); // written empty: the same as not written
      }
      return hostnames;
    }
    for (int i = 0; i < count; i++) {
      // Lowercase only: whether SageMaker tells "A" from "a" is not something this fuzzer should decide.
      hostnames.set(i, values.name(text.chance(valueRate), false));
    }
    if (text.chance(structureRate) && count > 1) {
      int victim = text.random().nextInt(count);
      if (text.chance(0.5)) {
        hostnames.set(victim, text.chance(0.5) ? null : FuzzValue.valid(""));
      } else {
        FuzzValue other = hostnames.get((victim + 1) % count);
        hostnames.set(victim, new FuzzValue(other.text(), other.defects(), other.constants()));
      }
    }
    return hostnames;
  }

  /** Not written, written empty, a few entries, many, or (broken structure) too many or too large. */
  private static List<FuzzValue> environment(FuzzText text, FuzzValues values, boolean clean, double rate) {
    int roll = text.random().nextInt(100);
    if (roll < 45) {
      return null;
    }
    if (roll < 50) {
      return List.of();
    }
    List<FuzzValue> entries = new ArrayList<>();
    if (!clean && roll < 53) {
      int count = text.between(101, 130);
      for (int i = 0; i < count; i++) {
        entries.add(values.environmentEntry(false));
      }
    } else if (roll < 56) {
      // Large values: several such containers together pass the 32 KB a model may hold.
      int count = text.between(8, clean ? 12 : 45);
      for (int i = 0; i < count; i++) {
        entries.add(values.largeEnvironmentEntry(text.between(500, 1020)));
      }
    } else {
      int count = roll < 90 ? text.between(1, 5) : text.between(6, 40);
      for (int i = 0; i < count; i++) {
        entries.add(values.environmentEntry(text.chance(rate)));
      }
    }
    List<FuzzValue> valid = entries.stream().filter(FuzzValue::isValid).toList();
    if (text.chance(rate) && !valid.isEmpty()) {
      String key = valid.get(text.random().nextInt(valid.size())).text().split("=", 2)[0];
      entries.add(text.random().nextInt(entries.size() + 1), values.environmentEntryNamed(key));
    }
    return entries;
  }
}
