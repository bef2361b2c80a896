package io.github.sagemakercdk.rules;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rules CreateModel enforces on names, containers, hostnames and environments.
 *
 * <p>Values that are not known yet (CDK tokens, seen through {@code unresolved}) pass the checks that need
 * their text; CloudFormation checks them at deploy time.
 */
public final class ModelRules {
  private static final Pattern ENVIRONMENT_KEY = Pattern.compile(Limits.ENVIRONMENT_KEY_PATTERN);

  private ModelRules() {}

  /** Every violation of the model, in a stable order: model first, then container by container. */
  public static List<Violation> validate(ModelSpec model, Predicate<String> unresolved) {
    List<Violation> violations = new ArrayList<>();
    if (model.modelName() != null && !unresolved.test(model.modelName())) {
      modelName(model.modelName()).ifPresent(violations::add);
    }
    containerCount(model.containers().size()).ifPresent(violations::add);
    violations.addAll(hostnames(model.containers(), unresolved));
    violations.addAll(environments(model.containers(), unresolved));
    return violations;
  }

  /** {@link #validate(ModelSpec, Predicate)} for values that are all known, as at compile time. */
  public static List<Violation> validate(ModelSpec model) {
    return validate(model, value -> false);
  }

  public static Optional<Violation> modelName(String name) {
    return Names.valid(name)
        ? Optional.empty()
        : Optional.of(Rule.MODEL_NAME.violation(Location.model(Attribute.MODEL_NAME), name));
  }

  public static Optional<Violation> containerCount(int count) {
    return count >= 1 && count <= Limits.MAX_CONTAINERS
        ? Optional.empty()
        : Optional.of(Rule.CONTAINER_COUNT.violation(Location.model(Attribute.CONTAINERS), count));
  }

  /** The hostname pattern alone; {@link #validate} adds the pipeline-wide rules. */
  public static Optional<Violation> hostname(String hostname, int container) {
    return Names.valid(hostname)
        ? Optional.empty()
        : Optional.of(Rule.HOSTNAME_PATTERN.violation(Location.container(Attribute.HOSTNAME, container), hostname));
  }

  private static List<Violation> hostnames(List<ContainerSpec> containers, Predicate<String> unresolved) {
    List<Violation> violations = new ArrayList<>();
    // SageMaker ignores the hostname of a single primary container, so only its pattern matters.
    int firstNamed = -1;
    for (int i = 0; i < containers.size(); i++) {
      if (containers.get(i).hostname() != null) {
        firstNamed = i;
        break;
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < containers.size(); i++) {
      String hostname = containers.get(i).hostname();
      if (hostname == null) {
        if (firstNamed >= 0 && containers.size() > 1) {
          violations.add(Rule.HOSTNAME_ALL_OR_NONE.violation(
              Location.container(Attribute.HOSTNAME, i), i + 1, firstNamed + 1));
        }
        continue;
      }
      if (unresolved.test(hostname)) {
        continue;
      }
      hostname(hostname, i).ifPresent(violations::add);
      Integer previous = seen.putIfAbsent(hostname, i);
      if (previous != null) {
        violations.add(Rule.HOSTNAME_DUPLICATE.violation(
            Location.container(Attribute.HOSTNAME, i), hostname, previous + 1, i + 1));
      }
    }
    return violations;
  }

  private static List<Violation> environments(List<ContainerSpec> containers, Predicate<String> unresolved) {
    List<Violation> violations = new ArrayList<>();
    long totalBytes = 0;
    for (int c = 0; c < containers.size(); c++) {
      List<Map.Entry<String, String>> environment = containers.get(c).environment();
      if (environment.size() > Limits.MAX_ENVIRONMENT_ENTRIES) {
        violations.add(Rule.ENVIRONMENT_COUNT.violation(
            Location.container(Attribute.ENVIRONMENT, c), c + 1, environment.size()));
      }
      Set<String> names = new HashSet<>();
      for (int e = 0; e < environment.size(); e++) {
        String key = environment.get(e).getKey();
        String value = environment.get(e).getValue();
        Location at = Location.environmentEntry(c, e);
        if (!unresolved.test(key)) {
          environmentKey(key, at).ifPresent(violations::add);
          if (!names.add(key)) {
            violations.add(Rule.ENVIRONMENT_DUPLICATE_KEY.violation(at, key, c + 1));
          }
          totalBytes += Utf8.length(key);
        }
        if (!unresolved.test(value)) {
          environmentValue(key, value, at).ifPresent(violations::add);
          totalBytes += Utf8.length(value);
        }
      }
    }
    if (totalBytes > Limits.MAX_ENVIRONMENT_TOTAL_BYTES) {
      violations.add(Rule.ENVIRONMENT_TOTAL_SIZE.violation(Location.model(Attribute.ENVIRONMENT), totalBytes));
    }
    return violations;
  }

  /** The name of one environment variable: pattern and length. */
  public static Optional<Violation> environmentKey(String key, Location at) {
    int bytes = Utf8.length(key);
    if (bytes > Limits.MAX_ENVIRONMENT_KEY_BYTES) {
      return Optional.of(Rule.ENVIRONMENT_KEY_LENGTH.violation(at, key, bytes));
    }
    if (!ENVIRONMENT_KEY.matcher(key).matches()) {
      return Optional.of(Rule.ENVIRONMENT_KEY_PATTERN.violation(at, key));
    }
    return Optional.empty();
  }

  /** The value of one environment variable: length. */
  public static Optional<Violation> environmentValue(String key, String value, Location at) {
    int bytes = Utf8.length(value);
    return bytes > Limits.MAX_ENVIRONMENT_VALUE_BYTES
        ? Optional.of(Rule.ENVIRONMENT_VALUE_LENGTH.violation(at, key, bytes))
        : Optional.empty();
  }

  /** VpcConfig: how many subnets and security groups the model is placed with. */
  public static List<Violation> vpcConfig(int subnets, int securityGroups) {
    List<Violation> violations = new ArrayList<>();
    if (subnets < 1 || subnets > Limits.MAX_VPC_SUBNETS) {
      violations.add(Rule.VPC_SUBNETS.violation(Location.model(Attribute.VPC), subnets));
    }
    if (securityGroups < 1 || securityGroups > Limits.MAX_VPC_SECURITY_GROUPS) {
      violations.add(Rule.VPC_SECURITY_GROUPS.violation(Location.model(Attribute.VPC), securityGroups));
    }
    return violations;
  }
}
