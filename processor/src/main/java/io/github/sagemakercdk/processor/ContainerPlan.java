package io.github.sagemakercdk.processor;

import java.util.List;

/**
 * One container as the generated stack builds it, all references understood and all checks passed.
 *
 * @param image where the image comes from (asset paths absolute); with a model package, the package's image, or null
 * @param modelData where the model artifacts come from, or null for none; with a model package, the package's
 * @param hostname the container hostname, or null for none
 * @param environment the environment variables in declaration order
 * @param modelDataKmsKey the ARN of the KMS key of {@code s3://} model data, or null for none
 * @param multiModel whether it is a multi-model container, its model data an S3 prefix
 * @param acceptEula whether the model data's end-user license agreement is accepted
 * @param modelPackageArn the versioned ARN of the model package the container is created from, or null
 */
record ContainerPlan(ImageSource image, ModelDataSource modelData, String hostname, List<EnvironmentVariable> environment,
    String modelDataKmsKey, boolean multiModel, boolean acceptEula, String modelPackageArn) {
  ContainerPlan {
    environment = List.copyOf(environment);
  }
}
