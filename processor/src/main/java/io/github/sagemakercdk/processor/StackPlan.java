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
 * @param dataCapture the data capture of the endpoint, or null for none
 * @param shadow the shadow variant of the endpoint, or null for none
 * @param hooks the class's {@code @CustomizeStack} methods, which the stack calls
 * @param component the inference component the model runs as on another class's endpoint, or null for none
 */
record StackPlan(
    TypeElement origin,
    String packageName,
    String modelName,
    boolean networkIsolation,
    boolean directInvocation,
    List<ContainerPlan> containers,
    EndpointPlan endpoint,
    SettingsPlan settings,
    DataCapturePlan dataCapture,
    ShadowPlan shadow,
    Hooks hooks,
    ComponentPlan component) {

  StackPlan {
    containers = List.copyOf(containers);
  }

  /** A model alone. */
  StackPlan(TypeElement origin, String packageName, String modelName, boolean networkIsolation,
      boolean directInvocation, List<ContainerPlan> containers, SettingsPlan settings) {
    this(origin, packageName, modelName, networkIsolation, directInvocation, containers, null, settings, null, null,
        Hooks.NONE, null);
  }

  /**
   * This plan, its model served from the endpoint (null: none), which captures data (null: none) and copies the
   * requests to a shadow variant (null: none).
   */
  StackPlan withEndpoint(EndpointPlan served, DataCapturePlan capture, ShadowPlan shadow) {
    return new StackPlan(origin, packageName, modelName, networkIsolation, directInvocation, containers, served,
        settings, capture, shadow, hooks, component);
  }

  /** This plan, its stack calling these {@code @CustomizeStack} methods at the end of its constructor. */
  StackPlan withHooks(Hooks methods) {
    return new StackPlan(origin, packageName, modelName, networkIsolation, directInvocation, containers, endpoint,
        settings, dataCapture, shadow, methods, component);
  }

  /** This plan, its model running as {@code placed} (null: none) on another class's endpoint. */
  StackPlan withComponent(ComponentPlan placed) {
    return new StackPlan(origin, packageName, modelName, networkIsolation, directInvocation, containers, endpoint,
        settings, dataCapture, shadow, hooks, placed);
  }

  /** The generated class's simple name, also the stack's construct id: {@code ChurnPipeline} gives {@code ChurnPipelineStack}. */
  static String stackClassName(TypeElement origin) {
    return origin.getSimpleName() + "Stack";
  }

  String stackClassName() {
    return stackClassName(origin);
  }
}
