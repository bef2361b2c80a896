package io.github.sagemakercdk;

import java.util.Objects;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

/**
 * SNS topics for the notifications of asynchronous inference, as this library creates them: encrypted with a
 * customer managed KMS key (so that the notifications, which may carry responses, are encrypted at rest) and
 * reachable over TLS only.
 */
public final class NotificationTopics {
  private NotificationTopics() {}

  /** A KMS key for topics, with yearly rotation, retained when the stack is deleted as aws-cdk-lib's keys are. */
  public static Key createKey(Construct scope, String id) {
    return Key.Builder.create(scope, id)
        .description("Encrypts the notification topics of SageMaker asynchronous inference")
        .enableKeyRotation(true)
        .removalPolicy(RemovalPolicy.RETAIN)
        .build();
  }

  /** A topic encrypted with {@code key} whose policy denies every request not made over TLS. */
  public static Topic create(Construct scope, String id, IKey key) {
    Objects.requireNonNull(key, "NotificationTopics.create: give the key the topic is encrypted with");
    return Topic.Builder.create(scope, id).masterKey(key).enforceSsl(true).build();
  }
}
