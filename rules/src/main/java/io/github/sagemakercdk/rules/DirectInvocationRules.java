package io.github.sagemakercdk.rules;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct invocation (InferenceExecutionConfig {@code Mode: Direct}): a caller invokes one container of a
 * multi-container model by its hostname. CreateModel then takes more than one container (up to
 * {@link Limits#MAX_CONTAINERS}) and a hostname on each. Source:
 * https://docs.aws.amazon.com/sagemaker/latest/dg/multi-container-create.html
 */
public final class DirectInvocationRules {
  private DirectInvocationRules() {}

  /**
   * The containers of a model invoked directly, by their hostnames in pipeline order (null for none). The
   * hostnames' pattern and uniqueness, and the limit of 15 containers, are {@link ModelRules}'.
   */
  public static List<Violation> validate(List<String> hostnames) {
    List<Violation> violations = new ArrayList<>();
    if (hostnames.size() < Limits.MIN_DIRECT_CONTAINERS) {
      violations.add(Rule.DIRECT_CONTAINER_COUNT.violation(
          Location.model(Attribute.DIRECT_INVOCATION), hostnames.size()));
    }
    for (int i = 0; i < hostnames.size(); i++) {
      if (hostnames.get(i) == null) {
        violations.add(Rule.DIRECT_HOSTNAME.violation(Location.container(Attribute.HOSTNAME, i), i + 1));
      }
    }
    return violations;
  }

  /**
   * {@code modelViolations} (of {@link ModelRules#validate}) for a model invoked directly: its pipeline rule
   * "a hostname on every container or on none" gives way to {@link #validate}'s "a hostname on every container".
   */
  public static List<Violation> forDirectInvocation(List<Violation> modelViolations, List<String> hostnames) {
    List<Violation> violations = new ArrayList<>(modelViolations.stream()
        .filter(violation -> violation.rule() != Rule.HOSTNAME_ALL_OR_NONE)
        .toList());
    violations.addAll(validate(hostnames));
    return violations;
  }
}
