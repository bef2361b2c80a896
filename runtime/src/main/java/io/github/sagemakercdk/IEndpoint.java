package io.github.sagemakercdk;

import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.IGrantable;

/**
 * A SageMaker endpoint, defined in this app ({@link Endpoint}) or imported. It is also aws-cdk-lib's own
 * {@code aws_sagemaker.IEndpoint}, so it can be given to constructs that take one, such as API Gateway's
 * {@code SagemakerIntegration}.
 */
public interface IEndpoint extends software.amazon.awscdk.services.sagemaker.IEndpoint {
  /** The ARN of the endpoint. */
  @Override
  String getEndpointArn();

  /** The name of the endpoint. */
  @Override
  String getEndpointName();

  /** Lets {@code grantee} invoke this endpoint: exactly {@code sagemaker:InvokeEndpoint} on its ARN. */
  @Override
  Grant grantInvoke(IGrantable grantee);
}
