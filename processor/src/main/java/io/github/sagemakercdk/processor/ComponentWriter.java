package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.GeneratedTypes.COMPUTE_RESOURCE_REQUIREMENTS;
import static io.github.sagemakercdk.processor.GeneratedTypes.DURATION;
import static io.github.sagemakercdk.processor.GeneratedTypes.ENABLE_SCALING_PROPS;
import static io.github.sagemakercdk.processor.GeneratedTypes.ENDPOINT;
import static io.github.sagemakercdk.processor.GeneratedTypes.INFERENCE_COMPONENT;
import static io.github.sagemakercdk.processor.GeneratedTypes.INFERENCE_COMPONENT_PROPS;
import static io.github.sagemakercdk.processor.GeneratedTypes.INVOCATIONS_SCALING_PROPS;
import static io.github.sagemakercdk.processor.GeneratedTypes.LIST;
import static io.github.sagemakercdk.processor.GeneratedTypes.ROLE;
import static io.github.sagemakercdk.processor.StringLiterals.literal;


import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes the inference component part of a model's stack: the component on the host's endpoint, found by its name
 * (the host's stack is another stack, maybe another app), its field and getter, the auto scaling of its copies, and
 * the factory's dependency on the host's stack. Without a component it adds nothing.
 */
final class ComponentWriter {
  static final String FIELD = "inferenceComponent";

  private ComponentWriter() {}

  static void addMembers(TypeSpec.Builder type, ComponentPlan component) {
    if (component == null) {
      return;
    }
    // The stack is generated from the host's class too: a change to it must regenerate the stack.
    type.addOriginatingElement(component.host().origin())
        .addField(INFERENCE_COMPONENT, FIELD, Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.methodBuilder("getInferenceComponent")
            .addModifiers(Modifier.PUBLIC)
            .returns(INFERENCE_COMPONENT)
            .addStatement("return $L", FIELD)
            .build());
  }

  /** The component's statements, after the model's; empty without a component. */
  static CodeBlock construct(ComponentPlan component, String modelField) {
    if (component == null) {
      return CodeBlock.of("");
    }
    HostPlan host = component.host();
    CodeBlock.Builder code = CodeBlock.builder()
        .add("this.$L = new $T(this, $L, $T.builder()\n", FIELD, INFERENCE_COMPONENT, literal("InferenceComponent"),
            INFERENCE_COMPONENT_PROPS)
        .indent().indent()
        .add(".endpoint($T.fromEndpointName(this, $L, $L))\n", ENDPOINT, literal("Host"), literal(host.endpointName()))
        .add(".variantName($L)\n", literal(host.variantName()))
        .add(".model($L)\n", modelField);
    if (host.role().isEmpty()) {
      // The host's stack names its role after the endpoint; the component's model's images and data go to it.
      code.add(".hostExecutionRole($T.fromRoleName(this, $L, $L))\n", ROLE, literal("HostExecutionRole"),
          literal(host.endpointName()));
    }
    if (component.name() != null) {
      code.add(".inferenceComponentName($L)\n", literal(component.name()));
    }
    code.add(".computeResourceRequirements($T.builder()\n", COMPUTE_RESOURCE_REQUIREMENTS).indent().indent()
        .add(".minMemoryRequiredInMb($L)\n", component.minMemoryMb());
    if (component.maxMemoryMb() != null) {
      code.add(".maxMemoryRequiredInMb($L)\n", component.maxMemoryMb());
    }
    if (component.cpuCores() != null) {
      code.add(".numberOfCpuCoresRequired($L)\n", EndpointWriter.number(component.cpuCores()));
    }
    if (component.acceleratorDevices() != null) {
      code.add(".numberOfAcceleratorDevicesRequired($L)\n", component.acceleratorDevices());
    }
    code.add(".build())\n").unindent().unindent()
        .add(".copyCount($L)\n", component.copies());
    if (component.modelDataDownloadTimeoutInSeconds() != null) {
      code.add(".modelDataDownloadTimeout($T.seconds($L))\n", DURATION, component.modelDataDownloadTimeoutInSeconds());
    }
    if (component.containerStartupHealthCheckTimeoutInSeconds() != null) {
      code.add(".containerStartupHealthCheckTimeout($T.seconds($L))\n", DURATION,
          component.containerStartupHealthCheckTimeoutInSeconds());
    }
    code.add(".build());\n").unindent().unindent();
    ComponentPlan.CopyScaling scaling = component.scaling();
    if (scaling != null) {
      code.add("$L.autoScaleCopyCount($T.builder()\n", FIELD, ENABLE_SCALING_PROPS).indent().indent()
          .add(".minCapacity($L)\n", scaling.minCopies())
          .add(".maxCapacity($L)\n", scaling.maxCopies())
          .add(".build())\n")
          .add(".scaleOnInvocations($L, $T.builder()\n", literal("Invocations"), INVOCATIONS_SCALING_PROPS)
          .indent().indent()
          .add(".maxRequestsPerSecond($L)\n", EndpointWriter.number(scaling.maxRequestsPerSecond()))
          .add(".safetyFactor($L)\n", EndpointWriter.number(scaling.safetyFactor()))
          .add(".build());\n").unindent().unindent().unindent().unindent();
    }
    return code.build();
  }

  /** The factory's {@code dependsOn}: the host's stack, deployed first when both are in one app. */
  static MethodSpec dependsOn(ComponentPlan component) {
    return MethodSpec.methodBuilder("dependsOn")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(LIST, TypeName.get(String.class)))
        .addStatement("return $T.of($L)", LIST, literal(component.host().stackClassName()))
        .build();
  }
}
