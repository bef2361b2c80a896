package io.github.sagemakercdk.rules;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rules CreateEndpointConfig and CreateEndpoint enforce on names and production variants, and the rules of
 * auto scaling a variant.
 *
 * <p>Names not known yet (CDK tokens, seen through {@code unresolved}) and null numbers (not given, or tokens)
 * pass the checks that need them; CloudFormation checks them at deploy time.
 */
public final class EndpointRules {
  private static final Pattern BURSTABLE = Pattern.compile(Limits.BURSTABLE_INSTANCE_TYPE_PATTERN);
  private static final String EXAMPLE_INSTANCE_TYPE = "ml.m5.large";
  private static final int MAX_SIZES_SHOWN = 56;

  private EndpointRules() {}

  /**
   * Every violation of the config, in a stable order: name, variants as a whole, then variant by variant. A config
   * without variants is reported: call this once all variants are added.
   */
  public static List<Violation> validate(EndpointConfigSpec config, Predicate<String> unresolved) {
    List<Violation> violations = new ArrayList<>();
    if (config.endpointConfigName() != null && !unresolved.test(config.endpointConfigName())) {
      endpointConfigName(config.endpointConfigName()).ifPresent(violations::add);
    }
    List<String> names = new ArrayList<>();
    config.instanceVariants().forEach(variant -> names.add(variant.variantName()));
    config.serverlessVariants().forEach(variant -> names.add(variant.variantName()));
    violations.addAll(variants(config.instanceVariants().size(), config.serverlessVariants().size()));
    violations.addAll(duplicateVariantNames(names.stream().filter(n -> n != null && !unresolved.test(n)).toList()));
    config.instanceVariants().forEach(variant -> violations.addAll(instanceVariant(variant, unresolved)));
    config.serverlessVariants().forEach(variant -> violations.addAll(serverlessVariant(variant, unresolved)));
    return violations;
  }

  /** {@link #validate(EndpointConfigSpec, Predicate)} for values that are all known, as at compile time. */
  public static List<Violation> validate(EndpointConfigSpec config) {
    return validate(config, value -> false);
  }

  public static Optional<Violation> endpointName(String name) {
    return Names.valid(name)
        ? Optional.empty()
        : Optional.of(Rule.ENDPOINT_NAME.violation(Location.model(Attribute.ENDPOINT_NAME), name));
  }

  public static Optional<Violation> endpointConfigName(String name) {
    return Names.valid(name)
        ? Optional.empty()
        : Optional.of(Rule.ENDPOINT_CONFIG_NAME.violation(Location.model(Attribute.ENDPOINT_CONFIG_NAME), name));
  }

  public static Optional<Violation> variantName(String name) {
    return Names.valid(name)
        ? Optional.empty()
        : Optional.of(Rule.VARIANT_NAME.violation(Location.model(Attribute.VARIANT_NAME), name));
  }

  /** How many variants of each kind one config has: 1 to 10 instance variants, or one serverless variant. */
  public static List<Violation> variants(int instanceVariants, int serverlessVariants) {
    Location at = Location.model(Attribute.VARIANTS);
    List<Violation> violations = new ArrayList<>();
    if (instanceVariants == 0 && serverlessVariants == 0) {
      violations.add(Rule.VARIANT_MISSING.violation(at));
    }
    if (instanceVariants > 0 && serverlessVariants > 0) {
      violations.add(Rule.VARIANT_KINDS_MIXED.violation(at, instanceVariants));
    }
    if (instanceVariants > Limits.MAX_INSTANCE_PRODUCTION_VARIANTS) {
      violations.add(Rule.VARIANT_COUNT.violation(at, instanceVariants));
    }
    if (serverlessVariants > Limits.MAX_SERVERLESS_PRODUCTION_VARIANTS) {
      violations.add(Rule.SERVERLESS_VARIANT_COUNT.violation(at, serverlessVariants));
    }
    return violations;
  }

  /** Each name given twice, once, in the order of its second use. */
  public static List<Violation> duplicateVariantNames(List<String> names) {
    List<Violation> violations = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> reported = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name) && reported.add(name)) {
        violations.add(Rule.VARIANT_DUPLICATE.violation(Location.model(Attribute.VARIANT_NAME), name));
      }
    }
    return violations;
  }

  /**
   * The settings of one instance variant: name, instance type, count and weight; an accelerator is reported
   * whatever its name, as Elastic Inference is discontinued.
   */
  public static List<Violation> instanceVariant(InstanceVariantSpec variant, Predicate<String> unresolved) {
    List<Violation> violations = new ArrayList<>();
    if (variant.variantName() != null && !unresolved.test(variant.variantName())) {
      variantName(variant.variantName()).ifPresent(violations::add);
    }
    if (variant.instanceType() != null && !unresolved.test(variant.instanceType())) {
      instanceType(variant.instanceType()).ifPresent(violations::add);
    }
    if (variant.acceleratorType() != null) {
      violations.add(unresolved.test(variant.acceleratorType())
          ? acceleratorDiscontinued(variant.acceleratorType())
          : acceleratorType(variant.acceleratorType()).orElseGet(() -> acceleratorDiscontinued(variant.acceleratorType())));
    }
    if (variant.initialInstanceCount() != null) {
      initialInstanceCount(variant.initialInstanceCount()).ifPresent(violations::add);
    }
    if (variant.initialVariantWeight() != null) {
      initialVariantWeight(variant.initialVariantWeight()).ifPresent(violations::add);
    }
    return violations;
  }

  /** The settings of one serverless variant: name, memory, concurrency and weight. */
  public static List<Violation> serverlessVariant(ServerlessVariantSpec variant, Predicate<String> unresolved) {
    List<Violation> violations = new ArrayList<>();
    if (variant.variantName() != null && !unresolved.test(variant.variantName())) {
      variantName(variant.variantName()).ifPresent(violations::add);
    }
    if (variant.memorySizeInMb() != null) {
      memorySizeInMb(variant.memorySizeInMb()).ifPresent(violations::add);
    }
    if (variant.maxConcurrency() != null) {
      maxConcurrency(variant.maxConcurrency()).ifPresent(violations::add);
    }
    if (variant.provisionedConcurrency() != null) {
      violations.addAll(provisionedConcurrency(variant.provisionedConcurrency(), variant.maxConcurrency()));
    }
    if (variant.initialVariantWeight() != null) {
      initialVariantWeight(variant.initialVariantWeight()).ifPresent(violations::add);
    }
    return violations;
  }

  /** One of SageMaker's ProductionVariantInstanceType values ({@link Limits#PRODUCTION_VARIANT_INSTANCE_TYPES}). */
  public static Optional<Violation> instanceType(String instanceType) {
    if (isKnownInstanceType(instanceType)) {
      return Optional.empty();
    }
    return Optional.of(Rule.INSTANCE_TYPE.violation(
        Location.model(Attribute.INSTANCE_TYPE), instanceType, instanceTypeHint(instanceType)));
  }

  public static boolean isKnownInstanceType(String instanceType) {
    return Collections.binarySearch(Limits.PRODUCTION_VARIANT_INSTANCE_TYPES, instanceType) >= 0;
  }

  /** Burstable types (ml.t2.*, ml.t3.*, ...) cannot be auto scaled. */
  public static boolean isBurstable(String instanceType) {
    return BURSTABLE.matcher(instanceType).matches();
  }

  /**
   * Whether the instance type's family has local NVMe instance storage ({@link Limits#LOCAL_STORAGE_INSTANCE_FAMILIES}),
   * which SageMaker uses instead of an EBS volume and encrypts itself.
   */
  public static boolean hasLocalStorage(String instanceType) {
    int lastDot = instanceType.lastIndexOf('.');
    String family = lastDot < 0 ? instanceType : instanceType.substring(0, lastDot);
    return Limits.LOCAL_STORAGE_INSTANCE_FAMILIES.contains(family);
  }

  /** The name of an Elastic Inference accelerator; see {@link #acceleratorDiscontinued} for its use. */
  public static Optional<Violation> acceleratorType(String acceleratorType) {
    return Limits.ACCELERATOR_TYPES.contains(acceleratorType)
        ? Optional.empty()
        : Optional.of(Rule.ACCELERATOR_TYPE.violation(Location.model(Attribute.ACCELERATOR_TYPE), acceleratorType));
  }

  /**
   * Any accelerator, valid name or not: Elastic Inference is discontinued and CloudFormation no longer takes
   * ProductionVariant.AcceleratorType. ({@link #acceleratorType} checks only the name.)
   */
  public static Violation acceleratorDiscontinued(String acceleratorType) {
    return Rule.ACCELERATOR_DISCONTINUED.violation(Location.model(Attribute.ACCELERATOR_TYPE), acceleratorType);
  }

  public static Optional<Violation> initialInstanceCount(Number count) {
    return isWhole(count) && count.doubleValue() >= Limits.MIN_INITIAL_INSTANCE_COUNT
        ? Optional.empty()
        : Optional.of(Rule.INITIAL_INSTANCE_COUNT.violation(
            Location.model(Attribute.INITIAL_INSTANCE_COUNT), shown(count)));
  }

  public static Optional<Violation> initialVariantWeight(Number weight) {
    double value = weight.doubleValue();
    return Double.isFinite(value) && value >= Limits.MIN_INITIAL_VARIANT_WEIGHT
        ? Optional.empty()
        : Optional.of(Rule.INITIAL_VARIANT_WEIGHT.violation(
            Location.model(Attribute.INITIAL_VARIANT_WEIGHT), shown(weight)));
  }

  public static Optional<Violation> memorySizeInMb(Number memorySizeInMb) {
    double value = memorySizeInMb.doubleValue();
    boolean valid = isWhole(memorySizeInMb)
        && value >= Limits.MIN_SERVERLESS_MEMORY_SIZE_MB && value <= Limits.MAX_SERVERLESS_MEMORY_SIZE_MB
        && value % Limits.SERVERLESS_MEMORY_SIZE_STEP_MB == 0;
    return valid
        ? Optional.empty()
        : Optional.of(Rule.SERVERLESS_MEMORY_SIZE.violation(
            Location.model(Attribute.MEMORY_SIZE), shown(memorySizeInMb)));
  }

  public static Optional<Violation> maxConcurrency(Number maxConcurrency) {
    return inRange(maxConcurrency, Limits.MIN_SERVERLESS_MAX_CONCURRENCY, Limits.MAX_SERVERLESS_MAX_CONCURRENCY)
        ? Optional.empty()
        : Optional.of(Rule.SERVERLESS_MAX_CONCURRENCY.violation(
            Location.model(Attribute.MAX_CONCURRENCY), shown(maxConcurrency)));
  }

  /**
   * Provisioned concurrency: 1 to 200, and at most {@code maxConcurrency} (null when that is not known).
   */
  public static List<Violation> provisionedConcurrency(Number provisionedConcurrency, Number maxConcurrency) {
    Location at = Location.model(Attribute.PROVISIONED_CONCURRENCY);
    if (!inRange(provisionedConcurrency,
        Limits.MIN_SERVERLESS_PROVISIONED_CONCURRENCY, Limits.MAX_SERVERLESS_PROVISIONED_CONCURRENCY)) {
      return List.of(Rule.SERVERLESS_PROVISIONED_CONCURRENCY.violation(at, shown(provisionedConcurrency)));
    }
    if (maxConcurrency != null && provisionedConcurrency.doubleValue() > maxConcurrency.doubleValue()) {
      return List.of(Rule.SERVERLESS_PROVISIONED_OVER_MAX.violation(
          at, shown(provisionedConcurrency), shown(maxConcurrency)));
    }
    return List.of();
  }

  /**
   * Auto scaling of an instance variant that starts with {@code initialInstanceCount} instances (null when not
   * known) of {@code instanceType} (null when not known): capacities, the initial count within them, no burstable
   * type, and the invocation scaling settings when given.
   */
  public static List<Violation> autoScaling(AutoScalingSpec scaling, String instanceType, Number initialInstanceCount) {
    List<Violation> violations = new ArrayList<>();
    if (instanceType != null && isBurstable(instanceType)) {
      violations.add(Rule.AUTO_SCALING_BURSTABLE.violation(Location.model(Attribute.INSTANCE_TYPE), instanceType));
    }
    Number min = scaling.minCapacity() != null ? scaling.minCapacity() : initialInstanceCount;
    Number max = scaling.maxCapacity();
    if (min != null && min.doubleValue() == 0) {
      // Only asynchronous endpoints scale to zero (AsyncInferenceRules.backlogScaling): say so.
      violations.add(Rule.AUTO_SCALING_ZERO_REALTIME.violation(Location.model(Attribute.MIN_CAPACITY)));
    } else if (min != null && max != null) {
      boolean valid = isWhole(min) && isWhole(max) && min.doubleValue() >= Limits.MIN_AUTO_SCALING_CAPACITY
          && min.doubleValue() <= max.doubleValue();
      if (!valid) {
        Attribute attribute = isWhole(min) && min.doubleValue() >= Limits.MIN_AUTO_SCALING_CAPACITY
            ? Attribute.MAX_CAPACITY : Attribute.MIN_CAPACITY;
        violations.add(Rule.AUTO_SCALING_CAPACITY.violation(Location.model(attribute), shown(min), shown(max)));
      } else if (initialInstanceCount != null && (initialInstanceCount.doubleValue() < min.doubleValue()
          || initialInstanceCount.doubleValue() > max.doubleValue())) {
        Attribute attribute = initialInstanceCount.doubleValue() < min.doubleValue()
            ? Attribute.MIN_CAPACITY : Attribute.MAX_CAPACITY;
        violations.add(Rule.AUTO_SCALING_INITIAL_COUNT.violation(
            Location.model(attribute), shown(initialInstanceCount), shown(min), shown(max)));
      }
    }
    if (scaling.maxRequestsPerSecond() != null) {
      maxRequestsPerSecond(scaling.maxRequestsPerSecond()).ifPresent(violations::add);
    }
    if (scaling.safetyFactor() != null) {
      safetyFactor(scaling.safetyFactor()).ifPresent(violations::add);
    }
    return violations;
  }

  public static Optional<Violation> maxRequestsPerSecond(Number maxRequestsPerSecond) {
    double value = maxRequestsPerSecond.doubleValue();
    return Double.isFinite(value) && value > 0
        ? Optional.empty()
        : Optional.of(Rule.MAX_REQUESTS_PER_SECOND.violation(
            Location.model(Attribute.MAX_REQUESTS_PER_SECOND), shown(maxRequestsPerSecond)));
  }

  public static Optional<Violation> safetyFactor(Number safetyFactor) {
    double value = safetyFactor.doubleValue();
    return value > 0 && value <= 1
        ? Optional.empty()
        : Optional.of(Rule.SAFETY_FACTOR.violation(Location.model(Attribute.SAFETY_FACTOR), shown(safetyFactor)));
  }

  /**
   * The target of invocation scaling: invocations per instance per minute, at {@code safetyFactor} (null for
   * {@link Limits#DEFAULT_SAFETY_FACTOR}) of the most requests per second one instance serves.
   */
  public static double invocationsTarget(Number maxRequestsPerSecond, Number safetyFactor) {
    double factor = safetyFactor == null ? Limits.DEFAULT_SAFETY_FACTOR : safetyFactor.doubleValue();
    return maxRequestsPerSecond.doubleValue() * Limits.SECONDS_PER_MINUTE * factor;
  }

  private static String instanceTypeHint(String instanceType) {
    if (instanceType.isBlank()) {
      return "give an ML instance type, such as " + EXAMPLE_INSTANCE_TYPE;
    }
    if (!instanceType.startsWith(Limits.INSTANCE_TYPE_PREFIX)) {
      String prefixed = Limits.INSTANCE_TYPE_PREFIX + instanceType;
      return isKnownInstanceType(prefixed)
          ? "SageMaker names it " + Messages.quoted(prefixed)
          : "SageMaker instance types start with \"ml.\", such as " + EXAMPLE_INSTANCE_TYPE;
    }
    int lastDot = instanceType.lastIndexOf('.');
    String family = instanceType.substring(0, lastDot + 1);
    List<String> sizes = Limits.PRODUCTION_VARIANT_INSTANCE_TYPES.stream()
        .filter(type -> family.length() > Limits.INSTANCE_TYPE_PREFIX.length() && type.startsWith(family))
        .map(type -> type.substring(family.length()))
        .sorted(Comparator.comparingInt(EndpointRules::sizeRank).thenComparing(Comparator.naturalOrder()))
        .toList();
    if (sizes.isEmpty()) {
      return "it is not in SageMaker's ProductionVariantInstanceType list (e.g. " + EXAMPLE_INSTANCE_TYPE + ")";
    }
    // Messages show at most 80 characters of a value: long families are cut to their ends.
    String all = String.join(", ", sizes);
    return family + "* comes in " + (all.length() <= MAX_SIZES_SHOWN ? all
        : sizes.get(0) + ", " + sizes.get(1) + ", ..., " + sizes.get(sizes.size() - 1));
  }

  /** medium < large < xlarge < 2xlarge < ... < 48xlarge. */
  private static int sizeRank(String size) {
    return switch (size) {
      case "medium" -> 0;
      case "large" -> 1;
      case "xlarge" -> 2;
      default -> {
        String multiple = size.endsWith("xlarge") ? size.substring(0, size.length() - "xlarge".length()) : "";
        yield multiple.matches("[0-9]{1,4}") ? 2 + Integer.parseInt(multiple) : Integer.MAX_VALUE;
      }
    };
  }

  static boolean inRange(Number number, int min, int max) {
    return isWhole(number) && number.doubleValue() >= min && number.doubleValue() <= max;
  }

  static boolean isWhole(Number number) {
    double value = number.doubleValue();
    return Double.isFinite(value) && value == Math.rint(value);
  }

  /** 2 rather than 2.0 for whole numbers, whatever Number type they came in. */
  static String shown(Number number) {
    double value = number.doubleValue();
    return isWhole(number) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }
}
