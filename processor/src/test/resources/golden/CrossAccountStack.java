package com.acme;

import io.github.sagemakercdk.ContainerDefinition;
import io.github.sagemakercdk.ContainerImage;
import io.github.sagemakercdk.Model;
import io.github.sagemakercdk.ModelProps;
import io.github.sagemakercdk.ModelStackFactory;
import io.github.sagemakercdk.SageMakerApp;
import java.lang.Override;
import java.lang.String;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.RepositoryAttributes;
import software.amazon.awscdk.services.iam.IRole;
import software.constructs.Construct;

@Generated(
    value = "io.github.sagemakercdk.processor.SageMakerProcessor",
    comments = "from com.acme.CrossAccount"
)
public class CrossAccountStack extends Stack {
  public static final String DEFAULT_ID = "CrossAccountStack";

  private final Model model;

  public CrossAccountStack(Construct scope, String id) {
    this(scope, id, null);
  }

  public CrossAccountStack(Construct scope, String id, StackProps props) {
    super(scope, id, props);
    ContainerImage container1Image = ContainerImage.fromEcrRepository(
        Repository.fromRepositoryAttributes(this, "Container1Repository", RepositoryAttributes.builder()
            .repositoryName("shared/xgboost")
            .repositoryArn("arn:aws:ecr:eu-west-1:123456789012:repository/shared/xgboost")
            .build()),
        "1.7-1");
    ContainerImage container2Image = ContainerImage.fromEcrRepository(
        Repository.fromRepositoryAttributes(this, "Container2Repository", RepositoryAttributes.builder()
            .repositoryName("xgboost")
            .repositoryArn("arn:aws-cn:ecr:cn-north-1:210987654321:repository/xgboost")
            .build()),
        "sha256:fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210");
    ContainerImage container3Image = ContainerImage.fromEcrRepository(
        Repository.fromRepositoryAttributes(this, "Container3Repository", RepositoryAttributes.builder()
            .repositoryName("serve")
            .repositoryArn("arn:aws-us-gov:ecr:us-gov-west-1:111122223333:repository/serve")
            .build()),
        "latest");
    this.model = new Model(this, "Model", ModelProps.builder()
        .containers(List.of(
            ContainerDefinition.builder()
                .image(container1Image)
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
      return new CrossAccountStack(scope, id);
    }
  }
}
