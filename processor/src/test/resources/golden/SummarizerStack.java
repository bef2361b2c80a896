package com.acme;

import io.github.sagemakercdk.AsyncInferenceConfig;
import io.github.sagemakercdk.ContainerDefinition;
import io.github.sagemakercdk.ContainerImage;
import io.github.sagemakercdk.Endpoint;
import io.github.sagemakercdk.EndpointConfig;
import io.github.sagemakercdk.EndpointConfigProps;
import io.github.sagemakercdk.EndpointProps;
import io.github.sagemakercdk.InferenceAmiVersion;
import io.github.sagemakercdk.InstanceProductionVariantProps;
import io.github.sagemakercdk.InstanceType;
import io.github.sagemakercdk.Model;
import io.github.sagemakercdk.ModelProps;
import io.github.sagemakercdk.ModelStackFactory;
import io.github.sagemakercdk.S3Path;
import io.github.sagemakercdk.SageMakerApp;
import java.lang.Override;
import java.lang.String;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.IRole;
import software.constructs.Construct;

@Generated(
    value = "io.github.sagemakercdk.processor.SageMakerProcessor",
    comments = "from com.acme.Summarizer"
)
public class SummarizerStack extends Stack {
  public static final String DEFAULT_ID = "SummarizerStack";

  private final Model model;

  private final EndpointConfig endpointConfig;

  private final Endpoint endpoint;

  public SummarizerStack(Construct scope, String id) {
    this(scope, id, null);
  }

  public SummarizerStack(Construct scope, String id, StackProps props) {
    super(scope, id, props);
    ContainerImage container1Image = ContainerImage.fromDlc("djl-inference", "0.29.0-neuronx-sdk2.19.1");
    this.model = new Model(this, "Model", ModelProps.builder()
        .containers(List.of(
            ContainerDefinition.builder()
                .image(container1Image)
                .build()))
        .build());
    this.endpointConfig = new EndpointConfig(this, "EndpointConfig", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(
            InstanceProductionVariantProps.builder()
                .variantName("AllTraffic")
                .model(model)
                .instanceType(InstanceType.of("ml.inf2.xlarge"))
                .initialInstanceCount(1)
                .volumeSizeInGb(128)
                .modelDataDownloadTimeout(Duration.seconds(600))
                .containerStartupHealthCheckTimeout(Duration.seconds(600))
                .inferenceAmiVersion(InferenceAmiVersion.of("al2-ami-sagemaker-inference-neuron-2"))
                .build()))
        .asyncInference(AsyncInferenceConfig.builder()
            .outputPath(S3Path.fromUri("s3://acme-async/summaries/"))
            .build())
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
      return new SummarizerStack(scope, id);
    }
  }
}
