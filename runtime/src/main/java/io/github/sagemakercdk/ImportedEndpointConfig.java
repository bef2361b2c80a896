package io.github.sagemakercdk;

import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Resource;
import software.amazon.awscdk.ResourceProps;
import software.amazon.awscdk.Stack;
import software.constructs.Construct;

/** An endpoint config defined outside this app, known by its ARN; its variants are not known. */
final class ImportedEndpointConfig extends Resource implements IEndpointConfig {
  private final String endpointConfigArn;
  private final String endpointConfigName;

  ImportedEndpointConfig(Construct scope, String id, String endpointConfigArn) {
    super(scope, id, ResourceProps.builder().environmentFromArn(endpointConfigArn).build());
    this.endpointConfigArn = endpointConfigArn;
    this.endpointConfigName =
        Stack.of(scope).splitArn(endpointConfigArn, ArnFormat.SLASH_RESOURCE_NAME).getResourceName();
  }

  @Override
  public String getEndpointConfigArn() {
    return endpointConfigArn;
  }

  @Override
  public String getEndpointConfigName() {
    return endpointConfigName;
  }
}
