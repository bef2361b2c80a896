package com.acme;

import io.github.sagemakercdk.BlueGreenUpdatePolicy;
import io.github.sagemakercdk.CapacitySize;
import io.github.sagemakercdk.ContainerDefinition;
import io.github.sagemakercdk.ContainerImage;
import io.github.sagemakercdk.DeploymentConfig;
import io.github.sagemakercdk.Endpoint;
import io.github.sagemakercdk.EndpointConfig;
import io.github.sagemakercdk.EndpointConfigProps;
import io.github.sagemakercdk.EndpointProps;
import io.github.sagemakercdk.InstanceProductionVariantProps;
import io.github.sagemakercdk.InstanceType;
import io.github.sagemakercdk.Model;
import io.github.sagemakercdk.ModelData;
import io.github.sagemakercdk.ModelProps;
import io.github.sagemakercdk.ModelStackFactory;
import io.github.sagemakercdk.SageMakerApp;
import io.github.sagemakercdk.TrafficRoutingConfig;
import java.lang.Override;
import java.lang.String;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

@Generated(
    value = "io.github.sagemakercdk.processor.SageMakerProcessor",
    comments = "from com.acme.Ranker"
)
public class RankerStack extends Stack {
  public static final String DEFAULT_ID = "RankerStack";

  private final Model model;

  private final EndpointConfig endpointConfig;

  private final Endpoint endpoint;

  public RankerStack(Construct scope, String id) {
    this(scope, id, null);
  }

  public RankerStack(Construct scope, String id, StackProps props) {
    super(scope, id, props);
    ContainerImage container1Image = ContainerImage.fromEcrRepository(
        Repository.fromRepositoryName(this, "Container1Repository", "ranker"), "4");
    ModelData container1ModelData = ModelData.fromBucket(
        Bucket.fromBucketName(this, "Container1ModelDataBucket", "acme-models"), "ranker/model.tar.gz");
    this.model = new Model(this, "Model", ModelProps.builder()
        .containers(List.of(
            ContainerDefinition.builder()
                .image(container1Image)
                .modelData(container1ModelData)
                .build()))
        .build());
    this.endpointConfig = new EndpointConfig(this, "EndpointConfig", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(
            InstanceProductionVariantProps.builder()
                .variantName("AllTraffic")
                .model(model)
                .instanceType(InstanceType.of("ml.c5.xlarge"))
                .initialInstanceCount(4)
                .build()))
        .build());
    this.endpoint = new Endpoint(this, "Endpoint", EndpointProps.builder()
        .endpointConfig(endpointConfig)
        .endpointName("ranker")
        .deploymentConfig(DeploymentConfig.builder()
            .blueGreenUpdatePolicy(BlueGreenUpdatePolicy.builder()
                .trafficRouting(TrafficRoutingConfig.canary(CapacitySize.capacityPercent(25), Duration.seconds(600)))
                .maximumExecutionTimeout(Duration.seconds(3600))
                .terminationWait(Duration.seconds(300))
                .build())
            .rollbackAlarms(List.of(
                Alarm.fromAlarmName(this, "RollbackAlarm1", "ranker-5xx"),
                Alarm.fromAlarmName(this, "RollbackAlarm2", "ranker-latency")))
            .build())
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
      return new RankerStack(scope, id);
    }
  }
}
