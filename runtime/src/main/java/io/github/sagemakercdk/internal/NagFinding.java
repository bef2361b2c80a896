package io.github.sagemakercdk.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awscdk.Stack;

/**
 * The finding id cdk-nag's AwsSolutions-IAM5 reports for a wildcard resource: {@code Resource::} and the ARN
 * as CloudFormation renders it, with references written {@code <Name>} (cdk-nag's flattened form). A suppression
 * that names exactly this id covers this one resource and nothing else.
 */
public final class NagFinding {
  private NagFinding() {}

  /** The finding for {@code arn}, or null when its rendered form is one cdk-nag flattens in a way not covered here. */
  public static String forResource(Stack stack, String arn) {
    if (!Tokens.isUnresolved(arn)) {
      return "Resource::" + flatten(arn);
    }
    String flat = flatten(stack.resolve(arn));
    return flat == null ? null : "Resource::" + flat;
  }

  private static String flatten(Object node) {
    if (node instanceof String text) {
      return text.replace("${", "<").replace("}", ">");
    }
    if (!(node instanceof Map<?, ?> map) || map.size() != 1) {
      return null;
    }
    if (map.get("Ref") instanceof String ref) {
      return "<" + ref + ">";
    }
    if (map.get("Fn::GetAtt") instanceof List<?> getAtt && getAtt.size() == 2) {
      return "<" + flatten(getAtt.get(0)) + "." + flatten(getAtt.get(1)) + ">";
    }
    if (map.get("Fn::Join") instanceof List<?> join && join.size() == 2
        && join.get(0) instanceof String delimiter && join.get(1) instanceof List<?> parts) {
      List<String> flatParts = parts.stream().map(NagFinding::flatten).toList();
      return flatParts.contains(null) ? null : flatParts.stream().collect(Collectors.joining(delimiter));
    }
    return null;
  }
}
