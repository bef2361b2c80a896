package io.github.sagemakercdk.processor;

/**
 * A {@code @BlueGreenDeployment} or {@code @RollingDeployment} as written: plain values, each with its site.
 * Attributes left out hold the annotation's default (0 for "not given"), their site the annotation itself.
 *
 * @param site the annotation
 * @param rolling whether it is {@code @RollingDeployment} (else {@code @BlueGreenDeployment})
 * @param trafficRouting blue/green: {@code ALL_AT_ONCE}, {@code CANARY} or {@code LINEAR}; rolling: empty
 * @param canarySize blue/green: the canary's size; rolling: 0
 * @param linearStepSize blue/green: each step's size; rolling: 0
 * @param maximumBatchSize rolling: each batch's size; blue/green: 0
 * @param rollbackMaximumBatchSize rolling: each rollback batch's size; blue/green: 0
 * @param sizeType {@code CAPACITY_PERCENT} or {@code INSTANCE_COUNT}
 * @param terminationWaitInSeconds blue/green only
 */
record DeploymentDeclaration(
    Site site,
    boolean rolling,
    AnnotatedValue<String> trafficRouting,
    AnnotatedValue<Integer> waitIntervalInSeconds,
    AnnotatedValue<Integer> canarySize,
    AnnotatedValue<Integer> linearStepSize,
    AnnotatedValue<Integer> maximumBatchSize,
    AnnotatedValue<Integer> rollbackMaximumBatchSize,
    AnnotatedValue<String> sizeType,
    AnnotatedValue<Integer> maximumExecutionTimeoutInSeconds,
    AnnotatedValue<Integer> terminationWaitInSeconds,
    AnnotatedList rollbackAlarms) {}
