package io.github.sagemakercdk.internal;

import java.util.List;
import software.amazon.awscdk.interfaces.sagemaker.EndpointReference;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantOnPrincipalOptions;
import software.amazon.awscdk.services.iam.IGrantable;

/** What endpoints, defined here or imported, share. */
public final class EndpointGrants {
  private static final List<String> INVOKE = List.of("sagemaker:InvokeEndpoint");

  private EndpointGrants() {}

  /** Exactly {@code sagemaker:InvokeEndpoint} on the one endpoint. */
  public static Grant invoke(IGrantable grantee, String endpointArn) {
    if (grantee == null) {
      throw new IllegalArgumentException("grantInvoke needs a grantee, such as a role or a function");
    }
    return Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
        .grantee(grantee).actions(INVOKE).resourceArns(List.of(endpointArn)).build());
  }

  /** The reference aws-cdk-lib's constructs take an endpoint by. */
  public static EndpointReference reference(String endpointArn) {
    return EndpointReference.builder().endpointArn(endpointArn).build();
  }
}
