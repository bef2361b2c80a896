package io.github.sagemakercdk.rules;

import java.util.List;

/**
 * What the rules need to know of a model, in plain values.
 *
 * @param modelName the physical model name, or null when CloudFormation names it
 * @param containers the containers in pipeline order
 */
public record ModelSpec(String modelName, List<ContainerSpec> containers) {
  public ModelSpec {
    containers = List.copyOf(containers);
  }
}
