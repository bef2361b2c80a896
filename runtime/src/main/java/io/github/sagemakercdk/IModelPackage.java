package io.github.sagemakercdk;

import software.amazon.awscdk.IResource;
import software.constructs.Construct;

/**
 * A versioned model package of the SageMaker Model Registry, which a container can be created from
 * ({@link ContainerDefinition.Builder#modelPackage}): the package supplies the image and the model data.
 */
public interface IModelPackage extends IResource {
  /** The versioned ARN, {@code arn:<partition>:sagemaker:<region>:<account>:model-package/<group>/<version>}. */
  String getModelPackageArn();

  /**
   * Called by the model whose container is created from this package: grants the model's role what SageMaker needs
   * to run it, pull access to the package's image and read access to its model data, creating what that needs
   * within {@code scope}.
   */
  void bind(Construct scope, IModel model);
}
