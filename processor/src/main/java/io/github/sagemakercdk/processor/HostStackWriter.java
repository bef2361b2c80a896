package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.GeneratedTypes.COMPONENT_HOST_VARIANT_PROPS;
import static io.github.sagemakercdk.processor.GeneratedTypes.CONSTRUCT;
import static io.github.sagemakercdk.processor.GeneratedTypes.ENDPOINT;
import static io.github.sagemakercdk.processor.GeneratedTypes.ENDPOINT_CONFIG;
import static io.github.sagemakercdk.processor.GeneratedTypes.ENDPOINT_CONFIG_PROPS;
import static io.github.sagemakercdk.processor.GeneratedTypes.ENDPOINT_PROPS;
import static io.github.sagemakercdk.processor.GeneratedTypes.FROM_ROLE_ARN_OPTIONS;
import static io.github.sagemakercdk.processor.GeneratedTypes.INSTANCE_TYPE;
import static io.github.sagemakercdk.processor.GeneratedTypes.IROLE;
import static io.github.sagemakercdk.processor.GeneratedTypes.LIST;
import static io.github.sagemakercdk.processor.GeneratedTypes.ROLE;
import static io.github.sagemakercdk.processor.GeneratedTypes.SERVICE_PRINCIPAL;
import static io.github.sagemakercdk.processor.GeneratedTypes.STACK_PROPS;
import static io.github.sagemakercdk.processor.StringLiterals.literal;


import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes the stack of an {@code @InferenceComponentEndpoint} class: the execution role (created and named after the
 * endpoint, or the existing one given), the endpoint config of one variant that names no model, and the endpoint;
 * getters, a {@code main} and a {@code Factory}, as for a model's stack.
 */
final class HostStackWriter {
  private static final String SAGEMAKER_SERVICE = "sagemaker.amazonaws.com";

  private HostStackWriter() {}

  static JavaFile write(HostPlan plan) {
    ClassName stack = ClassName.get(plan.packageName(), plan.stackClassName());
    TypeSpec.Builder type = StackWriter.stackClass(stack, plan.origin())
        .addField(IROLE, "role", Modifier.PRIVATE, Modifier.FINAL)
        .addField(ENDPOINT_CONFIG, "endpointConfig", Modifier.PRIVATE, Modifier.FINAL)
        .addField(ENDPOINT, "endpoint", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(CONSTRUCT, "scope")
            .addParameter(String.class, "id")
            .addParameter(STACK_PROPS, "props")
            .addStatement("super(scope, id, props)")
            .addStatement("this.role = $L", role(plan))
            .addStatement("this.endpointConfig = $L", endpointConfig(plan))
            .addStatement("this.endpoint = new $T(this, $L, $T.builder()\n.endpointConfig(endpointConfig)\n"
                + ".endpointName($L)\n.build())", ENDPOINT, literal("Endpoint"), ENDPOINT_PROPS,
                literal(plan.endpointName()))
            .build())
        .addMethod(getter("getRole", IROLE, "role"))
        .addMethod(getter("getEndpointConfig", ENDPOINT_CONFIG, "endpointConfig"))
        .addMethod(getter("getEndpoint", ENDPOINT, "endpoint"))
        .addMethod(StackWriter.main())
        .addType(StackWriter.factory(stack).build());
    return JavaFile.builder(plan.packageName(), type.build()).build();
  }

  /** The components' execution role: named after the endpoint, so that their stacks find it by name. */
  private static CodeBlock role(HostPlan plan) {
    if (!plan.role().isEmpty()) {
      return CodeBlock.of("$T.fromRoleArn(this, $L, $L,\n$T.builder().mutable(false).build())", ROLE,
          literal("ExecutionRole"), literal(plan.role()), FROM_ROLE_ARN_OPTIONS);
    }
    return CodeBlock.of("$T.Builder.create(this, $L)\n.assumedBy(new $T($L))\n.roleName($L)\n.build()",
        ROLE, literal("ExecutionRole"), SERVICE_PRINCIPAL, literal(SAGEMAKER_SERVICE), literal(plan.endpointName()));
  }

  private static CodeBlock endpointConfig(HostPlan plan) {
    return CodeBlock.builder()
        .add("new $T(this, $L, $T.builder()\n", ENDPOINT_CONFIG, literal("EndpointConfig"), ENDPOINT_CONFIG_PROPS)
        .add(".componentHostVariants($T.of($T.builder()\n", LIST, COMPONENT_HOST_VARIANT_PROPS)
        .indent().indent()
        .add(".variantName($L)\n", literal(plan.variantName()))
        .add(".instanceType($T.of($L))\n", INSTANCE_TYPE, literal(plan.instanceType()))
        .add(".initialInstanceCount($L)\n", plan.initialInstanceCount())
        .add(managedScaling(plan))
        .add(routing(plan))
        .add(".build()))\n")
        .unindent().unindent()
        .add(".executionRole(role)\n")
        .add(".build())")
        .build();
  }

  private static CodeBlock managedScaling(HostPlan plan) {
    if (plan.maxInstanceCount() == 0) {
      return CodeBlock.of("");
    }
    return VariantLimitsWriter.managedInstanceScaling(plan.minInstanceCount(), plan.maxInstanceCount());
  }

  private static CodeBlock routing(HostPlan plan) {
    return plan.routingStrategy().isEmpty() ? CodeBlock.of("")
        : VariantLimitsWriter.routingStrategy(plan.routingStrategy());
  }

  private static MethodSpec getter(String name, ClassName type, String field) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $L", field)
        .build();
  }
}
