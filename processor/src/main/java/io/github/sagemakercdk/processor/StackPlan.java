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
 * @param containers the containers in pipeline order
 */
record StackPlan(
    TypeElement origin, String packageName, String modelName, boolean networkIsolation, List<ContainerPlan> containers) {

  StackPlan {
    containers = List.copyOf(containers);
  }

  /** The generated class's simple name, also the stack's construct id: {@code ChurnPipeline} gives {@code ChurnPipelineStack}. */
  static String stackClassName(TypeElement origin) {
    return origin.getSimpleName() + "Stack";
  }

  String stackClassName() {
    return stackClassName(origin);
  }
}
