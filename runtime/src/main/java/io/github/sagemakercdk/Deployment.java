package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.rules.CapacitySizeSpec;
import io.github.sagemakercdk.rules.DeploymentRules;
import io.github.sagemakercdk.rules.DeploymentSpec;
import io.github.sagemakercdk.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.CfnAlarm;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.sagemaker.CfnEndpoint;

/** The guarded deployment of one endpoint: its rules, checked against its variants, and its CloudFormation form. */
final class Deployment {
  private final DeploymentConfig config;

  Deployment(DeploymentConfig config) {
    this.config = config;
  }

  /** This deployment with one more rollback alarm (an endpoint without deployment config: SageMaker's default). */
  static Deployment withAlarm(Deployment deployment, IAlarm alarm) {
    DeploymentConfig current = deployment == null ? DeploymentConfig.builder().build() : deployment.config;
    List<IAlarm> alarms = new ArrayList<>(current.getRollbackAlarms());
    alarms.add(alarm);
    return new Deployment(DeploymentConfig.builder()
        .blueGreenUpdatePolicy(current.getBlueGreenUpdatePolicy())
        .rollingUpdatePolicy(current.getRollingUpdatePolicy())
        .rollbackAlarms(alarms)
        .build());
  }

  /** What breaks SageMaker's rules whatever the variants: the values alone. */
  List<Violation> checkValues() {
    return DeploymentRules.validate(spec(), null);
  }

  /**
   * What breaks SageMaker's rules with these variants: batch sizes against {@code instanceCount} (null when not
   * known or auto scaled), and the exclusions.
   */
  List<Violation> checkHosting(Number instanceCount, int instanceVariants, int serverlessVariants,
      List<String> instanceTypes) {
    List<Violation> violations = new ArrayList<>(DeploymentRules.validate(spec(), instanceCount));
    violations.removeAll(checkValues());
    violations.addAll(DeploymentRules.hosting(config.getRollingUpdatePolicy() != null, instanceVariants,
        serverlessVariants, instanceTypes));
    return violations;
  }

  private DeploymentSpec spec() {
    BlueGreenUpdatePolicy blueGreen = config.getBlueGreenUpdatePolicy();
    RollingUpdatePolicy rolling = config.getRollingUpdatePolicy();
    TrafficRoutingConfig routing = blueGreen == null ? null : blueGreen.getTrafficRouting();
    Duration wait = routing != null ? routing.getWaitInterval() : rolling != null ? rolling.getWaitInterval() : null;
    Duration timeout = blueGreen != null ? blueGreen.getMaximumExecutionTimeout()
        : rolling != null ? rolling.getMaximumExecutionTimeout() : null;
    List<String> alarms = config.getRollbackAlarms().stream()
        .map(Deployment::alarmName)
        .toList();
    return new DeploymentSpec(blueGreen != null, rolling != null,
        routing == null ? null : routing.getType(),
        seconds(wait),
        routing == null ? null : spec(routing.getCanarySize()),
        routing == null ? null : spec(routing.getLinearStepSize()),
        rolling == null ? null : spec(rolling.getMaximumBatchSize()),
        rolling == null ? null : spec(rolling.getRollbackMaximumBatchSize()),
        seconds(timeout),
        blueGreen == null ? null : seconds(blueGreen.getTerminationWait()),
        alarms);
  }

  private static CapacitySizeSpec spec(CapacitySize size) {
    return size == null ? null : new CapacitySizeSpec(size.getType(), Tokens.known(size.getValue()));
  }

  private static Number seconds(Duration duration) {
    return duration == null ? null : duration.toSeconds();
  }

  /** The DeploymentConfig property, with only what was given. */
  CfnEndpoint.DeploymentConfigProperty render() {
    CfnEndpoint.DeploymentConfigProperty.Builder property = CfnEndpoint.DeploymentConfigProperty.builder();
    BlueGreenUpdatePolicy blueGreen = config.getBlueGreenUpdatePolicy();
    if (blueGreen != null) {
      TrafficRoutingConfig routing = blueGreen.getTrafficRouting();
      property.blueGreenUpdatePolicy(CfnEndpoint.BlueGreenUpdatePolicyProperty.builder()
          .trafficRoutingConfiguration(CfnEndpoint.TrafficRoutingConfigProperty.builder()
              .type(routing.getType())
              .waitIntervalInSeconds(seconds(routing.getWaitInterval()))
              .canarySize(render(routing.getCanarySize()))
              .linearStepSize(render(routing.getLinearStepSize()))
              .build())
          .maximumExecutionTimeoutInSeconds(seconds(blueGreen.getMaximumExecutionTimeout()))
          .terminationWaitInSeconds(seconds(blueGreen.getTerminationWait()))
          .build());
    }
    RollingUpdatePolicy rolling = config.getRollingUpdatePolicy();
    if (rolling != null) {
      property.rollingUpdatePolicy(CfnEndpoint.RollingUpdatePolicyProperty.builder()
          .maximumBatchSize(render(rolling.getMaximumBatchSize()))
          .waitIntervalInSeconds(seconds(rolling.getWaitInterval()))
          .maximumExecutionTimeoutInSeconds(seconds(rolling.getMaximumExecutionTimeout()))
          .rollbackMaximumBatchSize(render(rolling.getRollbackMaximumBatchSize()))
          .build());
    }
    if (!config.getRollbackAlarms().isEmpty()) {
      List<CfnEndpoint.AlarmProperty> alarms = new ArrayList<>();
      for (IAlarm alarm : config.getRollbackAlarms()) {
        alarms.add(CfnEndpoint.AlarmProperty.builder().alarmName(alarmName(alarm)).build());
      }
      property.autoRollbackConfiguration(CfnEndpoint.AutoRollbackConfigProperty.builder().alarms(alarms).build());
    }
    return property.build();
  }

  /**
   * The alarm's name as the endpoint refers to it: the literal name an alarm of this app was given, so that an
   * alarm on the endpoint's own metrics and the endpoint do not depend on each other (a reference would be a cycle);
   * else its name attribute.
   */
  static String alarmName(IAlarm alarm) {
    if (alarm.getNode().getDefaultChild() instanceof CfnAlarm resource
        && resource.getAlarmName() != null && !Tokens.isUnresolved(resource.getAlarmName())) {
      return resource.getAlarmName();
    }
    return alarm.getAlarmName();
  }

  /** The alarm's ARN, built from its literal name when it has one, for the same reason as {@link #alarmName}. */
  static String alarmArn(IAlarm alarm) {
    if (alarm.getNode().getDefaultChild() instanceof CfnAlarm resource
        && resource.getAlarmName() != null && !Tokens.isUnresolved(resource.getAlarmName())) {
      return Stack.of(alarm).formatArn(ArnComponents.builder().service("cloudwatch").resource("alarm")
          .arnFormat(ArnFormat.COLON_RESOURCE_NAME).resourceName(resource.getAlarmName()).build());
    }
    return alarm.getAlarmArn();
  }

  private static CfnEndpoint.CapacitySizeProperty render(CapacitySize size) {
    return size == null ? null
        : CfnEndpoint.CapacitySizeProperty.builder().type(size.getType()).value(size.getValue()).build();
  }
}
