package io.github.sagemakercdk.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.services.iam.AddToPrincipalPolicyResult;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.Policy;
import software.constructs.IConstruct;

/**
 * Records, on the IAM policy that holds a wildcard AWS requires, why the wildcard is there, in the metadata
 * cdk-nag reads ({@code cdk_nag: {rules_to_suppress: [{id, reason, applies_to}]}}), so that this library needs no
 * cdk-nag at run time. Each suppression names exactly one finding, so any other wildcard is still reported.
 * One per principal, held by the {@link ModelGrants} that grants to it, which keeps the principal's policy once found.
 */
public final class NagSuppressions {
  static final String METADATA_KEY = "cdk_nag";
  static final String RULES = "rules_to_suppress";
  static final String WILDCARD_RULE = "AwsSolutions-IAM5";
  private static final List<String> POLICY_IDS = List.of("DefaultPolicy", "Policy");

  private final IPrincipal principal;
  /** The principal's policy, once found: the lookup costs four jsii round trips. */
  private CfnResource policy;

  NagSuppressions(IPrincipal principal) {
    this.principal = principal;
  }

  /**
   * Suppresses {@code finding} of AwsSolutions-IAM5 on the policy a statement just added to {@code principal}
   * went to: a role's default policy (an imported role's "Policy").
   */
  public void suppressWildcard(AddToPrincipalPolicyResult added, String finding, String reason) {
    if (Boolean.TRUE.equals(added.getStatementAdded())) {
      suppressWildcard(finding, reason);
    }
  }

  /** Suppresses {@code finding} on the policy of {@code principal}, for a statement a grant has put there. */
  public void suppressWildcard(String finding, String reason) {
    if (finding == null) {
      return;
    }
    CfnResource resource = policyResource();
    if (resource == null) {
      return;
    }
    Map<String, Object> suppression = new LinkedHashMap<>();
    suppression.put("id", WILDCARD_RULE);
    suppression.put("reason", reason);
    suppression.put("applies_to", List.of(finding));

    List<Object> rules = new ArrayList<>();
    if (resource.getMetadata(METADATA_KEY) instanceof Map<?, ?> existing
        && existing.get(RULES) instanceof List<?> existingRules) {
      rules.addAll(existingRules);
    }
    if (!rules.contains(suppression)) {
      rules.add(suppression);
      resource.addMetadata(METADATA_KEY, Map.of(RULES, rules));
    }
  }

  /**
   * The CloudFormation resource of the policy that principal statements go to. The result of adding a statement
   * cannot say (it is filled in at synth, when large policies may be split), so it is found by the id aws-cdk-lib
   * gives it: "DefaultPolicy" for a Role, "Policy" for an imported one.
   */
  private CfnResource policyResource() {
    if (policy == null) {
      policy = findPolicyResource();
    }
    return policy;
  }

  private CfnResource findPolicyResource() {
    if (!(principal instanceof IConstruct construct)) {
      return null;
    }
    for (String id : POLICY_IDS) {
      if (construct.getNode().tryFindChild(id) instanceof Policy policy
          && policy.getNode().getDefaultChild() instanceof CfnResource resource) {
        return resource;
      }
    }
    return null;
  }
}
