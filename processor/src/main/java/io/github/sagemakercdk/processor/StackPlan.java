package io.github.sagemakercdk.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything the generated stack is written from: a model that passed every check.
 *
 * @param origin the annotated class (the originating element of the generated file)
 * @param packageName the package of the class and of the generated stack
 * @param modelName the physical model name, or null to let CloudFormation choose
 * @param networkIsolation whether the containers run without network access
 * @param directInvocation whether a caller invokes one container at a time, by hostname
 * @param containers the containers in pipeline order
 * @param endpoint the endpoint serving the model, or null for a model alone
 * @param settings role, placement, tags, account and region ({@link SettingsPlan#NONE} when none is given)
 */
record StackPlan(
    TypeElement origin,
    String packageName,
    String modelName,
    boolean networkIsolation,
    boolean directInvocation,
    List<ContainerPlan> containers,
    EndpointPlan endpoint,
    SettingsPlan settings) {

  StackPlan {
    containers = List.copyOf(containers);
  }

  /** A model alone. */
  StackPlan(TypeElement origin, String packageName, String modelName, boolean networkIsolation,
      boolean directInvocation, List<ContainerPlan> containers, SettingsPlan settings) {
    this(origin, packageName, modelName, networkIsolation, directInvocation, containers, null, settings);
  }

  /** This plan, its model served from the endpoint (null: none). */
  StackPlan withEndpoint(EndpointPlan served) {
    return new StackPlan(origin, packageName, modelName, networkIsolation, directInvocation, containers, served,
        settings);
  }

  /** The generated class's simple name, also the stack's construct id: {@code ChurnPipeline} gives {@code ChurnPipelineStack}. */
  static String stackClassName(TypeElement origin) {
    return origin.getSimpleName() + "Stack";
  }

  String stackClassName() {
    return stackClassName(origin);
  }
}
