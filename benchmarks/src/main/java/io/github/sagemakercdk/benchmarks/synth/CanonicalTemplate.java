package io.github.sagemakercdk.benchmarks.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A synthesized template with what depends on how it was written taken out, so that two templates with the same
 * models compare equal: logical ids become names derived from the model name ({@code Role[bench-model-1]}), the
 * statements of a role's policies are merged and sorted, and policy names (derived from logical ids) and construct
 * paths in the metadata are left out. Everything else - container properties, role trust policy, every statement,
 * DependsOn, the cdk-nag suppressions in the metadata - must match exactly.
 */
final class CanonicalTemplate {
  private static final String MODEL = "AWS::SageMaker::Model";
  private static final String ROLE = "AWS::IAM::Role";
  private static final String POLICY = "AWS::IAM::Policy";
  private static final String CONSTRUCT_PATH = "aws:cdk:path";

  private CanonicalTemplate() {}

  /** The canonical form of the template's resources: canonical name to type, properties and DependsOn. */
  static Map<String, Object> of(Map<String, Object> template) {
    Map<String, Map<String, Object>> resources = resources(template);
    Map<String, String> names = canonicalNames(resources);
    Map<String, Object> canonical = new TreeMap<>();
    Map<String, List<Object>> statementsByPolicy = new TreeMap<>();
    for (Map.Entry<String, Map<String, Object>> entry : resources.entrySet()) {
      String name = names.get(entry.getKey());
      Map<String, Object> resource = entry.getValue();
      Map<String, Object> properties = map(rename(resource.get("Properties"), names));
      if (POLICY.equals(resource.get("Type"))) {
        Map<String, Object> document = map(properties.get("PolicyDocument"));
        statementsByPolicy.computeIfAbsent(name, key -> new ArrayList<>()).addAll(list(document.get("Statement")));
        properties.remove("PolicyName");
        properties.put("PolicyDocument", Map.of("Version", document.get("Version")));
      }
      Map<String, Object> shape = new TreeMap<>();
      shape.put("Type", resource.get("Type"));
      shape.put("Properties", properties);
      shape.put("DependsOn", dependsOn(resource.get("DependsOn"), names));
      Map<String, Object> metadata = map(resource.get("Metadata"));
      metadata.remove(CONSTRUCT_PATH);
      shape.put("Metadata", metadata);
      Object previous = canonical.putIfAbsent(name, shape);
      if (previous != null && !previous.equals(shape)) {
        throw new IllegalStateException("two resources of " + name + " differ in more than their statements: "
            + previous + " and " + shape);
      }
    }
    statementsByPolicy.forEach((name, statements) -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) canonical.get(name)).get("Properties");
      List<Object> sorted = new ArrayList<>(new TreeSet<>(statements.stream().map(String::valueOf).toList()));
      properties.put("Statements", sorted);
    });
    return canonical;
  }

  private static Map<String, Map<String, Object>> resources(Map<String, Object> template) {
    Map<String, Map<String, Object>> resources = new TreeMap<>();
    map(template.get("Resources")).forEach((id, resource) -> resources.put(id, map(sorted(resource))));
    return resources;
  }

  /** Model and role names from the model's ModelName, policy names from the role they are attached to. */
  private static Map<String, String> canonicalNames(Map<String, Map<String, Object>> resources) {
    Map<String, String> names = new TreeMap<>();
    Map<String, String> modelOfRole = new TreeMap<>();
    resources.forEach((id, resource) -> {
      if (MODEL.equals(resource.get("Type"))) {
        Map<String, Object> properties = map(resource.get("Properties"));
        String modelName = String.valueOf(properties.get("ModelName"));
        names.put(id, "Model[" + modelName + "]");
        Object roleArn = properties.get("ExecutionRoleArn");
        String roleId = String.valueOf(list(map(roleArn).get("Fn::GetAtt")).get(0));
        modelOfRole.put(roleId, modelName);
        names.put(roleId, "Role[" + modelName + "]");
      }
    });
    resources.forEach((id, resource) -> {
      if (POLICY.equals(resource.get("Type"))) {
        List<Object> roles = list(map(resource.get("Properties")).get("Roles"));
        String roleId = roles.size() == 1 ? String.valueOf(map(roles.get(0)).get("Ref")) : null;
        if (!modelOfRole.containsKey(roleId)) {
          throw new IllegalStateException("policy " + id + " is attached to " + roles + ", not to one model's role");
        }
        names.put(id, "Policy[" + modelOfRole.get(roleId) + "]");
      }
    });
    resources.forEach((id, resource) -> {
      if (!names.containsKey(id) || !List.of(MODEL, ROLE, POLICY).contains(resource.get("Type"))) {
        throw new IllegalStateException("unexpected resource " + id + " of type " + resource.get("Type")
            + ": the benchmark's models have a model, a role and the role's policies, nothing else");
      }
    });
    return names;
  }

  private static List<String> dependsOn(Object dependsOn, Map<String, String> names) {
    if (dependsOn == null) {
      return List.of();
    }
    List<Object> ids = dependsOn instanceof List<?> list ? new ArrayList<>(list) : List.of(dependsOn);
    return new ArrayList<>(new TreeSet<>(ids.stream().map(id -> names.getOrDefault(String.valueOf(id), "?" + id)).toList()));
  }

  /** Replaces {@code {Ref: id}} and {@code {Fn::GetAtt: [id, attribute]}} by the canonical names of the ids. */
  private static Object rename(Object node, Map<String, String> names) {
    if (node instanceof Map<?, ?> map) {
      if (map.size() == 1 && map.get("Ref") instanceof String id && names.containsKey(id)) {
        return "Ref(" + names.get(id) + ")";
      }
      if (map.size() == 1 && map.get("Fn::GetAtt") instanceof List<?> getAtt && getAtt.size() == 2
          && names.containsKey(String.valueOf(getAtt.get(0)))) {
        return "GetAtt(" + names.get(String.valueOf(getAtt.get(0))) + "." + getAtt.get(1) + ")";
      }
      Map<String, Object> renamed = new TreeMap<>();
      map.forEach((key, value) -> renamed.put(String.valueOf(key), rename(value, names)));
      return renamed;
    }
    if (node instanceof List<?> list) {
      return list.stream().map(item -> rename(item, names)).toList();
    }
    return node;
  }

  /** Deep copy with every map sorted by key, so that printing gives one string per value. */
  private static Object sorted(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new TreeMap<>();
      map.forEach((key, value) -> copy.put(String.valueOf(key), sorted(value)));
      return copy;
    }
    if (node instanceof List<?> list) {
      return list.stream().map(CanonicalTemplate::sorted).toList();
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    if (node == null) {
      return new TreeMap<>();
    }
    if (!(node instanceof Map<?, ?>)) {
      throw new IllegalStateException("expected an object, found " + node);
    }
    return new TreeMap<>((Map<String, Object>) node);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object node) {
    if (node instanceof List<?>) {
      return (List<Object>) node;
    }
    return node == null ? List.of() : List.of(node);
  }

  /** The first canonical resource that differs, both ways written, or null when the two are equal. */
  static String firstDifference(Map<String, Object> left, String leftLabel, Map<String, Object> right,
      String rightLabel) {
    TreeSet<String> names = new TreeSet<>(left.keySet());
    names.addAll(right.keySet());
    for (String name : names) {
      if (!Objects.equals(left.get(name), right.get(name))) {
        return name + ":\n  " + leftLabel + ": " + left.get(name) + "\n  " + rightLabel + ": " + right.get(name);
      }
    }
    return null;
  }
}
