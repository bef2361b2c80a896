package io.github.sagemakercdk.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order the containers of a pipeline run in: declaration order, or the {@code order} every container gives
 * (1 to N, each once, so without gaps).
 */
final class PipelineOrder {
  private PipelineOrder() {}

  /**
   * The containers in pipeline order. When the orders break the rules, each problem goes to the report and
   * declaration order is returned, so that the other checks still number the containers sensibly.
   */
  static List<ContainerDeclaration> arrange(List<ContainerDeclaration> containers, ValidationReport.Builder report) {
    List<ContainerDeclaration> ordered = containers.stream().filter(c -> c.order().value() != 0).toList();
    if (ordered.isEmpty()) {
      return containers;
    }
    int count = containers.size();
    boolean valid = true;
    ContainerDeclaration firstOrdered = ordered.get(0);
    for (ContainerDeclaration container : containers) {
      if (container.order().value() == 0) {
        report.error(container.site(), Problem.ORDER_ALL_OR_NONE.message(
            container.number(), firstOrdered.number(), firstOrdered.order().value(), count));
        valid = false;
      }
    }
    Map<Integer, ContainerDeclaration> byPosition = new HashMap<>();
    for (ContainerDeclaration container : ordered) {
      int position = container.order().value();
      if (position < 1 || position > count) {
        report.error(container.order().site(), Problem.ORDER_RANGE.message(position, count, count));
        valid = false;
        continue;
      }
      ContainerDeclaration previous = byPosition.putIfAbsent(position, container);
      if (previous != null) {
        report.error(container.order().site(),
            Problem.ORDER_DUPLICATE.message(position, previous.number(), container.number(), count));
        valid = false;
      }
    }
    if (!valid) {
      return containers;
    }
    List<ContainerDeclaration> pipeline = new ArrayList<>(containers);
    pipeline.sort(Comparator.comparingInt(c -> c.order().value()));
    return pipeline;
  }
}
