package com.acme;

import io.github.sagemakercdk.ContainerDefinition;
import io.github.sagemakercdk.ContainerImage;
import io.github.sagemakercdk.FrameworkImageOptions;
import io.github.sagemakercdk.Model;
import io.github.sagemakercdk.ModelData;
import io.github.sagemakercdk.ModelProps;
import io.github.sagemakercdk.ModelStackFactory;
import io.github.sagemakercdk.SageMakerApp;
import java.lang.Override;
import java.lang.String;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

@Generated(
    value = "io.github.sagemakercdk.processor.SageMakerProcessor",
    comments = "from com.acme.Blended"
)
public class BlendedStack extends Stack {
  public static final String DEFAULT_ID = "BlendedStack";

  private final Model model;

  public BlendedStack(Construct scope, String id) {
    this(scope, id, null);
  }

  public BlendedStack(Construct scope, String id, StackProps props) {
    super(scope, id, props);
    ContainerImage container1Image = ContainerImage.fromFramework("xgboost", "1.7-1");
    ModelData container1ModelData = ModelData.fromBucket(
        Bucket.fromBucketName(this, "Container1ModelDataBucket", "acme-models"), "xgb/model.tar.gz");
    ContainerImage container2Image = ContainerImage.fromFramework("pytorch", "2.6.0",
            FrameworkImageOptions.builder().processor("gpu").build());
    ContainerImage container3Image = ContainerImage.fromFramework("pytorch", "1.4.0",
            FrameworkImageOptions.builder().processor("cpu").pythonVersion("py36").build());
    this.model = new Model(this, "Model", ModelProps.builder()
        .containers(List.of(
            ContainerDefinition.builder()
                .image(container1Image)
                .modelData(container1ModelData)
                .containerHostname("a")
                .build(),
            ContainerDefinition.builder()
                .image(container2Image)
                .containerHostname("b")
                .build(),
            ContainerDefinition.builder()
                .image(container3Image)
                .containerHostname("c")
                .build()))
        .build());
  }

  public Model getModel() {
    return model;
  }

  public IRole getRole() {
    return model.getRole();
  }

  public static void main(String[] args) {
    SageMakerApp.synthesize(new Factory());
  }

  public static final class Factory implements ModelStackFactory {
    @Override
    public String stackId() {
      return DEFAULT_ID;
    }

    @Override
    public Stack create(Construct scope, String id) {
      return new BlendedStack(scope, id);
    }
  }
}
