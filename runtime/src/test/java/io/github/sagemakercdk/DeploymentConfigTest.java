package io.github.sagemakercdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IAlarm;

/**
 * Guarded deployments: the endpoint's DeploymentConfig for blue/green (all at once, canary, linear) and rolling
 * updates, rollback on alarm constructs and alarms by name, SageMaker's ranges at the call, the batch sizes against
 * the variant and the exclusions at synth, and cdk-nag.
 */
class DeploymentConfigTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(DeploymentConfigTest.class);

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  private static EndpointConfig config(Stack stack, int instances) {
    Model model = HostingFixtures.model(stack, "Model");
    return new EndpointConfig(stack, "EndpointConfig", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", model)
            .initialInstanceCount(instances).build()))
        .build());
  }

  private static Alarm latencyAlarm(Stack stack, Endpoint endpoint) {
    return Alarm.Builder.create(stack, "LatencyAlarm")
        .alarmName("churn-scorer-latency")
        .metric(endpoint.findInstanceProductionVariant("AllTraffic").metricModelLatency())
        .threshold(500_000).evaluationPeriods(1)
        .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
        .build();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deploymentConfig(Template template, Endpoint endpoint) {
    return (Map<String, Object>) Cfn.properties(template, Cfn.logicalId(endpoint, "Endpoint")).get("DeploymentConfig");
  }

  @Test
  void aCanaryBlueGreenDeploymentRollsBackOnAnAlarmConstructAndAnAlarmByName() {
    Stack stack = new Stack(new App(), "Canary");
    EndpointConfig config = config(stack, 4);
    // The alarm watches the endpoint, so it is made after it: the config takes alarms made later, by name.
    IAlarm byName = Alarm.fromAlarmName(stack, "Errors", "churn-scorer-5xx");
    Endpoint endpoint = Endpoint.Builder.create(stack, "Endpoint").endpointConfig(config)
        .deploymentConfig(DeploymentConfig.builder()
            .blueGreenUpdatePolicy(BlueGreenUpdatePolicy.builder()
                .trafficRouting(TrafficRoutingConfig.canary(CapacitySize.instanceCount(1), Duration.minutes(10)))
                .maximumExecutionTimeout(Duration.hours(2))
                .terminationWait(Duration.minutes(5))
                .build())
            .rollbackAlarms(List.of(byName))
            .build())
        .build();

    Template template = templates.of(stack);
    assertEquals(Map.of(
            "BlueGreenUpdatePolicy", Map.of(
                "TrafficRoutingConfiguration", Map.of("Type", "CANARY", "WaitIntervalInSeconds", 600,
                    "CanarySize", Map.of("Type", "INSTANCE_COUNT", "Value", 1)),
                "MaximumExecutionTimeoutInSeconds", 7200,
                "TerminationWaitInSeconds", 300),
            "AutoRollbackConfiguration", Map.of("Alarms", List.of(Map.of("AlarmName", "churn-scorer-5xx")))),
        deploymentConfig(template, endpoint));
    // SageMaker reads the alarms with the model's execution role: that one alarm, nothing else.
    Model model = (Model) stack.getNode().findChild("Model");
    assertEquals(LeastPrivilegeTest.withHosting(List.of(
            "Allow ecr:BatchCheckLayerAvailability,ecr:GetDownloadUrlForLayer,ecr:BatchGetImage on"
                + " arn:<AWS::Partition>:ecr:<AWS::Region>:<AWS::AccountId>:repository/xgboost",
            "Allow ecr:GetAuthorizationToken on *",
            "Allow s3:GetObject on arn:<AWS::Partition>:s3:::churn-models/xgb/model.tar.gz",
            "Allow cloudwatch:DescribeAlarms on"
                + " arn:<AWS::Partition>:cloudwatch:<AWS::Region>:<AWS::AccountId>:alarm:churn-scorer-5xx")),
        Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy")));
  }

  @Test
  void linearAllAtOnceAndAlarmConstructs() {
    Stack stack = new Stack(new App(), "Linear");
    EndpointConfig config = config(stack, 10);
    Endpoint endpoint = Endpoint.Builder.create(stack, "Endpoint").endpointConfig(config)
        .deploymentConfig(DeploymentConfig.builder()
            .blueGreenUpdatePolicy(BlueGreenUpdatePolicy.builder()
                .trafficRouting(TrafficRoutingConfig.linear(CapacitySize.capacityPercent(20), Duration.seconds(120)))
                .build())
            .build())
        .build();
    Template template = templates.of(stack);
    assertEquals(Map.of("BlueGreenUpdatePolicy", Map.of("TrafficRoutingConfiguration", Map.of("Type", "LINEAR",
            "WaitIntervalInSeconds", 120, "LinearStepSize", Map.of("Type", "CAPACITY_PERCENT", "Value", 20)))),
        deploymentConfig(template, endpoint));

    Stack other = new Stack(new App(), "AllAtOnce");
    EndpointConfig otherConfig = config(other, 1);
    Alarm alarm = Alarm.Builder.create(other, "Alarm")
        .metric(new software.amazon.awscdk.services.cloudwatch.Metric(
            software.amazon.awscdk.services.cloudwatch.MetricProps.builder()
                .namespace("AWS/SageMaker").metricName("Invocation5XXErrors").build()))
        .threshold(1).evaluationPeriods(1).build();
    Endpoint allAtOnce = Endpoint.Builder.create(other, "Endpoint").endpointConfig(otherConfig)
        .deploymentConfig(DeploymentConfig.builder()
            .blueGreenUpdatePolicy(BlueGreenUpdatePolicy.builder()
                .trafficRouting(TrafficRoutingConfig.allAtOnce(Duration.minutes(5))).build())
            .rollbackAlarms(List.of(alarm))
            .build())
        .build();
    Template otherTemplate = templates.of(other);
    // An alarm without a name of its own is referred to: it watches no metric of this endpoint, so no cycle.
    assertEquals("{AutoRollbackConfiguration={Alarms=[{AlarmName={Ref=" + Cfn.logicalId(alarm, "Resource") + "}}]},"
            + " BlueGreenUpdatePolicy={TrafficRoutingConfiguration={Type=ALL_AT_ONCE, WaitIntervalInSeconds=300}}}",
        flat(deploymentConfig(otherTemplate, allAtOnce)));
  }

  private static String flat(Map<String, Object> config) {
    return new java.util.TreeMap<>(config).entrySet().stream()
        .map(e -> e.getKey() + "=" + (e.getValue() instanceof Map<?, ?> m ? flatMap(m) : Cfn.flat(e.getValue())))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static String flatMap(Map<?, ?> map) {
    return new java.util.TreeMap<>(map).entrySet().stream()
        .map(e -> e.getKey() + "=" + (e.getValue() instanceof Map<?, ?> m ? flatMap(m)
            : e.getValue() instanceof List<?> list ? list.stream()
                .map(x -> x instanceof Map<?, ?> mm ? flatMap(mm) : Cfn.flat(x))
                .collect(Collectors.joining(", ", "[", "]"))
            : e.getValue() instanceof Number number ? number.toString()
            : Cfn.flat(e.getValue())))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  @Test
  void aRollingDeploymentWithItsRollbackBatches() {
    Stack stack = new Stack(new App(), "Rolling");
    EndpointConfig config = config(stack, 4);
    Endpoint endpoint = Endpoint.Builder.create(stack, "Endpoint").endpointConfig(config)
        .deploymentConfig(DeploymentConfig.builder()
            .rollingUpdatePolicy(RollingUpdatePolicy.builder()
                .maximumBatchSize(CapacitySize.capacityPercent(25))
                .waitInterval(Duration.minutes(5))
                .maximumExecutionTimeout(Duration.hours(1))
                .rollbackMaximumBatchSize(CapacitySize.instanceCount(2))
                .build())
            .build())
        .build();
    // An alarm on the endpoint's own metrics exists only after the endpoint: it is added then.
    Alarm alarm = latencyAlarm(stack, endpoint);
    endpoint.addRollbackAlarm(alarm);

    Template template = templates.of(stack);
    assertEquals(Map.of("RollingUpdatePolicy", Map.of(
            "MaximumBatchSize", Map.of("Type", "CAPACITY_PERCENT", "Value", 25),
            "WaitIntervalInSeconds", 300,
            "MaximumExecutionTimeoutInSeconds", 3600,
            "RollbackMaximumBatchSize", Map.of("Type", "INSTANCE_COUNT", "Value", 2)),
            "AutoRollbackConfiguration", Map.of("Alarms", List.of(Map.of("AlarmName", "churn-scorer-latency")))),
        deploymentConfig(template, endpoint));
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> endpoint.addRollbackAlarm(alarm));
    assertTrue(twice.getMessage().startsWith("Endpoint Rolling/Endpoint: [SM-ROLLBACK-ALARM-DUPLICATE] rollback"
        + " alarm "), twice.getMessage());
  }

  @Test
  void rollbackAlarmsAloneKeepSageMakersDefaultUpdate() {
    Stack stack = new Stack(new App(), "AlarmsOnly");
    EndpointConfig config = config(stack, 1);
    Endpoint endpoint = new Endpoint(stack, "Endpoint", EndpointProps.builder().endpointConfig(config).build());
    endpoint.addRollbackAlarm(Alarm.fromAlarmName(stack, "Errors", "churn-5xx"));
    Template template = templates.of(stack);
    assertEquals(Map.of("AutoRollbackConfiguration", Map.of("Alarms", List.of(Map.of("AlarmName", "churn-5xx")))),
        deploymentConfig(template, endpoint));
  }

  @Test
  void valuesOutOfSageMakersRangesFailAtTheCall() {
    Stack stack = new Stack(new App(), "Ranges");
    EndpointConfig config = config(stack, 4);
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () ->
        Endpoint.Builder.create(stack, "Endpoint").endpointConfig(config)
            .deploymentConfig(DeploymentConfig.builder()
                .blueGreenUpdatePolicy(BlueGreenUpdatePolicy.builder()
                    .trafficRouting(TrafficRoutingConfig.linear(CapacitySize.capacityPercent(60), Duration.hours(2)))
                    .maximumExecutionTimeout(Duration.minutes(5))
                    .build())
                .rollbackAlarms(List.of(Alarm.fromAlarmName(stack, "A", "latency"),
                    Alarm.fromAlarmName(stack, "B", "latency")))
                .build())
            .build());
    assertEquals("Endpoint Ranges/Endpoint breaks 4 rules:\n"
        + "  [SM-DEPLOYMENT-WAIT-INTERVAL] waitIntervalInSeconds 7200 is not valid: give a whole number of 0 to 3600"
        + " seconds\n"
        + "  [SM-DEPLOYMENT-EXECUTION-TIMEOUT] maximumExecutionTimeoutInSeconds 300 is not valid: give a whole number"
        + " of 600 to 28800 seconds\n"
        + "  [SM-DEPLOYMENT-BATCH-SHARE] linearStepSize 60% is not valid: SageMaker takes 10% to 50% of the variant's"
        + " instances\n"
        + "  [SM-ROLLBACK-ALARM-DUPLICATE] rollback alarm latency is given twice: give each alarm once",
        bad.getMessage());
    assertEquals(null, stack.getNode().tryFindChild("Endpoint"));
  }

  @Test
  void batchSizesAgainstTheVariantAndTheExclusionsAtSynth() {
    Stack stack = new Stack(new App(), "Exclusions");
    Model model = HostingFixtures.model(stack, "Model");
    EndpointConfig config = new EndpointConfig(stack, "EndpointConfig", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(
            HostingFixtures.instanceVariant("A", model).initialInstanceCount(2).build(),
            HostingFixtures.instanceVariant("B", model).instanceType(InstanceType.of("ml.inf1.xlarge")).build()))
        .build());
    Endpoint.Builder.create(stack, "Endpoint").endpointConfig(config)
        .deploymentConfig(DeploymentConfig.builder()
            .rollingUpdatePolicy(RollingUpdatePolicy.builder()
                .maximumBatchSize(CapacitySize.instanceCount(1)).waitInterval(Duration.minutes(1)).build())
            .build())
        .build();
    RuntimeException exclusions = assertThrows(RuntimeException.class, () -> Template.fromStack(stack));
    for (String expected : List.of(
            "[Exclusions/Endpoint] [SM-ROLLING-DEPLOYMENT-VARIANTS] a rolling deployment cannot update an endpoint of"
                + " several production variants (SageMaker's deployment guardrails exclude multi-variant endpoints):"
                + " use a blue/green deployment, or one variant",
            "[SM-GUARDED-DEPLOYMENT-INF1] instance type \"ml.inf1.xlarge\" is an Inf1 instance, and SageMaker's"
                + " deployment guardrails do not apply to Inf1 endpoints: it would silently deploy all at once without"
                + " baking or rollback; remove the guarded deployment, or pick another instance type (such as"
                + " ml.inf2.xlarge)")) {
      assertTrue(exclusions.getMessage().contains(expected), exclusions.getMessage());
    }

    Stack single = new Stack(new App(), "Share");
    EndpointConfig one = config(single, 2);
    Endpoint.Builder.create(single, "Endpoint").endpointConfig(one)
        .deploymentConfig(DeploymentConfig.builder()
            .blueGreenUpdatePolicy(BlueGreenUpdatePolicy.builder()
                .trafficRouting(TrafficRoutingConfig.canary(CapacitySize.instanceCount(2), Duration.minutes(1)))
                .build())
            .build())
        .build();
    RuntimeException share = assertThrows(RuntimeException.class, () -> Template.fromStack(single));
    assertTrue(share.getMessage().contains("[Share/Endpoint] [SM-DEPLOYMENT-BATCH-SHARE] canarySize 2 instance(s) of 2"
        + " is not valid: SageMaker takes 0% to 50% of the variant's instances"), share.getMessage());

    // Auto scaled, the count at the update is not known: an instance count is not compared with the initial one.
    Stack scaled = new Stack(new App(), "Scaled");
    EndpointConfig scaledConfig = config(scaled, 2);
    Endpoint scaledEndpoint = Endpoint.Builder.create(scaled, "Endpoint").endpointConfig(scaledConfig)
        .deploymentConfig(DeploymentConfig.builder()
            .blueGreenUpdatePolicy(BlueGreenUpdatePolicy.builder()
                .trafficRouting(TrafficRoutingConfig.canary(CapacitySize.instanceCount(2), Duration.minutes(1)))
                .build())
            .build())
        .build();
    scaledEndpoint.findInstanceProductionVariant("AllTraffic")
        .autoScaleInstanceCount(EnableScalingProps.builder().minCapacity(2).maxCapacity(8).build())
        .scaleOnInvocations("Invocations", InvocationsScalingProps.builder().maxRequestsPerSecond(10).build());
    templates.of(scaled);
  }

  @Test
  void aGuardedEndpointHasNoCdkNagFindings() {
    Stack stack = new Stack(new App(), "NagGuarded");
    EndpointConfig config = config(stack, 4);
    Endpoint endpoint = Endpoint.Builder.create(stack, "Endpoint").endpointConfig(config)
        .deploymentConfig(DeploymentConfig.builder()
            .blueGreenUpdatePolicy(BlueGreenUpdatePolicy.builder()
                .trafficRouting(TrafficRoutingConfig.canary(CapacitySize.capacityPercent(25), Duration.minutes(10)))
                .build())
            .rollbackAlarms(List.of(Alarm.fromAlarmName(stack, "Errors", "churn-5xx")))
            .build())
        .build();
    latencyAlarm(stack, endpoint);
    Aspects.of(stack).add(new AwsSolutionsChecks());
    Annotations annotations = Annotations.fromStack(stack);
    templates.keep(stack);
    List<SynthesisMessage> errors = annotations.findError("*", Match.anyValue());
    List<SynthesisMessage> warnings = annotations.findWarning("*", Match.anyValue());
    assertEquals(List.of(), errors, describe(errors));
    assertEquals(List.of(), warnings, describe(warnings));
  }

  private static String describe(List<SynthesisMessage> messages) {
    return messages.stream().map(m -> m.getId() + ": " + m.getEntry().getData()).collect(Collectors.joining("\n"));
  }
}
