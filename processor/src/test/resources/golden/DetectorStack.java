package com.acme.vision;

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
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

@Generated(
    value = "io.github.sagemakercdk.processor.SageMakerProcessor",
    comments = "from com.acme.vision.Detector"
)
public class DetectorStack extends Stack {
  public static final String DEFAULT_ID = "DetectorStack";

  private final Model model;

  public DetectorStack(Construct scope, String id) {
    this(scope, id, null);
  }

  public DetectorStack(Construct scope, String id, StackProps props) {
    super(scope, id, props);
    ContainerImage container1Image = ContainerImage.fromDlc("pytorch-inference", "2.1.0-cpu-py310");
    ModelData container1ModelData = ModelData.fromBucket(
        Bucket.fromBucketName(this, "Container1ModelDataBucket", "acme-models"), "detector/model.tar.gz");
    Map<String, String> container1Environment = new LinkedHashMap<>();
    container1Environment.put("SAGEMAKER_PROGRAM", "inference.py");
    container1Environment.put("TS_DEFAULT_WORKERS_PER_MODEL", "1");
    this.model = new Model(this, "Model", ModelProps.builder()
        .containers(List.of(
            ContainerDefinition.builder()
                .image(container1Image)
                .modelData(container1ModelData)
                .environment(container1Environment)
                .build()))
        .modelName("detector")
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
      return new DetectorStack(scope, id);
    }
  }
}
