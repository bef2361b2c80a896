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
import software.amazon.awscdk.services.iam.IRole;
import software.constructs.Construct;

@Generated(
    value = "io.github.sagemakercdk.processor.SageMakerProcessor",
    comments = "from com.acme.Pinned"
)
public class PinnedStack extends Stack {
  public static final String DEFAULT_ID = "PinnedStack";

  private final Model model;

  public PinnedStack(Construct scope, String id) {
    this(scope, id, null);
  }

  public PinnedStack(Construct scope, String id, StackProps props) {
    super(scope, id, props);
    ContainerImage container1Image = ContainerImage.fromEcrRepository(
        Repository.fromRepositoryName(this, "Container1Repository", "xgboost"), "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    this.model = new Model(this, "Model", ModelProps.builder()
        .containers(List.of(
            ContainerDefinition.builder()
                .image(container1Image)
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
      return new PinnedStack(scope, id);
    }
  }
}
