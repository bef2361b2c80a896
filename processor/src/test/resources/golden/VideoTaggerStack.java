package com.acme;

import io.github.sagemakercdk.AsyncInferenceConfig;
import io.github.sagemakercdk.BacklogScalingProps;
import io.github.sagemakercdk.ContainerDefinition;
import io.github.sagemakercdk.ContainerImage;
import io.github.sagemakercdk.Endpoint;
import io.github.sagemakercdk.EndpointConfig;
import io.github.sagemakercdk.EndpointConfigProps;
import io.github.sagemakercdk.EndpointProps;
import io.github.sagemakercdk.InferenceResponseTopic;
import io.github.sagemakercdk.InstanceProductionVariantProps;
import io.github.sagemakercdk.InstanceType;
import io.github.sagemakercdk.Model;
import io.github.sagemakercdk.ModelData;
import io.github.sagemakercdk.ModelProps;
import io.github.sagemakercdk.ModelStackFactory;
import io.github.sagemakercdk.NotificationTopics;
import io.github.sagemakercdk.S3Path;
import io.github.sagemakercdk.SageMakerApp;
import java.lang.Override;
import java.lang.String;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

@Generated(
    value = "io.github.sagemakercdk.processor.SageMakerProcessor",
    comments = "from com.acme.VideoTagger"
)
public class VideoTaggerStack extends Stack {
  public static final String DEFAULT_ID = "VideoTaggerStack";

  private final Model model;

  private final EndpointConfig endpointConfig;

  private final Endpoint endpoint;

  private final ITopic successTopic;

  private final ITopic errorTopic;

  public VideoTaggerStack(Construct scope, String id) {
    this(scope, id, null);
  }

  public VideoTaggerStack(Construct scope, String id, StackProps props) {
    super(scope, id, props);
    ContainerImage container1Image = ContainerImage.fromEcrRepository(
        Repository.fromRepositoryName(this, "Container1Repository", "video-tagger"), "2.0");
    ModelData container1ModelData = ModelData.fromBucket(
        Bucket.fromBucketName(this, "Container1ModelDataBucket", "acme-models"), "tagger/model.tar.gz");
    this.model = new Model(this, "Model", ModelProps.builder()
        .containers(List.of(
            ContainerDefinition.builder()
                .image(container1Image)
                .modelData(container1ModelData)
                .build()))
        .build());
    IKey notificationKey = NotificationTopics.createKey(this, "NotificationKey");
    this.successTopic = NotificationTopics.create(this, "SuccessTopic", notificationKey);
    this.errorTopic = Topic.fromTopicArn(this, "ErrorTopic", "arn:aws:sns:eu-west-1:123456789012:tagger-errors");
    this.endpointConfig = new EndpointConfig(this, "EndpointConfig", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(
            InstanceProductionVariantProps.builder()
                .variantName("AllTraffic")
                .model(model)
                .instanceType(InstanceType.of("ml.c5.xlarge"))
                .initialInstanceCount(1)
                .build()))
        .encryptionKey(Key.fromKeyArn(this, "EndpointKey", "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"))
        .asyncInference(AsyncInferenceConfig.builder()
            .outputPath(S3Path.fromUri("s3://acme-async/tagger/output/"))
            .failurePath(S3Path.fromUri("s3://acme-async/tagger/failures/"))
            .successTopic(successTopic)
            .errorTopic(errorTopic)
            .includeInferenceResponseIn(List.of(InferenceResponseTopic.SUCCESS_NOTIFICATION_TOPIC, InferenceResponseTopic.ERROR_NOTIFICATION_TOPIC))
            .maxConcurrentInvocationsPerInstance(4)
            .encryptionKey(Key.fromKeyArn(this, "OutputKey", "arn:aws:kms:eu-west-1:123456789012:alias/async-output"))
            .build())
        .build());
    this.endpoint = new Endpoint(this, "Endpoint", EndpointProps.builder()
        .endpointConfig(endpointConfig)
        .endpointName("video-tagger")
        .build());
    endpoint.findInstanceProductionVariant("AllTraffic")
        .autoScaleInstanceCount(EnableScalingProps.builder()
            .minCapacity(0)
            .maxCapacity(4)
            .build())
        .scaleOnBacklog("BacklogScaling", BacklogScalingProps.builder()
            .targetBacklogPerInstance(2.5)
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

  public ITopic getSuccessTopic() {
    return successTopic;
  }

  public ITopic getErrorTopic() {
    return errorTopic;
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
      return new VideoTaggerStack(scope, id);
    }
  }
}
