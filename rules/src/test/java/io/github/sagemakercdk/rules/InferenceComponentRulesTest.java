package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InferenceComponentRulesTest {

  private static List<Rule> rules(InferenceComponentSpec spec) {
    return InferenceComponentRules.component(spec).stream().map(Violation::rule).toList();
  }

  private static InferenceComponentSpec spec(Number cores, Number accelerators, Number min, Number max, Number copies,
      String instanceType) {
    return new InferenceComponentSpec("llama-chat", cores, accelerators, min, max, copies, instanceType);
  }

  @Test
  void theBoundariesOfTheApiReferencePass() {
    assertEquals(List.of(), rules(spec(0.25, 1, 128, 128, 0, "ml.g5.xlarge")));
    assertEquals(List.of(), rules(spec(null, null, 128, null, null, null)));
    assertEquals(List.of(), rules(spec(2, 8, 65536, 131072, 3, "ml.g5.48xlarge")));
  }

  @Test
  void justPastThemFails() {
    assertEquals(List.of(Rule.INFERENCE_COMPONENT_CPU_CORES, Rule.INFERENCE_COMPONENT_MIN_MEMORY,
        Rule.INFERENCE_COMPONENT_MAX_MEMORY, Rule.INFERENCE_COMPONENT_ACCELERATORS, Rule.INFERENCE_COMPONENT_COPY_COUNT)
        .stream().sorted().toList(), rules(spec(0.24, 0, 127, 127, -1, null)).stream().sorted().toList());
    assertEquals(List.of(Rule.INFERENCE_COMPONENT_ACCELERATORS), rules(spec(null, 1.5, 1024, null, 1, null)));
    assertEquals(List.of(Rule.INFERENCE_COMPONENT_COPY_COUNT), rules(spec(null, null, 1024, null, 1.5, null)));
  }

  @Test
  void maxMemoryIsAtLeastMinMemory() {
    List<Violation> violations = InferenceComponentRules.component(spec(null, null, 2048, 1024, 1, null));
    assertEquals(List.of(Rule.INFERENCE_COMPONENT_MAX_MEMORY), violations.stream().map(Violation::rule).toList());
    assertEquals(Location.model(Attribute.MAX_MEMORY), violations.get(0).location());
    assertTrue(violations.get(0).message().contains("maxMemoryRequiredInMb 1024")
        && violations.get(0).message().contains("(2048)"), violations.get(0).message());
  }

  @ParameterizedTest
  @CsvSource({"ml.g5.xlarge,1", "ml.g5.12xlarge,4", "ml.g5.48xlarge,8", "ml.p4d.24xlarge,8", "ml.g4dn.12xlarge,4",
      "ml.p2.16xlarge,16", "ml.g6e.24xlarge,4"})
  void oneCopyFitsOnOneInstanceOfTheHost(String instanceType, int gpus) {
    assertEquals(List.of(), rules(spec(null, gpus, 1024, null, 1, instanceType)));
    List<Violation> violations = InferenceComponentRules.component(spec(null, gpus + 1, 1024, null, 1, instanceType));
    assertEquals(List.of(Rule.INFERENCE_COMPONENT_ACCELERATORS_EXCEED_INSTANCE),
        violations.stream().map(Violation::rule).toList());
    assertTrue(violations.get(0).message().startsWith("numberOfAcceleratorDevicesRequired " + (gpus + 1)
        + " is more than the " + gpus + " GPU(s) of instance type \"" + instanceType + "\""),
        violations.get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ml.m5.large", "ml.c6g.xlarge", "ml.r7i.2xlarge", "ml.t2.medium"})
  void aCpuInstanceHasNoAccelerator(String instanceType) {
    assertEquals(List.of(Rule.INFERENCE_COMPONENT_ACCELERATORS_WITHOUT_ACCELERATOR),
        rules(spec(null, 1, 1024, null, 1, instanceType)));
    assertEquals(List.of(), rules(spec(2, null, 1024, null, 1, instanceType)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ml.inf2.xlarge", "ml.trn1.32xlarge", "ml.dl1.24xlarge", "ml.p6-b200.48xlarge"})
  void acceleratedTypesOutsideTheGpuTableAreNotChecked(String instanceType) {
    assertEquals(List.of(), rules(spec(null, 64, 1024, null, 1, instanceType)));
  }

  @Test
  void theGpuTableIsSortedAndCoversOnlyHostableTypes() {
    List<String> types = List.copyOf(Limits.GPUS_BY_INSTANCE_TYPE.keySet());
    assertEquals(types.stream().sorted().toList(), types);
    for (Map.Entry<String, Integer> entry : Limits.GPUS_BY_INSTANCE_TYPE.entrySet()) {
      assertTrue(Limits.PRODUCTION_VARIANT_INSTANCE_TYPES.contains(entry.getKey()), entry.getKey());
      assertTrue(HostingSetup.instanceFeatures(entry.getKey()).contains(HostingFeature.ACCELERATED_INSTANCE));
      assertTrue(entry.getValue() >= 1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "llama-3-chat", "A1", "x-y-z"})
  void validNames(String name) {
    assertTrue(InferenceComponentRules.name(name).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", "a-", "a_b", "a.b"})
  void invalidNames(String name) {
    assertEquals(Rule.INFERENCE_COMPONENT_NAME, InferenceComponentRules.name(name).orElseThrow().rule());
  }

  @Test
  void aNameOf63CharactersAtMost() {
    assertTrue(InferenceComponentRules.name("a".repeat(63)).isEmpty());
    assertEquals(Rule.INFERENCE_COMPONENT_NAME, InferenceComponentRules.name("a".repeat(64)).orElseThrow().rule());
  }

  @Test
  void copyScalingGoesDownToZeroCopies() {
    assertEquals(List.of(), InferenceComponentRules.copyScaling(0, 1, 1));
    assertEquals(List.of(), InferenceComponentRules.copyScaling(0, 4, null));
    assertEquals(List.of(Rule.INFERENCE_COMPONENT_COPY_SCALING),
        InferenceComponentRules.copyScaling(0, 0, 0).stream().map(Violation::rule).toList());
    assertEquals(List.of(Rule.INFERENCE_COMPONENT_COPY_SCALING),
        InferenceComponentRules.copyScaling(3, 2, 2).stream().map(Violation::rule).toList());
    assertEquals(List.of(Rule.INFERENCE_COMPONENT_COPY_SCALING),
        InferenceComponentRules.copyScaling(-1, 2, 1).stream().map(Violation::rule).toList());
    assertEquals(List.of(Rule.INFERENCE_COMPONENT_COPY_COUNT_OUTSIDE_SCALING),
        InferenceComponentRules.copyScaling(2, 4, 1).stream().map(Violation::rule).toList());
  }

  @Test
  void componentsExcludeServerlessAndMultiModelContainers() {
    assertEquals(List.of(Rule.INFERENCE_COMPONENTS_SERVERLESS), HostingExclusions.rejected(HostingSetup.of(null,
        EnumSet.of(HostingFeature.INFERENCE_COMPONENTS, HostingFeature.SERVERLESS))).stream().map(Violation::rule)
        .toList());
    assertEquals(List.of(Rule.INFERENCE_COMPONENTS_MULTI_MODEL), HostingExclusions.rejected(HostingSetup.of(
        "ml.g5.xlarge", EnumSet.of(HostingFeature.INFERENCE_COMPONENTS, HostingFeature.MULTI_MODEL))).stream()
        .map(Violation::rule).toList());
    assertEquals(List.of(), HostingExclusions.rejected(HostingSetup.of("ml.g5.12xlarge",
        EnumSet.of(HostingFeature.INFERENCE_COMPONENTS, HostingFeature.VPC))));
  }
}
