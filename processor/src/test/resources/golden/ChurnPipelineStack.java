package com.acme;

import io.github.sagemakercdk.ContainerDefinition;
import io.github.sagemakercdk.ContainerImage;
import io.github.sagemakercdk.Model;
import io.github.sagemakercdk.ModelData;
import io.github.sagemakercdk.ModelProps;
import io.github.sagemakercdk.ModelStackFactory;
import io.github.sagemakercdk.SageMakerApp;
import java.lang.Override;
import java.lang.String;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

@Generated(
    value = "io.github.sagemakercdk.processor.SageMakerProcessor",
    comments = "from com.acme.ChurnPipeline"
)
public class ChurnPipelineStack extends Stack {
  public static final String DEFAULT_ID = "ChurnPipelineStack";

  private final Model model;

  public ChurnPipelineStack(Construct scope, String id) {
    this(scope, id, null);
  }

  public ChurnPipelineStack(Construct scope, String id, StackProps props) {
    super(scope, id, props);
    ContainerImage container1Image = ContainerImage.fromAsset("${projectDir}/docker/serve");
    ModelData container1ModelData = ModelData.fromAsset("${projectDir}/models/model.tar.gz");
    Map<String, String> container1Environment = new LinkedHashMap<>();
    container1Environment.put("EQUALS_IN_VALUE", "a=b");
    ContainerImage container2Image = ContainerImage.fromEcrRepository(
        Repository.fromRepositoryName(this, "Container2Repository", "xgboost"), "1.7-1");
    ModelData container2ModelData = ModelData.fromBucket(
        Bucket.fromBucketName(this, "Container2ModelDataBucket", "my-bucket"), "models/xgb.tar.gz");
    Map<String, String> container2Environment = new LinkedHashMap<>();
    container2Environment.put("SAGEMAKER_PROGRAM", "serve.py");
    container2Environment.put("SAGEMAKER_SUBMIT_DIRECTORY", "/opt/ml/code");
    container2Environment.put("EMPTY", "");
    ContainerImage container3Image = ContainerImage.fromEcrRepository(
        Repository.fromRepositoryName(this, "Container3Repository", "team/postprocess"), "2024.05");
    this.model = new Model(this, "Model", ModelProps.builder()
        .containers(List.of(
            ContainerDefinition.builder()
                .image(container1Image)
                .modelData(container1ModelData)
                .environment(container1Environment)
                .containerHostname("pre")
                .build(),
            ContainerDefinition.builder()
                .image(container2Image)
                .modelData(container2ModelData)
                .environment(container2Environment)
                .containerHostname("model")
                .build(),
            ContainerDefinition.builder()
                .image(container3Image)
                .containerHostname("post")
                .build()))
        .modelName("churn-pipeline")
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
      return new ChurnPipelineStack(scope, id);
    }
  }
}
