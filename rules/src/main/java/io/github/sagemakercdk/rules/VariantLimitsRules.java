package io.github.sagemakercdk.rules;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The limits of an instance variant beyond its instance type and count: the EBS volume size, the two start-up
 * timeouts, managed instance scaling, the routing strategy and the inference AMI version. The timeout and managed
 * scaling checks also serve inference components, which take the same ranges.
 */
public final class VariantLimitsRules {
  private static final Pattern NVIDIA_GPU = Pattern.compile(Limits.NVIDIA_GPU_INSTANCE_TYPE_PATTERN);
  private static final Pattern NEURON2 = Pattern.compile(Limits.NEURON2_INSTANCE_TYPE_PATTERN);

  private VariantLimitsRules() {}

  /**
   * Every violation of the limits of a variant that serves a model on {@code instanceType} (null when not known)
   * starting with {@code initialInstanceCount} instances (null when not known), in the order of the attributes.
   */
  public static List<Violation> validate(VariantLimitsSpec limits, String instanceType, Number initialInstanceCount,
      Predicate<String> unresolved) {
    List<Violation> violations = new ArrayList<>();
    if (limits.volumeSizeInGb() != null) {
      volumeSize(limits.volumeSizeInGb(), instanceType).ifPresent(violations::add);
    }
    if (limits.modelDataDownloadTimeoutSeconds() != null) {
      startupTimeout(Attribute.MODEL_DATA_DOWNLOAD_TIMEOUT, limits.modelDataDownloadTimeoutSeconds())
          .ifPresent(violations::add);
    }
    if (limits.containerStartupHealthCheckTimeoutSeconds() != null) {
      startupTimeout(Attribute.CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT,
          limits.containerStartupHealthCheckTimeoutSeconds()).ifPresent(violations::add);
    }
    if (limits.managedInstanceScaling() != null) {
      violations.addAll(managedInstanceScaling(limits.managedInstanceScaling(), initialInstanceCount, false));
    }
    if (limits.routingStrategy() != null && !unresolved.test(limits.routingStrategy())) {
      routingStrategy(limits.routingStrategy()).ifPresent(violations::add);
    }
    if (limits.inferenceAmiVersion() != null && !unresolved.test(limits.inferenceAmiVersion())) {
      inferenceAmiVersion(limits.inferenceAmiVersion(), instanceType).ifPresent(violations::add);
    }
    return violations;
  }

  /**
   * A volume size of 1 to 512 GB, on an instance type (null when not known) that has an EBS volume rather than local
   * NVMe storage.
   */
  public static Optional<Violation> volumeSize(Number volumeSizeInGb, String instanceType) {
    if (!EndpointRules.inRange(volumeSizeInGb, Limits.MIN_VOLUME_SIZE_GB, Limits.MAX_VOLUME_SIZE_GB)) {
      return Optional.of(Rule.VOLUME_SIZE.violation(
          Location.model(Attribute.VOLUME_SIZE), EndpointRules.shown(volumeSizeInGb)));
    }
    if (instanceType != null && EndpointRules.hasLocalStorage(instanceType)) {
      return Optional.of(Rule.VOLUME_SIZE_LOCAL_STORAGE.violation(Location.model(Attribute.VOLUME_SIZE), instanceType));
    }
    return Optional.empty();
  }

  /**
   * One of the two start-up timeouts, {@code attribute} {@link Attribute#MODEL_DATA_DOWNLOAD_TIMEOUT} or
   * {@link Attribute#CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT}: a whole number of 60 to 3600 seconds, for a production
   * variant as for an inference component.
   */
  public static Optional<Violation> startupTimeout(Attribute attribute, Number seconds) {
    String name = switch (attribute) {
      case MODEL_DATA_DOWNLOAD_TIMEOUT -> "the model data download timeout";
      case CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT -> "the container startup health check timeout";
      default -> throw new IllegalArgumentException("not a start-up timeout: " + attribute);
    };
    return EndpointRules.inRange(seconds, Limits.MIN_STARTUP_TIMEOUT_SECONDS, Limits.MAX_STARTUP_TIMEOUT_SECONDS)
        ? Optional.empty()
        : Optional.of(Rule.STARTUP_TIMEOUT.violation(Location.model(attribute), name, EndpointRules.shown(seconds)));
  }

  /**
   * Managed instance scaling: 0 <= min <= max, max at least 1, a known status, and {@code initialInstanceCount}
   * (null when not known) within the range while scaling is enabled. A minimum of 0 only when the endpoint
   * {@code hostsInferenceComponents}.
   */
  public static List<Violation> managedInstanceScaling(ManagedInstanceScalingSpec scaling, Number initialInstanceCount,
      boolean hostsInferenceComponents) {
    List<Violation> violations = new ArrayList<>();
    Number min = scaling.minInstanceCount();
    Number max = scaling.maxInstanceCount();
    boolean minValid = min == null || EndpointRules.isWhole(min)
        && min.doubleValue() >= Limits.MIN_MANAGED_MIN_INSTANCE_COUNT;
    boolean maxValid = max == null || EndpointRules.isWhole(max)
        && max.doubleValue() >= Limits.MIN_MANAGED_MAX_INSTANCE_COUNT;
    boolean ordered = min == null || max == null || min.doubleValue() <= max.doubleValue();
    if (!minValid || !maxValid || !ordered) {
      violations.add(Rule.MANAGED_SCALING_COUNTS.violation(
          Location.model(minValid ? Attribute.MAX_INSTANCE_COUNT : Attribute.MIN_INSTANCE_COUNT),
          shownOrNone(min), shownOrNone(max)));
    } else if (min != null && min.doubleValue() == 0 && !hostsInferenceComponents) {
      violations.add(Rule.MANAGED_SCALING_ZERO.violation(Location.model(Attribute.MIN_INSTANCE_COUNT)));
    } else if (initialInstanceCount != null && !Limits.MANAGED_SCALING_DISABLED.equals(scaling.status())) {
      if (min != null && initialInstanceCount.doubleValue() < min.doubleValue()
          || max != null && initialInstanceCount.doubleValue() > max.doubleValue()) {
        Attribute attribute = min != null && initialInstanceCount.doubleValue() < min.doubleValue()
            ? Attribute.MIN_INSTANCE_COUNT : Attribute.MAX_INSTANCE_COUNT;
        violations.add(Rule.MANAGED_SCALING_INITIAL_COUNT.violation(Location.model(attribute),
            EndpointRules.shown(initialInstanceCount), shownOrNone(min), shownOrNone(max)));
      }
    }
    String status = scaling.status();
    if (status != null && !Limits.MANAGED_SCALING_ENABLED.equals(status)
        && !Limits.MANAGED_SCALING_DISABLED.equals(status)) {
      violations.add(Rule.MANAGED_SCALING_STATUS.violation(Location.model(Attribute.MANAGED_SCALING_STATUS), status));
    }
    return violations;
  }

  /** {@code LEAST_OUTSTANDING_REQUESTS} or {@code RANDOM}. */
  public static Optional<Violation> routingStrategy(String routingStrategy) {
    return Limits.ROUTING_STRATEGIES.contains(routingStrategy)
        ? Optional.empty()
        : Optional.of(Rule.ROUTING_STRATEGY.violation(Location.model(Attribute.ROUTING_STRATEGY), routingStrategy));
  }

  /**
   * One of SageMaker's inference AMI versions, whose drivers match the accelerator of {@code instanceType} (null
   * when not known): a gpu AMI on an NVIDIA GPU instance, the neuron AMI on Inferentia2 or Trainium.
   */
  public static Optional<Violation> inferenceAmiVersion(String version, String instanceType) {
    Location at = Location.model(Attribute.INFERENCE_AMI_VERSION);
    if (!Limits.INFERENCE_AMI_VERSIONS.contains(version)) {
      return Optional.of(Rule.INFERENCE_AMI_VERSION.violation(at, version));
    }
    if (instanceType == null) {
      return Optional.empty();
    }
    if (version.contains(Limits.GPU_AMI_MARKER) && !NVIDIA_GPU.matcher(instanceType).matches()) {
      return Optional.of(Rule.INFERENCE_AMI_INSTANCE_TYPE.violation(at, version, "NVIDIA GPUs", instanceType));
    }
    if (version.contains(Limits.NEURON_AMI_MARKER) && !NEURON2.matcher(instanceType).matches()) {
      return Optional.of(Rule.INFERENCE_AMI_INSTANCE_TYPE.violation(
          at, version, "AWS Inferentia2 and Trainium", instanceType));
    }
    return Optional.empty();
  }

  private static String shownOrNone(Number number) {
    return number == null ? "(not given)" : EndpointRules.shown(number);
  }
}
