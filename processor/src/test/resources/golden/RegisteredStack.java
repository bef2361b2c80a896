package com.acme;

import io.github.sagemakercdk.ContainerDefinition;
import io.github.sagemakercdk.ContainerImage;
import io.github.sagemakercdk.IModelPackage;
import io.github.sagemakercdk.Model;
import io.github.sagemakercdk.ModelData;
import io.github.sagemakercdk.ModelPackage;
import io.github.sagemakercdk.ModelPackageAttributes;
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
    comments = "from com.acme.Registered"
)
public class RegisteredStack extends Stack {
  public static final String DEFAULT_ID = "RegisteredStack";

  private final Model model;

  public RegisteredStack(Construct scope, String id) {
    this(scope, id, null);
  }

  public RegisteredStack(Construct scope, String id, StackProps props) {
    super(scope, id, props);
    ContainerImage container1Image = ContainerImage.fromEcrRepository(
        Repository.fromRepositoryName(this, "Container1Repository", "churn"), "1.4");
    ModelData container1ModelData = ModelData.fromBucket(
        Bucket.fromBucketName(this, "Container1ModelDataBucket", "acme-models"), "churn/3/model.tar.gz");
    IModelPackage container1ModelPackage = ModelPackage.fromModelPackageAttributes(this, "Container1ModelPackage", ModelPackageAttributes.builder()
            .modelPackageArn("arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/3")
            .image(container1Image)
            .modelData(container1ModelData)
            .build());
    IModelPackage container2ModelPackage = ModelPackage.fromModelPackageArn(this, "Container2ModelPackage",
        "arn:aws:sagemaker:eu-west-1:123456789012:model-package/explain/7");
    Map<String, String> container2Environment = new LinkedHashMap<>();
    container2Environment.put("EXPLAIN_TOP_K", "5");
    this.model = new Model(this, "Model", ModelProps.builder()
        .containers(List.of(
            ContainerDefinition.builder()
                .modelPackage(container1ModelPackage)
                .containerHostname("churn")
                .build(),
            ContainerDefinition.builder()
                .modelPackage(container2ModelPackage)
                .environment(container2Environment)
                .containerHostname("explain")
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
      return new RegisteredStack(scope, id);
    }
  }
}
