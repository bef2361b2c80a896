package io.github.sagemakercdk.benchmarks.synth;

import io.github.sagemakercdk.ContainerDefinition;
import io.github.sagemakercdk.ContainerImage;
import io.github.sagemakercdk.Model;
import io.github.sagemakercdk.ModelData;
import io.github.sagemakercdk.ModelProps;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

/** The models as a user of this library writes them, and as the processor generates them. */
final class LibraryModels implements SynthVariant.ModelBuilder {
  @Override
  public void build(Construct scope, ModelFixture fixture) {
    List<ContainerDefinition> containers = new ArrayList<>();
    int number = 1;
    for (ModelFixture.ContainerFixture container : fixture.containers()) {
      containers.add(ContainerDefinition.builder()
          .image(ContainerImage.fromEcrRepository(
              Repository.fromRepositoryName(scope, "Container" + number + "Repository", container.repositoryName()),
              container.tag()))
          .modelData(ModelData.fromBucket(
              Bucket.fromBucketName(scope, "Container" + number + "ModelDataBucket", container.bucketName()),
              container.objectKey()))
          .environment(container.environment())
          .containerHostname(container.hostname())
          .build());
      number++;
    }
    new Model(scope, "Model", ModelProps.builder()
        .modelName(fixture.modelName())
        .containers(containers)
        .build());
  }
}
