package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.Subject;
import java.util.List;
import software.amazon.awscdk.Resource;
import software.amazon.awscdk.ResourceProps;
import software.amazon.awscdk.interfaces.sagemaker.EndpointReference;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantOnPrincipalOptions;
import software.amazon.awscdk.services.iam.IGrantable;
import software.constructs.Construct;

/**
 * What an {@link Endpoint} and an imported endpoint ({@link Endpoint#fromEndpointAttributes}) have in common, as
 * aws-cdk-lib's {@code BucketBase} is for buckets: the ARN and name, the reference aws-cdk-lib's constructs take,
 * and {@link #grantInvoke}.
 */
public abstract class EndpointBase extends Resource implements IEndpoint {
  private static final List<String> INVOKE = List.of("sagemaker:InvokeEndpoint");

  private String endpointArn;
  private String endpointName;

  EndpointBase(Construct scope, String id, ResourceProps props) {
    super(scope, id, props);
  }

  /** Set once by the subclass's constructor, when the ARN and the name are known. */
  final void setAttributes(String endpointArn, String endpointName) {
    this.endpointArn = endpointArn;
    this.endpointName = endpointName;
  }

  @Override
  public String getEndpointArn() {
    return endpointArn;
  }

  @Override
  public String getEndpointName() {
    return endpointName;
  }

  /** Exactly {@code sagemaker:InvokeEndpoint} on this one endpoint. */
  @Override
  public Grant grantInvoke(IGrantable grantee) {
    if (grantee == null) {
      throw new IllegalArgumentException("grantInvoke needs a grantee, such as a role or a function");
    }
    return Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
        .grantee(grantee).actions(INVOKE).resourceArns(List.of(endpointArn)).build());
  }

  /** The reference aws-cdk-lib's constructs take an endpoint by. */
  @Override
  public EndpointReference getEndpointRef() {
    return EndpointReference.builder().endpointArn(endpointArn).build();
  }

  /** "Endpoint path/of/endpoint": how messages name this endpoint. */
  final String subject() {
    return Subject.ENDPOINT.of(this);
  }
}
