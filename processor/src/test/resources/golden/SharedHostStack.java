package com.acme;

import io.github.sagemakercdk.ComponentHostVariantProps;
import io.github.sagemakercdk.Endpoint;
import io.github.sagemakercdk.EndpointConfig;
import io.github.sagemakercdk.EndpointConfigProps;
import io.github.sagemakercdk.EndpointProps;
import io.github.sagemakercdk.InstanceType;
import io.github.sagemakercdk.ModelStackFactory;
import io.github.sagemakercdk.SageMakerApp;
import java.lang.Override;
import java.lang.String;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.FromRoleArnOptions;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.constructs.Construct;

@Generated(
    value = "io.github.sagemakercdk.processor.SageMakerProcessor",
    comments = "from com.acme.SharedHost"
)
public class SharedHostStack extends Stack {
  public static final String DEFAULT_ID = "SharedHostStack";

  private final IRole role;

  private final EndpointConfig endpointConfig;

  private final Endpoint endpoint;

  public SharedHostStack(Construct scope, String id) {
    this(scope, id, null);
  }

  public SharedHostStack(Construct scope, String id, StackProps props) {
    super(scope, id, props);
    this.role = Role.fromRoleArn(this, "ExecutionRole", "arn:aws:iam::123456789012:role/shared-host",
        FromRoleArnOptions.builder().mutable(false).build());
    this.endpointConfig = new EndpointConfig(this, "EndpointConfig", EndpointConfigProps.builder()
        .componentHostVariants(List.of(ComponentHostVariantProps.builder()
            .variantName("AllTraffic")
            .instanceType(InstanceType.of("ml.m5.xlarge"))
            .initialInstanceCount(1)
            .build()))
        .executionRole(role)
        .build());
    this.endpoint = new Endpoint(this, "Endpoint", EndpointProps.builder()
        .endpointConfig(endpointConfig)
        .endpointName("shared-host")
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
      return new SharedHostStack(scope, id);
    }
  }
}
