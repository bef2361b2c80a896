package io.github.sagemakercdk.processor;

import java.util.List;

/**
 * The guarded deployment of a real-time endpoint, every check passed; optional values null when not given.
 *
 * @param rolling whether it is rolling (else blue/green)
 * @param trafficRouting blue/green: {@code ALL_AT_ONCE}, {@code CANARY} or {@code LINEAR}
 * @param size blue/green: the canary's or each linear step's size (null for all at once); rolling: each batch's
 * @param rollbackSize rolling: each rollback batch's size
 * @param sizeType {@code CAPACITY_PERCENT} or {@code INSTANCE_COUNT}
 */
record DeploymentPlan(
    boolean rolling,
    String trafficRouting,
    int waitIntervalInSeconds,
    Integer size,
    Integer rollbackSize,
    String sizeType,
    Integer maximumExecutionTimeoutInSeconds,
    Integer terminationWaitInSeconds,
    List<String> rollbackAlarms) {

  DeploymentPlan {
    rollbackAlarms = List.copyOf(rollbackAlarms);
  }
}
