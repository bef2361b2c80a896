package com.acme;

import io.github.sagemakercdk.ComputeResourceRequirements;
import io.github.sagemakercdk.ContainerDefinition;
import io.github.sagemakercdk.ContainerImage;
import io.github.sagemakercdk.Endpoint;
import io.github.sagemakercdk.InferenceComponent;
import io.github.sagemakercdk.InferenceComponentProps;
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
    comments = "from com.acme.Embedder"
)
public class EmbedderStack extends Stack {
  public static final String DEFAULT_ID = "EmbedderStack";

  private final Model model;

  private final InferenceComponent inferenceComponent;

  public EmbedderStack(Construct scope, String id) {
    this(scope, id, null);
  }

  public EmbedderStack(Construct scope, String id, StackProps props) {
    super(scope, id, props);
    ContainerImage container1Image = ContainerImage.fromEcrRepository(
        Repository.fromRepositoryName(this, "Container1Repository", "embedder"), "1");
    this.model = new Model(this, "Model", ModelProps.builder()
        .containers(List.of(
            ContainerDefinition.builder()
                .image(container1Image)
                .build()))
        .build());
    this.inferenceComponent = new InferenceComponent(this, "InferenceComponent", InferenceComponentProps.builder()
        .endpoint(Endpoint.fromEndpointName(this, "Host", "shared-host"))
        .variantName("AllTraffic")
        .model(model)
        .computeResourceRequirements(ComputeResourceRequirements.builder()
            .minMemoryRequiredInMb(2048)
            .build())
        .copyCount(1)
        .build());
  }

  public Model getModel() {
    return model;
  }

  public IRole getRole() {
    return model.getRole();
  }

  public InferenceComponent getInferenceComponent() {
    return inferenceComponent;
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
      return new EmbedderStack(scope, id);
    }

    @Override
    public List<String> dependsOn() {
      return List.of("SharedHostStack");
    }
  }
}
