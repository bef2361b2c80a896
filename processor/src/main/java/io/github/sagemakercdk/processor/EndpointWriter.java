package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.StringLiterals.literal;

import static io.github.sagemakercdk.processor.GeneratedTypes.ENABLE_SCALING_PROPS;
import static io.github.sagemakercdk.processor.GeneratedTypes.ENDPOINT;
import static io.github.sagemakercdk.processor.GeneratedTypes.ENDPOINT_CONFIG;
import static io.github.sagemakercdk.processor.GeneratedTypes.ENDPOINT_CONFIG_PROPS;
import static io.github.sagemakercdk.processor.GeneratedTypes.ENDPOINT_PROPS;
import static io.github.sagemakercdk.processor.GeneratedTypes.INSTANCE_PRODUCTION_VARIANT_PROPS;
import static io.github.sagemakercdk.processor.GeneratedTypes.INSTANCE_TYPE;
import static io.github.sagemakercdk.processor.GeneratedTypes.INVOCATIONS_SCALING_PROPS;
import static io.github.sagemakercdk.processor.GeneratedTypes.LIST;
import static io.github.sagemakercdk.processor.GeneratedTypes.SERVERLESS_PRODUCTION_VARIANT_PROPS;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes the endpoint part of a stack: the {@code endpointConfig} and {@code endpoint} fields and getters, and the
 * statements that build them (and the auto scaling) right after the model. For a model without endpoint it adds
 * nothing, so such stacks stay exactly as they were.
 */
final class EndpointWriter {
  private static final String CONFIG_FIELD = "endpointConfig";
  private static final String ENDPOINT_FIELD = "endpoint";
  /** The construct id of the scaling policy, fixed so that a redeploy updates rather than replaces it. */
  private static final String SCALING_POLICY_ID = "InvocationsScaling";

  private EndpointWriter() {}

  /** The fields and their getters. */
  static void addMembers(TypeSpec.Builder type, EndpointPlan endpoint) {
    if (endpoint == null) {
      return;
    }
    type.addField(ENDPOINT_CONFIG, CONFIG_FIELD, Modifier.PRIVATE, Modifier.FINAL)
        .addField(ENDPOINT, ENDPOINT_FIELD, Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(getter("getEndpointConfig", ENDPOINT_CONFIG, CONFIG_FIELD))
        .addMethod(getter("getEndpoint", ENDPOINT, ENDPOINT_FIELD));
    if (endpoint instanceof EndpointPlan.Async async) {
      AsyncEndpointWriter.addMembers(type, async);
    }
  }

  /**
   * The statements that follow the model's, where {@code modelField} holds it; empty without endpoint. The config
   * captures data as {@code capture} says (null: none).
   */
  static CodeBlock construct(EndpointPlan endpoint, DataCapturePlan capture, ShadowPlan shadow, String modelField) {
    if (endpoint == null) {
      return CodeBlock.of("");
    }
    CodeBlock.Builder code = CodeBlock.builder();
    if (endpoint instanceof EndpointPlan.Async async) {
      code.add(AsyncEndpointWriter.topics(async));
    }
    code.addStatement("this.$L = $L", CONFIG_FIELD, endpointConfig(endpoint, capture, shadow, modelField))
        .addStatement("this.$L = $L", ENDPOINT_FIELD, endpoint(endpoint));
    if (endpoint instanceof EndpointPlan.Instance instance && instance.autoScaling() != null) {
      code.addStatement("$L", autoScaling(instance));
    }
    if (endpoint instanceof EndpointPlan.Async async && async.autoScaling() != null) {
      code.addStatement("$L", AsyncEndpointWriter.backlogScaling(async, ENDPOINT_FIELD));
    }
    return code.build();
  }

  private static CodeBlock endpointConfig(EndpointPlan endpoint, DataCapturePlan capture, ShadowPlan shadow,
      String modelField) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("new $T(this, $L, $T.builder()\n", ENDPOINT_CONFIG, literal("EndpointConfig"), ENDPOINT_CONFIG_PROPS);
    if (endpoint instanceof EndpointPlan.Instance instance) {
      instanceVariant(code, instance.variantName(), modelField, instance.instanceType(),
          instance.initialInstanceCount(), instance.limits(), instance.kmsKey());
    } else if (endpoint instanceof EndpointPlan.Async async) {
      instanceVariant(code, async.variantName(), modelField, async.instanceType(), async.initialInstanceCount(),
          async.limits(), async.kmsKey());
      code.add(".asyncInference($L)\n", AsyncEndpointWriter.asyncInference(async));
    } else {
      EndpointPlan.Serverless serverless = (EndpointPlan.Serverless) endpoint;
      code.add(".serverlessProductionVariant($T.builder()\n", SERVERLESS_PRODUCTION_VARIANT_PROPS).indent().indent()
          .add(".variantName($L)\n", literal(serverless.variantName()))
          .add(".model($L)\n", modelField)
          .add(".memorySizeInMb($L)\n", serverless.memorySizeInMb())
          .add(".maxConcurrency($L)\n", serverless.maxConcurrency());
      if (serverless.provisionedConcurrency() != null) {
        code.add(".provisionedConcurrency($L)\n", serverless.provisionedConcurrency());
      }
      code.add(".build())\n").unindent().unindent();
    }
    code.add(ShadowWriter.variantProperty(shadow));
    if (capture != null) {
      code.add(DataCaptureWriter.configProperty(capture));
    }
    return code.add(".build())").build();
  }

  /** The one instance variant of a config with the limits given, and the storage volume key when given. */
  private static void instanceVariant(CodeBlock.Builder code, String variantName, String modelField,
      String instanceType, int initialInstanceCount, VariantLimitsPlan limits, String kmsKey) {
    code.add(".instanceProductionVariants($T.of(\n", LIST).indent().indent()
        .add("$T.builder()\n", INSTANCE_PRODUCTION_VARIANT_PROPS).indent().indent()
        .add(".variantName($L)\n", literal(variantName))
        .add(".model($L)\n", modelField)
        .add(".instanceType($T.of($L))\n", INSTANCE_TYPE, literal(instanceType))
        .add(".initialInstanceCount($L)\n", initialInstanceCount)
        .add(VariantLimitsWriter.properties(limits))
        .add(".build()))\n").unindent().unindent().unindent().unindent();
    if (kmsKey != null) {
      code.add(".encryptionKey($L)\n", SettingsWriter.key("EndpointKey", kmsKey));
    }
  }

  private static CodeBlock endpoint(EndpointPlan endpoint) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("new $T(this, $L, $T.builder()\n", ENDPOINT, literal("Endpoint"), ENDPOINT_PROPS)
        .add(".endpointConfig($L)\n", CONFIG_FIELD);
    if (endpoint.endpointName() != null) {
      code.add(".endpointName($L)\n", literal(endpoint.endpointName()));
    }
    if (endpoint instanceof EndpointPlan.Instance instance && instance.deployment() != null) {
      code.add(".deploymentConfig($L)\n", DeploymentWriter.deploymentConfig(instance.deployment()));
    }
    return code.add(".build())").build();
  }

  private static CodeBlock autoScaling(EndpointPlan.Instance instance) {
    EndpointPlan.AutoScaling scaling = instance.autoScaling();
    return CodeBlock.builder()
        .add("$L.findInstanceProductionVariant($L)\n", ENDPOINT_FIELD, literal(instance.variantName()))
        .add(".autoScaleInstanceCount($T.builder()\n", ENABLE_SCALING_PROPS).indent().indent()
        .add(".minCapacity($L)\n", scaling.minCapacity())
        .add(".maxCapacity($L)\n", scaling.maxCapacity())
        .add(".build())\n").unindent().unindent()
        .add(".scaleOnInvocations($L, $T.builder()\n", literal(SCALING_POLICY_ID), INVOCATIONS_SCALING_PROPS).indent().indent()
        .add(".maxRequestsPerSecond($L)\n", number(scaling.maxRequestsPerSecond()))
        .add(".safetyFactor($L)\n", number(scaling.safetyFactor()))
        .add(".build())").unindent().unindent()
        .build();
  }

  /** A finite number as a Java literal: whole numbers in int range as ints ({@code 20}), others as doubles. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    if (value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  static MethodSpec getter(String name, ClassName type, String field) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $L", field)
        .build();
  }
}
