package io.github.sagemakercdk.processor;

import java.util.List;

/**
 * Where the generated stack's model runs and under which identity, every check passed. Empty lists and strings mean
 * "not given", so that the generated code sets only what was asked for.
 *
 * @param roleArn the existing execution role's ARN, or null for a new role
 * @param subnets the subnet IDs
 * @param securityGroups the security group IDs
 * @param tags the tags, in declaration order
 * @param account the pinned account (an ID or {@code current}), or empty
 * @param region the pinned region (a code or {@code current}), or empty
 */
record SettingsPlan(
    String roleArn,
    List<String> subnets,
    List<String> securityGroups,
    List<Tag> tags,
    String account,
    String region) {

  static final SettingsPlan NONE = new SettingsPlan(null, List.of(), List.of(), List.of(), "", "");

  SettingsPlan {
    subnets = List.copyOf(subnets);
    securityGroups = List.copyOf(securityGroups);
    tags = List.copyOf(tags);
  }

  boolean pinned() {
    return !account.isEmpty() || !region.isEmpty();
  }

  record Tag(String key, String value) {}
}
