package com.acme;

import io.github.sagemakercdk.ComputeResourceRequirements;
import io.github.sagemakercdk.ContainerDefinition;
import io.github.sagemakercdk.ContainerImage;
import io.github.sagemakercdk.Endpoint;
import io.github.sagemakercdk.InferenceComponent;
import io.github.sagemakercdk.InferenceComponentProps;
import io.github.sagemakercdk.InvocationsScalingProps;
import io.github.sagemakercdk.Model;
import io.github.sagemakercdk.ModelData;
import io.github.sagemakercdk.ModelProps;
import io.github.sagemakercdk.ModelStackFactory;
import io.github.sagemakercdk.SageMakerApp;
import java.lang.Override;
import java.lang.String;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

@Generated(
    value = "io.github.sagemakercdk.processor.SageMakerProcessor",
    comments = "from com.acme.Chat"
)
public class ChatStack extends Stack {
  public static final String DEFAULT_ID = "ChatStack";

  private final Model model;

  private final InferenceComponent inferenceComponent;

  public ChatStack(Construct scope, String id) {
    this(scope, id, null);
  }

  public ChatStack(Construct scope, String id, StackProps props) {
    super(scope, id, props);
    ContainerImage container1Image = ContainerImage.fromEcrRepository(
        Repository.fromRepositoryName(this, "Container1Repository", "llama-chat"), "3");
    ModelData container1ModelData = ModelData.fromBucket(
        Bucket.fromBucketName(this, "Container1ModelDataBucket", "acme-models"), "llama/model.tar.gz");
    this.model = new Model(this, "Model", ModelProps.builder()
        .containers(List.of(
            ContainerDefinition.builder()
                .image(container1Image)
                .modelData(container1ModelData)
                .build()))
        .build());
    this.inferenceComponent = new InferenceComponent(this, "InferenceComponent", InferenceComponentProps.builder()
        .endpoint(Endpoint.fromEndpointName(this, "Host", "gpu-host"))
        .variantName("Gpus")
        .model(model)
        .hostExecutionRole(Role.fromRoleName(this, "HostExecutionRole", "gpu-host"))
        .inferenceComponentName("llama-chat")
        .computeResourceRequirements(ComputeResourceRequirements.builder()
            .minMemoryRequiredInMb(24576)
            .maxMemoryRequiredInMb(32768)
            .numberOfCpuCoresRequired(2.5)
            .numberOfAcceleratorDevicesRequired(2)
            .build())
        .copyCount(1)
        .modelDataDownloadTimeout(Duration.seconds(1200))
        .containerStartupHealthCheckTimeout(Duration.seconds(600))
        .build());
    inferenceComponent.autoScaleCopyCount(EnableScalingProps.builder()
        .minCapacity(0)
        .maxCapacity(3)
        .build())
        .scaleOnInvocations("Invocations", InvocationsScalingProps.builder()
            .maxRequestsPerSecond(1.5)
            .safetyFactor(0.8)
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
      return new ChatStack(scope, id);
    }

    @Override
    public List<String> dependsOn() {
      return List.of("GpuHostStack");
    }
  }
}
