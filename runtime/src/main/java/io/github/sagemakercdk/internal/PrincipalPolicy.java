package io.github.sagemakercdk.internal;

import java.util.List;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.Policy;
import software.constructs.IConstruct;
import software.constructs.Node;

/**
 * The IAM policy that statements added to a principal go to, and its CloudFormation resource. The result of
 * adding a statement cannot say (it is filled in at synth, when large policies may be split), so it is found by the
 * id aws-cdk-lib gives it: "DefaultPolicy" for a Role, "Policy" (or "Policy" and a unique suffix) for an imported
 * one. Found once: the lookup costs a few jsii round trips.
 */
final class PrincipalPolicy {
  private static final List<String> POLICY_IDS = List.of("DefaultPolicy", "Policy");
  private static final String IMPORTED_ROLE_POLICY_PREFIX = "Policy";

  private final IPrincipal principal;
  private Policy policy;
  private CfnResource resource;

  PrincipalPolicy(IPrincipal principal) {
    this.principal = principal;
  }

  /** The policy, or null while the principal has none (or is no construct). */
  Policy policy() {
    find();
    return policy;
  }

  /** The policy's CloudFormation resource, or null while the principal has no policy. */
  CfnResource resource() {
    find();
    return resource;
  }

  private void find() {
    if (policy != null || !(principal instanceof IConstruct construct)) {
      return;
    }
    Node node = construct.getNode();
    for (String id : POLICY_IDS) {
      if (node.tryFindChild(id) instanceof Policy found
          && found.getNode().getDefaultChild() instanceof CfnResource cfn) {
        policy = found;
        resource = cfn;
        return;
      }
    }
    // A role imported by ARN names its policy "Policy" and a unique suffix.
    for (IConstruct child : node.getChildren()) {
      if (child instanceof Policy found && found.getNode().getId().startsWith(IMPORTED_ROLE_POLICY_PREFIX)
          && found.getNode().getDefaultChild() instanceof CfnResource cfn) {
        policy = found;
        resource = cfn;
        return;
      }
    }
  }
}
