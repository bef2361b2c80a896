package com.acme;

import io.github.sagemakercdk.ContainerDefinition;
import io.github.sagemakercdk.ContainerImage;
import io.github.sagemakercdk.Model;
import io.github.sagemakercdk.ModelProps;
import io.github.sagemakercdk.ModelStackFactory;
import io.github.sagemakercdk.PinnedEnvironment;
import io.github.sagemakercdk.SageMakerApp;
import java.lang.Override;
import java.lang.String;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.IRole;
import software.constructs.Construct;

@Generated(
    value = "io.github.sagemakercdk.processor.SageMakerProcessor",
    comments = "from com.acme.Regional"
)
public class RegionalStack extends Stack {
  public static final String DEFAULT_ID = "RegionalStack";

  private final Model model;

  public RegionalStack(Construct scope, String id) {
    this(scope, id, null);
  }

  public RegionalStack(Construct scope, String id, StackProps props) {
    super(scope, id, PinnedEnvironment.apply(id, props, "current", "current"));
    ContainerImage container1Image = ContainerImage.fromDlc("sklearn-inference", "1.2-1");
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
      return new RegionalStack(scope, id);
    }
  }
}
