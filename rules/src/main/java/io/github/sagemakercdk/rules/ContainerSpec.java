package io.github.sagemakercdk.rules;

import java.util.List;
import java.util.Map;

/**
 * What the rules need to know of one container, in plain values.
 *
 * @param hostname the container hostname, or null when it has none
 * @param environment the environment entries in the order they were given (a list, so that a name given
 *     twice can be reported)
 */
public record ContainerSpec(String hostname, List<Map.Entry<String, String>> environment) {
  public ContainerSpec {
    environment = List.copyOf(environment);
  }
}
