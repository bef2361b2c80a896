package io.github.sagemakercdk.processor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @BlueGreenDeployment} and {@code @RollingDeployment}: one test per diagnostic, each checking line and
 * column under javac and under Eclipse's compiler (javac points at the value or array entry, ecj at the attribute).
 */
class DeploymentDiagnosticsTest {
  private static final String ENDPOINT = "@RealtimeEndpoint(instanceType = \"ml.c5.xlarge\", initialInstanceCount = 4)";

  @TempDir
  Path temp;

  /** A valid model {@code test.Guarded} with a real-time endpoint unless another is given, then the lines given. */
  private BothCompilers compile(String... annotationLines) throws IOException {
    List<String> lines = new ArrayList<>();
    if (List.of(annotationLines).stream().noneMatch(line -> line.contains("Endpoint"))) {
      lines.add(ENDPOINT);
    }
    lines.addAll(List.of(annotationLines));
    return BothCompilers.compileClass(temp, "Guarded", BothCompilers.modelWith(lines.toArray(new String[0])));
  }

  @Test
  void waitIntervalUpToAnHour() throws IOException {
    compile(
        "@BlueGreenDeployment(",
        "    waitIntervalInSeconds = 3601)")
        .errorCount(1)
        .errorAt("[SM-DEPLOYMENT-WAIT-INTERVAL] waitIntervalInSeconds 3601 is not valid", "3601",
            "waitIntervalInSeconds =");
  }

  @Test
  void executionTimeoutFromTenMinutes() throws IOException {
    compile(
        "@RollingDeployment(maximumBatchSize = 25, waitIntervalInSeconds = 60,",
        "    maximumExecutionTimeoutInSeconds = 599)")
        .errorCount(1)
        .errorAt("[SM-DEPLOYMENT-EXECUTION-TIMEOUT] maximumExecutionTimeoutInSeconds 599 is not valid", "599",
            "maximumExecutionTimeoutInSeconds =");
  }

  @Test
  void terminationWaitUpToAnHour() throws IOException {
    compile(
        "@BlueGreenDeployment(waitIntervalInSeconds = 60,",
        "    terminationWaitInSeconds = -1)")
        .errorCount(1)
        .errorAt("[SM-DEPLOYMENT-TERMINATION-WAIT] terminationWaitInSeconds -1 is not valid", "-1",
            "terminationWaitInSeconds =");
  }

  @Test
  void timeoutLongerThanTheWaits() throws IOException {
    compile(
        "@BlueGreenDeployment(waitIntervalInSeconds = 3600, terminationWaitInSeconds = 3600,",
        "    maximumExecutionTimeoutInSeconds = 7200)")
        .errorCount(1)
        .errorAt("[SM-DEPLOYMENT-TIMEOUT-BELOW-WAITS] maximumExecutionTimeoutInSeconds 7200 is not longer", "7200",
            "maximumExecutionTimeoutInSeconds =");
  }

  @Test
  void canaryNeedsItsSize() throws IOException {
    compile(
        "@BlueGreenDeployment(waitIntervalInSeconds = 60,",
        "    trafficRouting = BlueGreenDeployment.TrafficRouting.CANARY)")
        .errorCount(1)
        .errorAt("[SM-TRAFFIC-ROUTING-SIZE] CANARY traffic shifting needs a canarySize", ".CANARY)",
            "trafficRouting =");
  }

  @Test
  void linearStepSizeOnlyWithLinear() throws IOException {
    compile(
        "@BlueGreenDeployment(waitIntervalInSeconds = 60,",
        "    linearStepSize = 20)")
        .errorCount(1)
        .errorAt("[SM-TRAFFIC-ROUTING-SIZE] ALL_AT_ONCE traffic shifting takes no linearStepSize", "20)",
            "linearStepSize =");
  }

  @Test
  void canaryAtMostHalfOfTheInstances() throws IOException {
    compile(
        "@BlueGreenDeployment(waitIntervalInSeconds = 60, trafficRouting = BlueGreenDeployment.TrafficRouting.CANARY,",
        "    sizeType = BlueGreenDeployment.SizeType.INSTANCE_COUNT,",
        "    canarySize = 3)")
        .errorCount(1)
        .errorAt("[SM-DEPLOYMENT-BATCH-SHARE] canarySize 3 instance(s) of 4 is not valid", "3)", "canarySize =");
  }

  @Test
  void rollingBatchesFromFivePercent() throws IOException {
    compile(
        "@RollingDeployment(waitIntervalInSeconds = 60,",
        "    maximumBatchSize = 3)")
        .errorCount(1)
        .errorAt("[SM-DEPLOYMENT-BATCH-SHARE] maximumBatchSize 3% is not valid: SageMaker takes 5% to 50%", "3)",
            "maximumBatchSize =");
  }

  @Test
  void rollbackBatchAPercentageUpTo100() throws IOException {
    compile(
        "@RollingDeployment(waitIntervalInSeconds = 60, maximumBatchSize = 25,",
        "    rollbackMaximumBatchSize = 101)")
        .errorCount(1)
        .errorAt("[SM-CAPACITY-SIZE] rollbackMaximumBatchSize 101 of type CAPACITY_PERCENT is not valid", "101",
            "rollbackMaximumBatchSize =");
  }

  @Test
  void rollbackAlarmNamesEachOnce() throws IOException {
    compile(
        "@BlueGreenDeployment(waitIntervalInSeconds = 60,",
        "    rollbackAlarms = {\"latency\", \" \", \"latency\"})")
        .errorCount(2)
        .errorAt("[SM-ROLLBACK-ALARM-NAME] rollback alarm name \" \" is not valid", "\" \"", "rollbackAlarms =")
        .errorAt("[SM-ROLLBACK-ALARM-DUPLICATE] rollback alarm latency is given twice", "\"latency\"})",
            "rollbackAlarms =");
  }

  @Test
  void atMostTenRollbackAlarms() throws IOException {
    compile(
        "@BlueGreenDeployment(waitIntervalInSeconds = 60,",
        "    rollbackAlarms = {\"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\", \"8\", \"9\", \"10\", \"11\"})")
        .errorCount(1)
        .errorAt("[SM-ROLLBACK-ALARM-COUNT] 11 rollback alarms are given", "{\"1\"", "rollbackAlarms =");
  }

  @Test
  void oneDeploymentPolicy() throws IOException {
    compile(
        "@BlueGreenDeployment(waitIntervalInSeconds = 60)",
        "@RollingDeployment(maximumBatchSize = 25, waitIntervalInSeconds = 60)")
        .errorCount(1)
        .errorAt("[SM-DEPLOYMENT-POLICIES-BOTH]", "@RollingDeployment(");
  }

  @Test
  void guardedDeploymentsNeedARealTimeEndpoint() throws IOException {
    compile(
        "@ServerlessEndpoint",
        "@RollingDeployment(maximumBatchSize = 25, waitIntervalInSeconds = 60)")
        .errorCount(1)
        .errorAt("[SM-DEPLOYMENT-WITHOUT-REALTIME-ENDPOINT] @RollingDeployment needs a real-time endpoint"
            + " (@RealtimeEndpoint) on the class, which has @ServerlessEndpoint", "@RollingDeployment(");
  }

  @Test
  void noGuardedDeploymentOnInf1() throws IOException {
    compile(
        "@Endpoint(instanceType = \"ml.inf1.xlarge\")",
        "@BlueGreenDeployment(waitIntervalInSeconds = 60)")
        .errorCount(1)
        .errorAt("[SM-GUARDED-DEPLOYMENT-INF1] instance type \"ml.inf1.xlarge\" is an Inf1 instance",
            "@BlueGreenDeployment(");
  }
}
