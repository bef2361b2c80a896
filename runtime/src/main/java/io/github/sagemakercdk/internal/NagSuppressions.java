package io.github.sagemakercdk.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.services.iam.AddToPrincipalPolicyResult;

/**
 * Records, on the IAM policy that holds a wildcard AWS requires, why the wildcard is there, in the metadata
 * cdk-nag reads ({@code cdk_nag: {rules_to_suppress: [{id, reason, applies_to}]}}), so that this library needs no
 * cdk-nag at run time. Each suppression names exactly one finding, so any other wildcard is still reported.
 * One per principal, held by the {@link ModelGrants} that grants to it.
 *
 * <p>Each metadata write is a jsii round trip, and merging with what is there another: a model defers its
 * suppressions while it grants ({@link #defer}) and writes them all at once ({@link #write}).
 */
public final class NagSuppressions {
  static final String METADATA_KEY = "cdk_nag";
  static final String RULES = "rules_to_suppress";
  static final String WILDCARD_RULE = "AwsSolutions-IAM5";

  private final PrincipalPolicy policy;
  /** The suppressions not written yet, in the order they were made. */
  private final List<Map<String, Object>> pending = new ArrayList<>();
  private boolean deferred;
  /** Whether the policy is known to hold no cdk-nag metadata yet: no need to read it before the first write. */
  private boolean knownEmpty;

  NagSuppressions(PrincipalPolicy policy) {
    this.policy = policy;
  }

  /**
   * Suppresses {@code finding} of AwsSolutions-IAM5 on the policy a statement just added to the principal
   * went to: a role's default policy (an imported role's "Policy").
   */
  public void suppressWildcard(AddToPrincipalPolicyResult added, String finding, String reason) {
    if (Boolean.TRUE.equals(added.getStatementAdded())) {
      suppressWildcard(finding, reason);
    }
  }

  /** Suppresses {@code finding} on the policy of the principal, for a statement a grant has put there. */
  public void suppressWildcard(String finding, String reason) {
    if (finding == null) {
      return;
    }
    Map<String, Object> suppression = new LinkedHashMap<>();
    suppression.put("id", WILDCARD_RULE);
    suppression.put("reason", reason);
    suppression.put("applies_to", List.of(finding));
    if (!pending.contains(suppression)) {
      pending.add(suppression);
    }
    if (!deferred) {
      write();
    }
  }

  /** The principal is a role made just now, whose policy nothing else has written metadata on yet. */
  void assumeNoMetadata() {
    knownEmpty = true;
  }

  /** Keeps the suppressions made from now on until {@link #write}. */
  void defer() {
    deferred = true;
  }

  /** Writes the suppressions made so far, merged after those the policy already has, in one metadata write. */
  void write() {
    deferred = false;
    // Only the first write after the principal was made may skip reading: later, anything may have written.
    boolean readExisting = !knownEmpty;
    knownEmpty = false;
    if (pending.isEmpty()) {
      return;
    }
    CfnResource resource = policy.resource();
    if (resource == null) {
      pending.clear();
      return;
    }
    List<Object> rules = new ArrayList<>();
    if (readExisting && resource.getMetadata(METADATA_KEY) instanceof Map<?, ?> existing
        && existing.get(RULES) instanceof List<?> existingRules) {
      rules.addAll(existingRules);
    }
    int before = rules.size();
    for (Map<String, Object> suppression : pending) {
      if (!rules.contains(suppression)) {
        rules.add(suppression);
      }
    }
    pending.clear();
    if (rules.size() > before) {
      resource.addMetadata(METADATA_KEY, Map.of(RULES, rules));
    }
  }
}
