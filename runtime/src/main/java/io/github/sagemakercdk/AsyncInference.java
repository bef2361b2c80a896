package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.ModelGrants;
import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.AsyncInferenceRules;
import io.github.sagemakercdk.rules.AsyncInferenceSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sagemaker.CfnEndpointConfig;
import software.amazon.awscdk.services.sns.ITopic;

/**
 * The asynchronous inference of one endpoint config: checked when the config is created, rendered for
 * CloudFormation, and granted to the model of each of its variants once.
 */
final class AsyncInference {
  private final AsyncInferenceConfig config;
  /** The models already granted to, by identity: a model may serve several variants. */
  private final Set<IModel> granted = Collections.newSetFromMap(new IdentityHashMap<>());

  private AsyncInference(AsyncInferenceConfig config) {
    this.config = config;
  }

  /**
   * The config's asynchronous inference after checking it, or null for none.
   *
   * @throws IllegalArgumentException naming {@code subject} when a value breaks a SageMaker rule
   */
  static AsyncInference checked(String subject, AsyncInferenceConfig config) {
    if (config == null) {
      return null;
    }
    Violations.of(AsyncInferenceRules.validate(spec(config))).throwIfAny(subject);
    return new AsyncInference(config);
  }

  private static AsyncInferenceSpec spec(AsyncInferenceConfig config) {
    return new AsyncInferenceSpec(
        Tokens.known(config.getOutputPath().getUri()),
        config.getFailurePath() == null ? null : Tokens.known(config.getFailurePath().getUri()),
        config.getSuccessTopic() == null ? null : Tokens.known(config.getSuccessTopic().getTopicArn()),
        config.getErrorTopic() == null ? null : Tokens.known(config.getErrorTopic().getTopicArn()),
        config.getSuccessTopic() != null,
        config.getErrorTopic() != null,
        config.getIncludeInferenceResponseIn().stream().map(InferenceResponseTopic::name).toList(),
        Tokens.known(config.getMaxConcurrentInvocationsPerInstance()),
        config.getEncryptionKey() == null ? null : Tokens.known(config.getEncryptionKey().getKeyArn()));
  }

  /** What a model serving a variant of this config may do: write under the paths, publish, use the keys. */
  void grantTo(IModel model, Stack stack) {
    if (!granted.add(model)) {
      return;
    }
    ModelGrants grants = ModelBase.grantsOf(model);
    List<String> objects = new ArrayList<>();
    List<IKey> bucketKeys = new ArrayList<>();
    for (S3Path path : paths()) {
      objects.add(path.objectsArn());
      if (path.getBucket() != null && path.getBucket().getEncryptionKey() != null) {
        bucketKeys.add(path.getBucket().getEncryptionKey());
      }
    }
    grants.writeObjects(objects, bucketKeys, stack);
    if (config.getEncryptionKey() != null) {
      grants.encryptWith(config.getEncryptionKey());
    }
    for (ITopic topic : topics()) {
      grants.publish(topic);
    }
  }

  private List<S3Path> paths() {
    List<S3Path> paths = new ArrayList<>();
    paths.add(config.getOutputPath());
    if (config.getFailurePath() != null) {
      paths.add(config.getFailurePath());
    }
    return paths;
  }

  private List<ITopic> topics() {
    List<ITopic> topics = new ArrayList<>();
    if (config.getSuccessTopic() != null) {
      topics.add(config.getSuccessTopic());
    }
    if (config.getErrorTopic() != null && config.getErrorTopic() != config.getSuccessTopic()) {
      topics.add(config.getErrorTopic());
    }
    return topics;
  }

  /** The AsyncInferenceConfig property, with only what was given. */
  CfnEndpointConfig.AsyncInferenceConfigProperty render() {
    CfnEndpointConfig.AsyncInferenceNotificationConfigProperty notifications = null;
    if (config.getSuccessTopic() != null || config.getErrorTopic() != null) {
      notifications = CfnEndpointConfig.AsyncInferenceNotificationConfigProperty.builder()
          .successTopic(config.getSuccessTopic() == null ? null : config.getSuccessTopic().getTopicArn())
          .errorTopic(config.getErrorTopic() == null ? null : config.getErrorTopic().getTopicArn())
          .includeInferenceResponseIn(config.getIncludeInferenceResponseIn().isEmpty() ? null
              : config.getIncludeInferenceResponseIn().stream().map(InferenceResponseTopic::name).toList())
          .build();
    }
    CfnEndpointConfig.AsyncInferenceConfigProperty.Builder property =
        CfnEndpointConfig.AsyncInferenceConfigProperty.builder()
            .outputConfig(CfnEndpointConfig.AsyncInferenceOutputConfigProperty.builder()
                .s3OutputPath(config.getOutputPath().getUri())
                .s3FailurePath(config.getFailurePath() == null ? null : config.getFailurePath().getUri())
                .kmsKeyId(config.getEncryptionKey() == null ? null : config.getEncryptionKey().getKeyArn())
                .notificationConfig(notifications)
                .build());
    if (config.getMaxConcurrentInvocationsPerInstance() != null) {
      property.clientConfig(CfnEndpointConfig.AsyncInferenceClientConfigProperty.builder()
          .maxConcurrentInvocationsPerInstance(config.getMaxConcurrentInvocationsPerInstance())
          .build());
    }
    return property.build();
  }
}
