package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sagemakercdk.rules.HostingFeature;
import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostingExclusionsTest {

  private static List<Rule> rejected(String instanceType, HostingFeature... features) {
    Set<HostingFeature> set = features.length == 0 ? EnumSet.noneOf(HostingFeature.class) : EnumSet.of(features[0], features);
    return HostingExclusions.rejected(HostingSetup.of(instanceType, set)).stream().map(Violation::rule).toList();
  }

  @Test
  void serverlessExcludesVpcNetworkIsolationPipelinesAndMultiModel() {
    assertEquals(List.of(), rejected(null, HostingFeature.SERVERLESS));
    assertEquals(List.of(Rule.SERVERLESS_VPC), rejected(null, HostingFeature.SERVERLESS, HostingFeature.VPC));
    assertEquals(List.of(Rule.SERVERLESS_NETWORK_ISOLATION),
        rejected(null, HostingFeature.SERVERLESS, HostingFeature.NETWORK_ISOLATION));
    assertEquals(List.of(Rule.SERVERLESS_MULTI_CONTAINER),
        rejected(null, HostingFeature.SERVERLESS, HostingFeature.SEVERAL_CONTAINERS, HostingFeature.DIRECT_INVOCATION));
    assertEquals(List.of(Rule.SERVERLESS_MULTI_MODEL), rejected(null, HostingFeature.SERVERLESS, HostingFeature.MULTI_MODEL));
    assertEquals(List.of(Rule.SERVERLESS_VPC, Rule.SERVERLESS_NETWORK_ISOLATION, Rule.SERVERLESS_MULTI_CONTAINER),
        rejected(null, HostingFeature.NETWORK_ISOLATION, HostingFeature.SEVERAL_CONTAINERS, HostingFeature.VPC,
            HostingFeature.SERVERLESS));
  }

  @Test
  void theSameFeaturesOnInstancesAreFine() {
    assertEquals(List.of(), rejected("ml.m5.large", HostingFeature.VPC, HostingFeature.NETWORK_ISOLATION,
        HostingFeature.SEVERAL_CONTAINERS, HostingFeature.DIRECT_INVOCATION));
    assertEquals(List.of(), rejected("ml.c5.xlarge", HostingFeature.MULTI_MODEL, HostingFeature.VPC,
        HostingFeature.NETWORK_ISOLATION));
  }

  @Test
  void aMultiModelContainerIsItsModelsOnlyContainer() {
    assertEquals(List.of(Rule.MULTI_MODEL_SINGLE_CONTAINER),
        rejected("ml.m5.large", HostingFeature.MULTI_MODEL, HostingFeature.SEVERAL_CONTAINERS));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ml.m5.large", "ml.c6g.xlarge", "ml.r7gd.2xlarge", "ml.t2.medium", "ml.g5.xlarge",
      "ml.g5.16xlarge", "ml.g4dn.xlarge", "ml.g4dn.16xlarge", "ml.p2.xlarge", "ml.p3.2xlarge"})
  void multiModelEndpointsRunOnCpuTypesAndTheListedGpuTypes(String instanceType) {
    assertEquals(List.of(), rejected(instanceType, HostingFeature.MULTI_MODEL));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ml.g5.12xlarge", "ml.g5.48xlarge", "ml.g6.xlarge", "ml.p3.8xlarge", "ml.p4d.24xlarge",
      "ml.inf1.xlarge", "ml.inf2.xlarge", "ml.trn1.2xlarge", "ml.dl1.24xlarge", "ml.p6-b200.48xlarge"})
  void otherAcceleratedTypesCannotHostMultiModelEndpoints(String instanceType) {
    List<Violation> violations = HostingExclusions.rejected(
        HostingSetup.of(instanceType, EnumSet.of(HostingFeature.MULTI_MODEL)));
    assertEquals(List.of(Rule.MULTI_MODEL_INSTANCE_TYPE), violations.stream().map(Violation::rule).toList());
    assertEquals(Location.model(Attribute.INSTANCE_TYPE), violations.get(0).location());
    assertTrue(violations.get(0).message().startsWith("instance type \"" + instanceType + "\" cannot host"),
        violations.get(0).message());
    assertEquals(List.of(), rejected(instanceType));
  }

  @Test
  void instanceTypesBringTheirFeatures() {
    assertEquals(EnumSet.of(HostingFeature.ACCELERATED_INSTANCE, HostingFeature.INF1_INSTANCE,
        HostingFeature.INSTANCE_WITHOUT_MULTI_MODEL), HostingSetup.instanceFeatures("ml.inf1.6xlarge"));
    assertEquals(EnumSet.of(HostingFeature.ACCELERATED_INSTANCE), HostingSetup.instanceFeatures("ml.g5.2xlarge"));
    assertEquals(EnumSet.noneOf(HostingFeature.class), HostingSetup.instanceFeatures("ml.c6g.large"));
    assertEquals(EnumSet.noneOf(HostingFeature.class), HostingSetup.instanceFeatures("ml.m5d.large"));
  }

  @Test
  void everyRowIsLinkedToItsSourceAndHasItsOwnRule() {
    Set<Rule> rules = new HashSet<>();
    for (HostingExclusion row : HostingExclusions.rows()) {
      assertTrue(row.source().startsWith("https://docs.aws.amazon.com/sagemaker/"), row.source());
      assertTrue(rules.add(row.rule()), "two rows share " + row.rule());
      assertFalse(row.option() == row.excluded(), row.rule().toString());
    }
  }

  @Test
  void noRowIsAFallbackYet() {
    // Guarded deployments on Inf1, where SageMaker falls back silently, are rejected rows: the update asked for
    // would not happen.
    assertEquals(List.of(), HostingExclusions.fallbacks(HostingSetup.of("ml.inf1.xlarge",
        EnumSet.allOf(HostingFeature.class))));
  }
}
