package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelRulesTest {

  private static ContainerSpec container(String hostname, String... environment) {
    List<Map.Entry<String, String>> entries = new ArrayList<>();
    for (int i = 0; i < environment.length; i += 2) {
      entries.add(Map.entry(environment[i], environment[i + 1]));
    }
    return new ContainerSpec(hostname, entries);
  }

  private static List<Rule> rules(List<Violation> violations) {
    return violations.stream().map(Violation::rule).toList();
  }

  @Test
  void aValidPipelineHasNoViolations() {
    ModelSpec model = new ModelSpec("churn-pipeline", List.of(
        container("pre", "SAGEMAKER_PROGRAM", "serve.py"), container("model")));
    assertEquals(List.of(), ModelRules.validate(model));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "model-1", "a--b", "A1b2"})
  void validNames(String name) {
    assertTrue(ModelRules.modelName(name).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", "a-", "a_b", "a.b", "ünicode"})
  void invalidNames(String name) {
    Violation violation = ModelRules.modelName(name).orElseThrow();
    assertEquals(Rule.MODEL_NAME, violation.rule());
    assertTrue(violation.toString().startsWith("[SM-MODEL-NAME] model name"), violation.toString());
  }

  @Test
  void namesAreAtMost63Characters() {
    assertTrue(ModelRules.modelName("a".repeat(63)).isEmpty());
    assertEquals(Rule.MODEL_NAME, ModelRules.modelName("a".repeat(64)).orElseThrow().rule());
  }

  @Test
  void containerCountIsOneToFifteen() {
    assertEquals(Rule.CONTAINER_COUNT, ModelRules.containerCount(0).orElseThrow().rule());
    assertTrue(ModelRules.containerCount(1).isEmpty());
    assertTrue(ModelRules.containerCount(15).isEmpty());
    Violation tooMany = ModelRules.containerCount(16).orElseThrow();
    assertEquals("a model has 16 containers: SageMaker takes 1 to 15 (one primary container, or an inference"
        + " pipeline of up to 15)", tooMany.message());
  }

  @Test
  void hostnamesAreAllOrNoneInAPipeline() {
    List<Violation> violations = ModelRules.validate(new ModelSpec(null, List.of(
        container("pre"), container(null), container("post"))));
    assertEquals(List.of(Rule.HOSTNAME_ALL_OR_NONE), rules(violations));
    assertEquals(Location.container(Attribute.HOSTNAME, 1), violations.get(0).location());
  }

  @Test
  void aSingleContainerMayHaveAHostnameAlone() {
    assertEquals(List.of(), ModelRules.validate(new ModelSpec(null, List.of(container("only")))));
  }

  @Test
  void hostnamesAreUniqueAndValid() {
    List<Violation> violations = ModelRules.validate(new ModelSpec(null, List.of(
        container("same"), container("same"), container("bad_name"))));
    assertEquals(List.of(Rule.HOSTNAME_DUPLICATE, Rule.HOSTNAME_PATTERN), rules(violations));
    assertEquals(1, violations.get(0).location().container());
    assertEquals(2, violations.get(1).location().container());
  }

  @Test
  void environmentKeysFollowThePattern() {
    List<Violation> violations = ModelRules.validate(new ModelSpec(null, List.of(
        container(null, "OK_1", "x", "1BAD", "x", "_fine", "y", "has-dash", "z"))));
    assertEquals(List.of(Rule.ENVIRONMENT_KEY_PATTERN, Rule.ENVIRONMENT_KEY_PATTERN), rules(violations));
    assertEquals(Location.environmentEntry(0, 1), violations.get(0).location());
    assertEquals(Location.environmentEntry(0, 3), violations.get(1).location());
  }

  @Test
  void environmentNamesAndValuesAreAtMost1024Bytes() {
    String longValue = "é".repeat(513); // 1026 bytes in UTF-8, 513 chars
    List<Violation> violations = ModelRules.validate(new ModelSpec(null, List.of(
        container(null, "K".repeat(1025), "v", "V", longValue, "EXACT", "x".repeat(1024)))));
    assertEquals(List.of(Rule.ENVIRONMENT_KEY_LENGTH, Rule.ENVIRONMENT_VALUE_LENGTH), rules(violations));
    assertTrue(violations.get(1).message().contains("1026 bytes"), violations.get(1).message());
  }

  @Test
  void environmentNamesAreGivenOnce() {
    List<Violation> violations = ModelRules.validate(new ModelSpec(null, List.of(
        container(null, "A", "1", "A", "2"))));
    assertEquals(List.of(Rule.ENVIRONMENT_DUPLICATE_KEY), rules(violations));
    assertEquals(Location.environmentEntry(0, 1), violations.get(0).location());
  }

  @Test
  void atMost100EnvironmentVariablesPerContainer() {
    String[] entries = new String[202];
    for (int i = 0; i < 101; i++) {
      entries[2 * i] = "K" + i;
      entries[2 * i + 1] = "v";
    }
    List<Violation> violations = ModelRules.validate(new ModelSpec(null, List.of(container(null, entries))));
    assertEquals(List.of(Rule.ENVIRONMENT_COUNT), rules(violations));
    assertEquals("container 1 has 101 environment variables: SageMaker allows at most 100 per container",
        violations.get(0).message());
  }

  @Test
  void allEnvironmentsTogetherAreAtMost32KiB() {
    // 3 containers x 11 entries x (3 + 1000) bytes = 33099 bytes > 32768.
    List<ContainerSpec> containers = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      String[] entries = new String[22];
      for (int i = 0; i < 11; i++) {
        entries[2 * i] = "K" + (i < 10 ? "0" : "") + i;
        entries[2 * i + 1] = "v".repeat(1000);
      }
      containers.add(container("c" + c, entries));
    }
    List<Violation> violations = ModelRules.validate(new ModelSpec(null, containers));
    assertEquals(List.of(Rule.ENVIRONMENT_TOTAL_SIZE), rules(violations));
    assertTrue(violations.get(0).message().contains("33099 bytes"), violations.get(0).message());
  }

  @Test
  void unresolvedValuesSkipTheChecksThatNeedTheirText() {
    String token = "${Token[TOKEN.1]}";
    ModelSpec model = new ModelSpec(token, List.of(container(token, token, token), container(token)));
    assertEquals(List.of(), ModelRules.validate(model, value -> value.contains("${Token[")));
  }

  @Test
  void vpcPlacementCounts() {
    assertEquals(List.of(), ModelRules.vpcConfig(2, 1));
    assertEquals(List.of(Rule.VPC_SUBNETS, Rule.VPC_SECURITY_GROUPS), rules(ModelRules.vpcConfig(0, 6)));
    assertEquals(List.of(Rule.VPC_SUBNETS), rules(ModelRules.vpcConfig(17, 5)));
  }

  @Test
  void messagesKeepHugeOrControlValuesOnOneShortLine() {
    Violation violation = ModelRules.modelName("bad\nname" + "x".repeat(500)).orElseThrow();
    assertTrue(violation.message().contains("bad\\u000aname"), violation.message());
    assertTrue(violation.message().length() < 400, violation.message());
    assertEquals(-1, violation.message().indexOf('\n'));
  }

  @Test
  void everyRuleHasADistinctId() {
    List<String> ids = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      ids.add(rule.id());
    }
    assertEquals(ids.size(), ids.stream().distinct().count());
    assertEquals(Collections.frequency(ids, "SM-CONTAINER-COUNT"), 1);
  }
}
