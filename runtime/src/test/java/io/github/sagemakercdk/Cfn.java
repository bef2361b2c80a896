package io.github.sagemakercdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.constructs.IConstruct;

/** Reads synthesized templates in tests, with intrinsic functions flattened to readable text. */
public final class Cfn {
  private Cfn() {}

  /** The logical id of the child {@code childId} of {@code construct}, or of that child's own resource. */
  public static String logicalId(IConstruct construct, String childId) {
    IConstruct child = construct.getNode().findChild(childId);
    IConstruct element = child instanceof CfnElement ? child : child.getNode().getDefaultChild();
    return Stack.of(construct).getLogicalId((CfnElement) element);
  }

  /** The logical id of a model's {@code AWS::SageMaker::Model}. */
  public static String logicalId(Model model) {
    return logicalId(model, "Model");
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> resource(Template template, String logicalId) {
    Map<String, Object> resources = (Map<String, Object>) template.toJSON().get("Resources");
    Map<String, Object> resource = (Map<String, Object>) resources.get(logicalId);
    assertNotNull(resource, "no resource " + logicalId + " in " + resources.keySet());
    return resource;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> properties(Template template, String logicalId) {
    return (Map<String, Object>) resource(template, logicalId).get("Properties");
  }

  /** The model's properties, checked to be of type AWS::SageMaker::Model. */
  public static Map<String, Object> modelProperties(Template template, Model model) {
    Map<String, Object> resource = resource(template, logicalId(model));
    assertEquals("AWS::SageMaker::Model", resource.get("Type"));
    return properties(template, logicalId(model));
  }

  /** The model's containers in pipeline order, whether rendered as PrimaryContainer or Containers. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> containers(Template template, Model model) {
    Map<String, Object> properties = modelProperties(template, model);
    if (properties.containsKey("PrimaryContainer")) {
      return List.of((Map<String, Object>) properties.get("PrimaryContainer"));
    }
    return (List<Map<String, Object>>) properties.get("Containers");
  }

  /**
   * The statements of a policy resource, one line each: effect, actions, resources and any condition, with
   * values flattened, so a test can compare a whole policy with what it must be.
   */
  @SuppressWarnings("unchecked")
  public static List<String> statements(Template template, String policyLogicalId) {
    Map<String, Object> document = (Map<String, Object>) properties(template, policyLogicalId).get("PolicyDocument");
    return ((List<Map<String, Object>>) document.get("Statement")).stream().map(statement -> {
      String line = statement.get("Effect") + " " + strings(statement.get("Action")).stream().map(Cfn::flat).collect(Collectors.joining(","))
          + " on " + strings(statement.get("Resource")).stream().map(Cfn::flat).collect(Collectors.joining(", "));
      if (statement.containsKey("Condition")) {
        Map<String, Map<String, Object>> condition = (Map<String, Map<String, Object>>) statement.get("Condition");
        line += " if " + condition.entrySet().stream()
            .map(test -> test.getKey() + " " + test.getValue().entrySet().stream()
                .map(key -> key.getKey() + "=" + flat(key.getValue())).collect(Collectors.joining(" ")))
            .collect(Collectors.joining(" and "));
      }
      return line;
    }).toList();
  }

  /** The cdk-nag suppressions in a resource's metadata, one line each: rule, findings and reason. */
  @SuppressWarnings("unchecked")
  public static List<String> nagSuppressions(Template template, String logicalId) {
    Map<String, Object> metadata = (Map<String, Object>) resource(template, logicalId).get("Metadata");
    if (metadata == null || !metadata.containsKey("cdk_nag")) {
      return List.of();
    }
    List<Map<String, Object>> rules =
        (List<Map<String, Object>>) ((Map<String, Object>) metadata.get("cdk_nag")).get("rules_to_suppress");
    return rules.stream()
        .map(rule -> rule.get("id") + " " + rule.get("applies_to") + ": " + rule.get("reason"))
        .toList();
  }

  private static List<Object> strings(Object value) {
    return value instanceof List<?> list ? List.copyOf(list) : List.of(value);
  }

  /**
   * A value as text: {@code Ref} and {@code Fn::GetAtt} as {@code <Name>} and {@code <Name.Attribute>},
   * {@code Fn::Join} and {@code Fn::Sub} spelled out, so tests can compare whole ARNs and URIs.
   */
  public static String flat(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(Cfn::flat).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof String text) {
      return text.replace("${", "<").replace("}", ">");
    }
    if (value instanceof Map<?, ?> map && map.size() == 1) {
      Object ref = map.get("Ref");
      if (ref != null) {
        return "<" + ref + ">";
      }
      if (map.get("Fn::GetAtt") instanceof List<?> getAtt) {
        return "<" + getAtt.get(0) + "." + getAtt.get(1) + ">";
      }
      if (map.get("Fn::Sub") instanceof String sub) {
        return flat(sub);
      }
      if (map.get("Fn::FindInMap") instanceof List<?> find) {
        return "<" + flat(find.get(0)) + "[" + flat(find.get(1)) + "]." + flat(find.get(2)) + ">";
      }
      if (map.get("Fn::Join") instanceof List<?> join) {
        return ((List<?>) join.get(1)).stream().map(Cfn::flat).collect(Collectors.joining((String) join.get(0)));
      }
    }
    throw new IllegalArgumentException("cannot flatten " + value);
  }
}
