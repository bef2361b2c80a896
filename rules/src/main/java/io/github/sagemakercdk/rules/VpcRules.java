package io.github.sagemakercdk.rules;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** A model placed by subnet and security group IDs, as SageMaker's VpcConfig takes them. */
public final class VpcRules {
  private static final Pattern SUBNET = Pattern.compile(Limits.SUBNET_ID_PATTERN);
  private static final Pattern SECURITY_GROUP = Pattern.compile(Limits.SECURITY_GROUP_ID_PATTERN);

  private VpcRules() {}

  /**
   * Both lists or neither, their sizes, each ID's form and no ID twice; an unknown ID ({@code unresolved}) passes
   * the checks that need its text.
   */
  public static List<Violation> placement(List<String> subnets, List<String> securityGroups,
      Predicate<String> unresolved) {
    List<Violation> violations = new ArrayList<>();
    if (subnets.isEmpty() != securityGroups.isEmpty()) {
      violations.add(Rule.VPC_SUBNETS_AND_SECURITY_GROUPS.violation(
          Location.model(subnets.isEmpty() ? Attribute.SECURITY_GROUPS : Attribute.SUBNETS),
          subnets.size(), securityGroups.size()));
    }
    if (subnets.size() > Limits.MAX_VPC_SUBNETS) {
      violations.add(Rule.VPC_SUBNETS.violation(Location.model(Attribute.SUBNETS), subnets.size()));
    }
    if (securityGroups.size() > Limits.MAX_VPC_SECURITY_GROUPS) {
      violations.add(Rule.VPC_SECURITY_GROUPS.violation(Location.model(Attribute.SECURITY_GROUPS),
          securityGroups.size()));
    }
    violations.addAll(ids(subnets, Attribute.SUBNETS, SUBNET, Rule.SUBNET_ID, Rule.VPC_DUPLICATE_SUBNET, unresolved));
    violations.addAll(ids(securityGroups, Attribute.SECURITY_GROUPS, SECURITY_GROUP, Rule.SECURITY_GROUP_ID,
        Rule.VPC_DUPLICATE_SECURITY_GROUP, unresolved));
    return violations;
  }

  /** {@link #placement(List, List, Predicate)} for IDs that are all known, as at compile time. */
  public static List<Violation> placement(List<String> subnets, List<String> securityGroups) {
    return placement(subnets, securityGroups, id -> false);
  }

  private static List<Violation> ids(List<String> ids, Attribute attribute, Pattern form, Rule formRule,
      Rule duplicateRule, Predicate<String> unresolved) {
    List<Violation> violations = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (unresolved.test(id)) {
        continue;
      }
      if (!form.matcher(id).matches()) {
        violations.add(formRule.violation(Location.entry(attribute, i), id));
      } else if (!seen.add(id)) {
        violations.add(duplicateRule.violation(Location.entry(attribute, i), id));
      }
    }
    return violations;
  }
}
