package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.StringLiterals.literal;

import static io.github.sagemakercdk.processor.GeneratedTypes.ASYNC_INFERENCE_CONFIG;
import static io.github.sagemakercdk.processor.GeneratedTypes.BACKLOG_SCALING_PROPS;
import static io.github.sagemakercdk.processor.GeneratedTypes.ENABLE_SCALING_PROPS;
import static io.github.sagemakercdk.processor.GeneratedTypes.INFERENCE_RESPONSE_TOPIC;
import static io.github.sagemakercdk.processor.GeneratedTypes.I_KEY;
import static io.github.sagemakercdk.processor.GeneratedTypes.I_TOPIC;
import static io.github.sagemakercdk.processor.GeneratedTypes.LIST;
import static io.github.sagemakercdk.processor.GeneratedTypes.NOTIFICATION_TOPICS;
import static io.github.sagemakercdk.processor.GeneratedTypes.S3_PATH;
import static io.github.sagemakercdk.processor.GeneratedTypes.TOPIC;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes what an {@code @AsyncEndpoint} adds to the endpoint part of a stack: the topics (imported by ARN, or
 * created with the key that encrypts them) and their getters, the endpoint config's asynchronous inference, and
 * the scaling on the backlog.
 */
final class AsyncEndpointWriter {
  private static final String SUCCESS_TOPIC_FIELD = "successTopic";
  private static final String ERROR_TOPIC_FIELD = "errorTopic";
  private static final String NOTIFICATION_KEY = "notificationKey";
  /** The construct id of the backlog policy, fixed so that a redeploy updates rather than replaces it. */
  private static final String SCALING_POLICY_ID = "BacklogScaling";

  private AsyncEndpointWriter() {}

  /** A field and getter per topic the endpoint notifies, for subscribing to it from code. */
  static void addMembers(TypeSpec.Builder type, EndpointPlan.Async endpoint) {
    if (endpoint.successTopic() != null) {
      type.addField(I_TOPIC, SUCCESS_TOPIC_FIELD, Modifier.PRIVATE, Modifier.FINAL)
          .addMethod(EndpointWriter.getter("getSuccessTopic", I_TOPIC, SUCCESS_TOPIC_FIELD));
    }
    if (endpoint.errorTopic() != null) {
      type.addField(I_TOPIC, ERROR_TOPIC_FIELD, Modifier.PRIVATE, Modifier.FINAL)
          .addMethod(EndpointWriter.getter("getErrorTopic", I_TOPIC, ERROR_TOPIC_FIELD));
    }
  }

  /** The topics, before the endpoint config that names them; one key for the topics the stack creates. */
  static CodeBlock topics(EndpointPlan.Async endpoint) {
    CodeBlock.Builder code = CodeBlock.builder();
    boolean creates = EndpointPlan.Async.CREATED.equals(endpoint.successTopic())
        || EndpointPlan.Async.CREATED.equals(endpoint.errorTopic());
    if (creates) {
      code.addStatement("$T $L = $T.createKey(this, $L)", I_KEY, NOTIFICATION_KEY, NOTIFICATION_TOPICS,
          literal("NotificationKey"));
    }
    topic(code, SUCCESS_TOPIC_FIELD, "SuccessTopic", endpoint.successTopic());
    topic(code, ERROR_TOPIC_FIELD, "ErrorTopic", endpoint.errorTopic());
    return code.build();
  }

  private static void topic(CodeBlock.Builder code, String field, String id, String topic) {
    if (topic == null) {
      return;
    }
    if (topic.equals(EndpointPlan.Async.CREATED)) {
      code.addStatement("this.$L = $T.create(this, $L, $L)", field, NOTIFICATION_TOPICS, literal(id), NOTIFICATION_KEY);
    } else {
      code.addStatement("this.$L = $T.fromTopicArn(this, $L, $L)", field, TOPIC, literal(id), literal(topic));
    }
  }

  /** The {@code AsyncInferenceConfig} of the endpoint config, with only what was given. */
  static CodeBlock asyncInference(EndpointPlan.Async endpoint) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$T.builder()\n", ASYNC_INFERENCE_CONFIG).indent().indent()
        .add(".outputPath($T.fromUri($L))\n", S3_PATH, literal(endpoint.outputPath()));
    if (endpoint.failurePath() != null) {
      code.add(".failurePath($T.fromUri($L))\n", S3_PATH, literal(endpoint.failurePath()));
    }
    if (endpoint.successTopic() != null) {
      code.add(".successTopic($L)\n", SUCCESS_TOPIC_FIELD);
    }
    if (endpoint.errorTopic() != null) {
      code.add(".errorTopic($L)\n", ERROR_TOPIC_FIELD);
    }
    List<String> include = endpoint.includeInferenceResponseIn();
    if (!include.isEmpty()) {
      code.add(".includeInferenceResponseIn($T.of(", LIST);
      for (int i = 0; i < include.size(); i++) {
        code.add(i == 0 ? "$T.$L" : ", $T.$L", INFERENCE_RESPONSE_TOPIC, include.get(i));
      }
      code.add("))\n");
    }
    if (endpoint.maxConcurrentInvocationsPerInstance() != null) {
      code.add(".maxConcurrentInvocationsPerInstance($L)\n", endpoint.maxConcurrentInvocationsPerInstance());
    }
    if (endpoint.outputKmsKey() != null) {
      code.add(".encryptionKey($L)\n", SettingsWriter.key("OutputKey", endpoint.outputKmsKey()));
    }
    return code.add(".build()").unindent().unindent().build();
  }

  /** Scaling of the variant on its backlog, from {@code minCapacity} (0: from no instance at all). */
  static CodeBlock backlogScaling(EndpointPlan.Async endpoint, String endpointField) {
    EndpointPlan.BacklogScaling scaling = endpoint.autoScaling();
    return CodeBlock.builder()
        .add("$L.findInstanceProductionVariant($L)\n", endpointField, literal(endpoint.variantName()))
        .add(".autoScaleInstanceCount($T.builder()\n", ENABLE_SCALING_PROPS).indent().indent()
        .add(".minCapacity($L)\n", scaling.minCapacity())
        .add(".maxCapacity($L)\n", scaling.maxCapacity())
        .add(".build())\n").unindent().unindent()
        .add(".scaleOnBacklog($L, $T.builder()\n", literal(SCALING_POLICY_ID), BACKLOG_SCALING_PROPS).indent().indent()
        .add(".targetBacklogPerInstance($L)\n", EndpointWriter.number(scaling.targetBacklogPerInstance()))
        .add(".build())").unindent().unindent()
        .build();
  }
}
