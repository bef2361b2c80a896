package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.EndpointGrants;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Resource;
import software.amazon.awscdk.ResourceProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.interfaces.sagemaker.EndpointReference;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.IGrantable;
import software.constructs.Construct;

/** An endpoint defined outside this app, known by its ARN. */
final class ImportedEndpoint extends Resource implements IEndpoint {
  private final String endpointArn;
  private final String endpointName;

  ImportedEndpoint(Construct scope, String id, EndpointAttributes attributes) {
    super(scope, id, ResourceProps.builder().environmentFromArn(attributes.getEndpointArn()).build());
    this.endpointArn = attributes.getEndpointArn();
    this.endpointName = Stack.of(scope).splitArn(endpointArn, ArnFormat.SLASH_RESOURCE_NAME).getResourceName();
  }

  @Override
  public String getEndpointArn() {
    return endpointArn;
  }

  @Override
  public String getEndpointName() {
    return endpointName;
  }

  @Override
  public Grant grantInvoke(IGrantable grantee) {
    return EndpointGrants.invoke(grantee, endpointArn);
  }

  @Override
  public EndpointReference getEndpointRef() {
    return EndpointGrants.reference(endpointArn);
  }
}
