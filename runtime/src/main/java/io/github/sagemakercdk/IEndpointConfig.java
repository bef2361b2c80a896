package io.github.sagemakercdk;

import software.amazon.awscdk.IResource;

/** A SageMaker endpoint config, defined in this app ({@link EndpointConfig}) or imported. */
public interface IEndpointConfig extends IResource {
  /** The ARN of the endpoint config. */
  String getEndpointConfigArn();

  /** The name of the endpoint config. */
  String getEndpointConfigName();
}
