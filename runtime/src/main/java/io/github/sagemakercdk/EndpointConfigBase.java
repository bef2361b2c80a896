package io.github.sagemakercdk;

import software.amazon.awscdk.Resource;
import software.amazon.awscdk.ResourceProps;
import software.constructs.Construct;

/**
 * What an {@link EndpointConfig} and an imported endpoint config ({@link EndpointConfig#fromEndpointConfigArn})
 * have in common, as aws-cdk-lib's {@code BucketBase} is for buckets: the ARN and the name.
 */
public abstract class EndpointConfigBase extends Resource implements IEndpointConfig {
  private String endpointConfigArn;
  private String endpointConfigName;

  EndpointConfigBase(Construct scope, String id, ResourceProps props) {
    super(scope, id, props);
  }

  /** Set once by the subclass's constructor, when the ARN and the name are known. */
  final void setAttributes(String endpointConfigArn, String endpointConfigName) {
    this.endpointConfigArn = endpointConfigArn;
    this.endpointConfigName = endpointConfigName;
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
