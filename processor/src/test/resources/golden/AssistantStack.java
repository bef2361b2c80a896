package com.acme;

import io.github.sagemakercdk.ContainerDefinition;
import io.github.sagemakercdk.ContainerImage;
import io.github.sagemakercdk.Endpoint;
import io.github.sagemakercdk.EndpointConfig;
import io.github.sagemakercdk.EndpointConfigProps;
import io.github.sagemakercdk.EndpointProps;
import io.github.sagemakercdk.InferenceAmiVersion;
import io.github.sagemakercdk.InstanceProductionVariantProps;
import io.github.sagemakercdk.InstanceType;
import io.github.sagemakercdk.ManagedInstanceScaling;
import io.github.sagemakercdk.Model;
import io.github.sagemakercdk.ModelProps;
import io.github.sagemakercdk.ModelStackFactory;
import io.github.sagemakercdk.RoutingStrategy;
import io.github.sagemakercdk.SageMakerApp;
import java.lang.Override;
import java.lang.String;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.IRole;
import software.constructs.Construct;

@Generated(
    value = "io.github.sagemakercdk.processor.SageMakerProcessor",
    comments = "from com.acme.Assistant"
)
public class AssistantStack extends Stack {
  public static final String DEFAULT_ID = "AssistantStack";

  private final Model model;

  private final EndpointConfig endpointConfig;

  private final Endpoint endpoint;

  public AssistantStack(Construct scope, String id) {
    this(scope, id, null);
  }

  public AssistantStack(Construct scope, String id, StackProps props) {
    super(scope, id, props);
    ContainerImage container1Image = ContainerImage.fromDlc("djl-inference", "0.29.0-lmi11.0.0-cu124");
    Map<String, String> container1Environment = new LinkedHashMap<>();
    container1Environment.put("HF_MODEL_ID", "acme/assistant-7b");
    this.model = new Model(this, "Model", ModelProps.builder()
        .containers(List.of(
            ContainerDefinition.builder()
                .image(container1Image)
                .environment(container1Environment)
                .build()))
        .build());
    this.endpointConfig = new EndpointConfig(this, "EndpointConfig", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(
            InstanceProductionVariantProps.builder()
                .variantName("AllTraffic")
                .model(model)
                .instanceType(InstanceType.of("ml.p3.2xlarge"))
                .initialInstanceCount(2)
                .volumeSizeInGb(256)
                .modelDataDownloadTimeout(Duration.seconds(1200))
                .containerStartupHealthCheckTimeout(Duration.seconds(900))
                .managedInstanceScaling(ManagedInstanceScaling.builder()
                    .minInstanceCount(2)
                    .maxInstanceCount(4)
                    .build())
                .routingStrategy(RoutingStrategy.LEAST_OUTSTANDING_REQUESTS)
                .inferenceAmiVersion(InferenceAmiVersion.of("al2-ami-sagemaker-inference-gpu-3-1"))
                .build()))
        .build());
    this.endpoint = new Endpoint(this, "Endpoint", EndpointProps.builder()
        .endpointConfig(endpointConfig)
        .build());
  }

  public Model getModel() {
    return model;
  }

  public IRole getRole() {
    return model.getRole();
  }

  public EndpointConfig getEndpointConfig() {
    return endpointConfig;
  }

  public Endpoint getEndpoint() {
    return endpoint;
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
      return new AssistantStack(scope, id);
    }
  }
}
