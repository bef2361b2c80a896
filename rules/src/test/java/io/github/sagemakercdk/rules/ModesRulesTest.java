package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Multi-model containers and Direct invocation on the model itself. */
class ModesRulesTest {

  @Test
  void aMultiModelContainerLoadsFromAPrefix() {
    assertEquals(Optional.empty(), MultiModelRules.modelData(0, true, "s3://models/churn/", true));
    assertEquals(Optional.empty(), MultiModelRules.modelData(0, false, "s3://models/churn/model.tar.gz", true));
    assertEquals(Optional.empty(), MultiModelRules.modelData(0, false, null, true));
    assertEquals(Optional.empty(), MultiModelRules.modelData(0, true, null, false));
    Violation archive = MultiModelRules.modelData(2, true, "s3://models/churn/model.tar.gz", true).orElseThrow();
    assertEquals(Rule.MULTI_MODEL_DATA, archive.rule());
    assertEquals(Location.container(Attribute.MODEL_DATA, 2), archive.location());
    assertEquals("[SM-MULTI-MODEL-DATA] model data \"s3://models/churn/model.tar.gz\" is not an S3 prefix: a"
        + " multi-model container loads each model it is asked for from under one S3 prefix; give modelData as"
        + " s3://<bucket>/<prefix>/, ending in /", archive.toString());
    assertEquals(Rule.MULTI_MODEL_DATA, MultiModelRules.modelData(0, true, null, true).orElseThrow().rule());
    assertEquals(Rule.MODEL_DATA_PREFIX_WITHOUT_MULTI_MODEL,
        MultiModelRules.modelData(0, false, "s3://models/churn/", true).orElseThrow().rule());
  }

  @Test
  void directInvocationNeedsSeveralContainersEachWithAHostname() {
    assertEquals(List.of(), DirectInvocationRules.validate(List.of("pre", "model")));
    List<Violation> one = DirectInvocationRules.validate(List.of("model"));
    assertEquals(List.of(Rule.DIRECT_CONTAINER_COUNT), one.stream().map(Violation::rule).toList());
    assertEquals(Location.model(Attribute.DIRECT_INVOCATION), one.get(0).location());
    List<Violation> unnamed = DirectInvocationRules.validate(Arrays.asList("pre", null, null));
    assertEquals(List.of(Location.container(Attribute.HOSTNAME, 1), Location.container(Attribute.HOSTNAME, 2)),
        unnamed.stream().map(Violation::location).toList());
    assertEquals("[SM-DIRECT-HOSTNAME] container 2 has no hostname: with Direct invocation every container needs"
        + " one, since callers pick the container by it (TargetContainerHostname); give it a hostname",
        unnamed.get(0).toString());
  }

  @Test
  void directInvocationReplacesThePipelineHostnameRule() {
    ModelSpec model = new ModelSpec(null, List.of(
        new ContainerSpec("pre", List.of()), new ContainerSpec(null, List.of())));
    List<Violation> pipeline = ModelRules.validate(model);
    assertEquals(List.of(Rule.HOSTNAME_ALL_OR_NONE), pipeline.stream().map(Violation::rule).toList());
    assertEquals(List.of(Rule.DIRECT_HOSTNAME), DirectInvocationRules.forDirectInvocation(
        pipeline, Arrays.asList("pre", null)).stream().map(Violation::rule).toList());
  }
}
