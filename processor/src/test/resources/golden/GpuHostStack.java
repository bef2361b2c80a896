package com.acme;

import io.github.sagemakercdk.ComponentHostVariantProps;
import io.github.sagemakercdk.Endpoint;
import io.github.sagemakercdk.EndpointConfig;
import io.github.sagemakercdk.EndpointConfigProps;
import io.github.sagemakercdk.EndpointProps;
import io.github.sagemakercdk.InstanceType;
import io.github.sagemakercdk.ManagedInstanceScaling;
import io.github.sagemakercdk.ModelStackFactory;
import io.github.sagemakercdk.RoutingStrategy;
import io.github.sagemakercdk.SageMakerApp;
import java.lang.Override;
import java.lang.String;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

@Generated(
    value = "io.github.sagemakercdk.processor.SageMakerProcessor",
    comments = "from com.acme.GpuHost"
)
public class GpuHostStack extends Stack {
  public static final String DEFAULT_ID = "GpuHostStack";

  private final IRole role;

  private final EndpointConfig endpointConfig;

  private final Endpoint endpoint;

  public GpuHostStack(Construct scope, String id) {
    this(scope, id, null);
  }

  public GpuHostStack(Construct scope, String id, StackProps props) {
    super(scope, id, props);
    this.role = Role.Builder.create(this, "ExecutionRole")
        .assumedBy(new ServicePrincipal("sagemaker.amazonaws.com"))
        .roleName("gpu-host")
        .build();
    this.endpointConfig = new EndpointConfig(this, "EndpointConfig", EndpointConfigProps.builder()
        .componentHostVariants(List.of(ComponentHostVariantProps.builder()
            .variantName("Gpus")
            .instanceType(InstanceType.of("ml.g5.12xlarge"))
            .initialInstanceCount(2)
            .managedInstanceScaling(ManagedInstanceScaling.builder()
                .minInstanceCount(0)
                .maxInstanceCount(4)
                .build())
            .routingStrategy(RoutingStrategy.LEAST_OUTSTANDING_REQUESTS)
            .build()))
        .executionRole(role)
        .build());
    this.endpoint = new Endpoint(this, "Endpoint", EndpointProps.builder()
        .endpointConfig(endpointConfig)
        .endpointName("gpu-host")
        .build());
  }

  public IRole getRole() {
    return role;
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
      return new GpuHostStack(scope, id);
    }
  }
}
