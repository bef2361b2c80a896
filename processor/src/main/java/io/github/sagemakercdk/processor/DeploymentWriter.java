package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.StringLiterals.literal;

import static io.github.sagemakercdk.processor.GeneratedTypes.ALARM;
import static io.github.sagemakercdk.processor.GeneratedTypes.BLUE_GREEN_UPDATE_POLICY;
import static io.github.sagemakercdk.processor.GeneratedTypes.CAPACITY_SIZE;
import static io.github.sagemakercdk.processor.GeneratedTypes.DEPLOYMENT_CONFIG;
import static io.github.sagemakercdk.processor.GeneratedTypes.DURATION;
import static io.github.sagemakercdk.processor.GeneratedTypes.LIST;
import static io.github.sagemakercdk.processor.GeneratedTypes.ROLLING_UPDATE_POLICY;
import static io.github.sagemakercdk.processor.GeneratedTypes.TRAFFIC_ROUTING_CONFIG;

import com.squareup.javapoet.CodeBlock;
import java.util.List;

/**
 * Writes the {@code DeploymentConfig} of a real-time endpoint from its {@code @BlueGreenDeployment} or
 * {@code @RollingDeployment}: the update policy, and the rollback alarms imported by name.
 */
final class DeploymentWriter {
  private DeploymentWriter() {}

  static CodeBlock deploymentConfig(DeploymentPlan deployment) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()\n", DEPLOYMENT_CONFIG).indent().indent();
    if (deployment.rolling()) {
      code.add(".rollingUpdatePolicy($T.builder()\n", ROLLING_UPDATE_POLICY).indent().indent()
          .add(".maximumBatchSize($L)\n", size(deployment.sizeType(), deployment.size()))
          .add(".waitInterval($T.seconds($L))\n", DURATION, deployment.waitIntervalInSeconds());
      if (deployment.maximumExecutionTimeoutInSeconds() != null) {
        code.add(".maximumExecutionTimeout($T.seconds($L))\n", DURATION, deployment.maximumExecutionTimeoutInSeconds());
      }
      if (deployment.rollbackSize() != null) {
        code.add(".rollbackMaximumBatchSize($L)\n", size(deployment.sizeType(), deployment.rollbackSize()));
      }
    } else {
      code.add(".blueGreenUpdatePolicy($T.builder()\n", BLUE_GREEN_UPDATE_POLICY).indent().indent()
          .add(".trafficRouting($L)\n", trafficRouting(deployment));
      if (deployment.maximumExecutionTimeoutInSeconds() != null) {
        code.add(".maximumExecutionTimeout($T.seconds($L))\n", DURATION, deployment.maximumExecutionTimeoutInSeconds());
      }
      if (deployment.terminationWaitInSeconds() != null) {
        code.add(".terminationWait($T.seconds($L))\n", DURATION, deployment.terminationWaitInSeconds());
      }
    }
    code.add(".build())\n").unindent().unindent();
    List<String> alarms = deployment.rollbackAlarms();
    if (!alarms.isEmpty()) {
      code.add(".rollbackAlarms($T.of(\n", LIST).indent().indent();
      for (int i = 0; i < alarms.size(); i++) {
        code.add("$T.fromAlarmName(this, $L, $L)$L\n", ALARM, literal("RollbackAlarm" + (i + 1)),
            literal(alarms.get(i)), i < alarms.size() - 1 ? "," : "))");
      }
      code.unindent().unindent();
    }
    return code.add(".build()").unindent().unindent().build();
  }

  private static CodeBlock trafficRouting(DeploymentPlan deployment) {
    CodeBlock wait = CodeBlock.of("$T.seconds($L)", DURATION, deployment.waitIntervalInSeconds());
    return switch (deployment.trafficRouting()) {
      case "CANARY" -> CodeBlock.of("$T.canary($L, $L)", TRAFFIC_ROUTING_CONFIG,
          size(deployment.sizeType(), deployment.size()), wait);
      case "LINEAR" -> CodeBlock.of("$T.linear($L, $L)", TRAFFIC_ROUTING_CONFIG,
          size(deployment.sizeType(), deployment.size()), wait);
      default -> CodeBlock.of("$T.allAtOnce($L)", TRAFFIC_ROUTING_CONFIG, wait);
    };
  }

  private static CodeBlock size(String type, int value) {
    return CodeBlock.of("$T.$L($L)", CAPACITY_SIZE,
        type.equals("INSTANCE_COUNT") ? "instanceCount" : "capacityPercent", value);
  }
}
