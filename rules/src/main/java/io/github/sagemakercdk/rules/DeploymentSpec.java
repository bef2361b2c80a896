package io.github.sagemakercdk.rules;

import java.util.List;

/**
 * What the rules need to know of an endpoint's guarded deployment (CreateEndpoint's DeploymentConfig), in plain
 * values. A null value is one not given or not known yet (a CDK token): it is not checked.
 *
 * @param blueGreen whether the update policy is blue/green (else rolling, or none)
 * @param rolling whether the update policy is rolling
 * @param trafficRouting for blue/green: {@code ALL_AT_ONCE}, {@code CANARY} or {@code LINEAR}
 * @param waitIntervalInSeconds blue/green: between traffic shifting steps; rolling: the baking period of a batch
 * @param canarySize blue/green, canary: the first step's size
 * @param linearStepSize blue/green, linear: each step's size
 * @param maximumBatchSize rolling: each batch's size
 * @param rollbackMaximumBatchSize rolling: each rollback batch's size
 * @param maximumExecutionTimeoutInSeconds the time limit of the whole deployment
 * @param terminationWaitInSeconds blue/green: the wait before the old fleet is terminated
 * @param rollbackAlarms the names of the alarms that roll the deployment back, null entries for tokens
 */
public record DeploymentSpec(boolean blueGreen, boolean rolling, String trafficRouting, Number waitIntervalInSeconds,
    CapacitySizeSpec canarySize, CapacitySizeSpec linearStepSize, CapacitySizeSpec maximumBatchSize,
    CapacitySizeSpec rollbackMaximumBatchSize, Number maximumExecutionTimeoutInSeconds,
    Number terminationWaitInSeconds, List<String> rollbackAlarms) {
  public DeploymentSpec {
    rollbackAlarms = rollbackAlarms == null ? List.of() : java.util.Collections.unmodifiableList(
        new java.util.ArrayList<>(rollbackAlarms));
  }
}
