package io.github.sagemakercdk;

import java.util.List;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

/** Models and variants the endpoint tests host. */
final class HostingFixtures {
  private HostingFixtures() {}

  /** A one-container model from an ECR image and S3 model data, as {@code scope}'s child {@code id}. */
  static Model model(Construct scope, String id) {
    return new Model(scope, id, ModelProps.builder().containers(List.of(ContainerDefinition.builder()
            .image(ContainerImage.fromEcrRepository(
                Repository.fromRepositoryName(scope, id + "Repository", "xgboost"), "1.7-1"))
            .modelData(ModelData.fromBucket(
                Bucket.fromBucketName(scope, id + "Bucket", "churn-models"), "xgb/model.tar.gz"))
            .build()))
        .build());
  }

  static InstanceProductionVariantProps.Builder instanceVariant(String name, IModel model) {
    return InstanceProductionVariantProps.builder().variantName(name).model(model).instanceType(InstanceType.M5_LARGE);
  }

  static ServerlessProductionVariantProps.Builder serverlessVariant(String name, IModel model) {
    return ServerlessProductionVariantProps.builder().variantName(name).model(model)
        .memorySizeInMb(2048).maxConcurrency(20);
  }
}
