package io.github.sagemakercdk.rules;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules CreateInferenceComponent enforces on a component's name, compute resources and copies (ranges in
 * {@link Limits}), that one copy's accelerators fit on one instance of the host variant, and the range of copy count
 * auto scaling. Values that are null (not given, or tokens) pass.
 */
public final class InferenceComponentRules {
  private static final Pattern NAME = Pattern.compile(Limits.INFERENCE_COMPONENT_NAME_PATTERN);
  private static final Pattern ACCELERATED = Pattern.compile(Limits.ACCELERATED_INSTANCE_TYPE_PATTERN);

  private InferenceComponentRules() {}

  /** Every violation of {@code component}, in attribute order. */
  public static List<Violation> component(InferenceComponentSpec component) {
    List<Violation> violations = new ArrayList<>();
    if (component.name() != null) {
      name(component.name()).ifPresent(violations::add);
    }
    Number min = component.minMemoryMb();
    if (min != null && !(whole(min) && min.doubleValue() >= Limits.MIN_INFERENCE_COMPONENT_MEMORY_MB)) {
      violations.add(Rule.INFERENCE_COMPONENT_MIN_MEMORY.violation(Location.model(Attribute.MIN_MEMORY), shown(min)));
    }
    Number max = component.maxMemoryMb();
    if (max != null && !(whole(max) && max.doubleValue() >= Limits.MIN_INFERENCE_COMPONENT_MEMORY_MB
        && (min == null || max.doubleValue() >= min.doubleValue()))) {
      violations.add(Rule.INFERENCE_COMPONENT_MAX_MEMORY.violation(Location.model(Attribute.MAX_MEMORY), shown(max),
          min == null ? "not given" : shown(min)));
    }
    Number cores = component.cpuCores();
    if (cores != null && !(cores.doubleValue() >= Limits.MIN_INFERENCE_COMPONENT_CPU_CORES)) {
      violations.add(Rule.INFERENCE_COMPONENT_CPU_CORES.violation(Location.model(Attribute.CPU_CORES), shown(cores)));
    }
    Number accelerators = component.acceleratorDevices();
    if (accelerators != null) {
      if (!(whole(accelerators) && accelerators.doubleValue() >= Limits.MIN_INFERENCE_COMPONENT_ACCELERATOR_DEVICES)) {
        violations.add(Rule.INFERENCE_COMPONENT_ACCELERATORS.violation(Location.model(Attribute.ACCELERATOR_DEVICES),
            shown(accelerators)));
      } else if (component.hostInstanceType() != null) {
        acceleratorsFit(accelerators, component.hostInstanceType()).ifPresent(violations::add);
      }
    }
    Number copies = component.copyCount();
    if (copies != null && !(whole(copies) && copies.doubleValue() >= Limits.MIN_INFERENCE_COMPONENT_COPY_COUNT)) {
      violations.add(Rule.INFERENCE_COMPONENT_COPY_COUNT.violation(Location.model(Attribute.COPY_COUNT), shown(copies)));
    }
    return violations;
  }

  public static Optional<Violation> name(String name) {
    return name.length() <= Limits.NAME_MAX_LENGTH && NAME.matcher(name).matches()
        ? Optional.empty()
        : Optional.of(Rule.INFERENCE_COMPONENT_NAME.violation(Location.model(Attribute.INFERENCE_COMPONENT_NAME), name));
  }

  /**
   * One copy's accelerators on one instance of {@code instanceType}: none on a type without GPUs or accelerators,
   * at most its GPUs on a type of {@link Limits#GPUS_BY_INSTANCE_TYPE}; other accelerated types are not checked.
   */
  public static Optional<Violation> acceleratorsFit(Number accelerators, String instanceType) {
    Location at = Location.model(Attribute.ACCELERATOR_DEVICES);
    if (!ACCELERATED.matcher(instanceType).matches()) {
      return Optional.of(Rule.INFERENCE_COMPONENT_ACCELERATORS_WITHOUT_ACCELERATOR.violation(at, shown(accelerators),
          instanceType));
    }
    Integer gpus = Limits.GPUS_BY_INSTANCE_TYPE.get(instanceType);
    if (gpus != null && accelerators.doubleValue() > gpus) {
      return Optional.of(Rule.INFERENCE_COMPONENT_ACCELERATORS_EXCEED_INSTANCE.violation(at, shown(accelerators), gpus,
          instanceType, gpus));
    }
    return Optional.empty();
  }

  /**
   * Auto scaling of the copy count: whole numbers with 0 <= min <= max and max >= 1, and the copies the component
   * starts with (when known) in that range.
   */
  public static List<Violation> copyScaling(Number minCapacity, Number maxCapacity, Number copyCount) {
    List<Violation> violations = new ArrayList<>();
    if (minCapacity == null || maxCapacity == null) {
      return violations;
    }
    boolean valid = whole(minCapacity) && whole(maxCapacity)
        && minCapacity.doubleValue() >= Limits.MIN_INFERENCE_COMPONENT_COPY_COUNT
        && minCapacity.doubleValue() <= maxCapacity.doubleValue() && maxCapacity.doubleValue() >= 1;
    if (!valid) {
      violations.add(Rule.INFERENCE_COMPONENT_COPY_SCALING.violation(Location.model(Attribute.MIN_CAPACITY),
          shown(minCapacity), shown(maxCapacity)));
    } else if (copyCount != null && (copyCount.doubleValue() < minCapacity.doubleValue()
        || copyCount.doubleValue() > maxCapacity.doubleValue())) {
      violations.add(Rule.INFERENCE_COMPONENT_COPY_COUNT_OUTSIDE_SCALING.violation(Location.model(Attribute.COPY_COUNT),
          shown(copyCount), shown(minCapacity), shown(maxCapacity)));
    }
    return violations;
  }

  private static boolean whole(Number number) {
    return EndpointRules.isWhole(number);
  }

  private static String shown(Number number) {
    return EndpointRules.shown(number);
  }
}
