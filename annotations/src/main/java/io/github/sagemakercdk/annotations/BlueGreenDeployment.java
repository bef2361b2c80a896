package io.github.sagemakercdk.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Updates the class's real-time {@link RealtimeEndpoint} blue/green (SageMaker's deployment guardrails): on each change of
 * the endpoint config, SageMaker brings up a new fleet, shifts traffic to it all at once, canary first or in linear
 * steps, bakes each step for {@link #waitIntervalInSeconds()} while it watches the {@link #rollbackAlarms()}, and
 * rolls back if one goes off.
 *
 * <pre>{@code
 * @BlueGreenDeployment(trafficRouting = BlueGreenDeployment.TrafficRouting.CANARY, canarySize = 10,
 *     waitIntervalInSeconds = 600, rollbackAlarms = "churn-scorer-5xx")
 * }</pre>
 *
 * <p>Only beside a {@code @RealtimeEndpoint} (or {@code @Endpoint}), and not together with {@link RollingDeployment}. Every value is checked at
 * compile time against SageMaker's ranges.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface BlueGreenDeployment {

  /** How the traffic shifts to the new fleet. */
  enum TrafficRouting {
    /** In one step. */
    ALL_AT_ONCE,
    /** A canary of {@link #canarySize()} first, the rest after the wait interval. */
    CANARY,
    /** Steps of {@link #linearStepSize()}, the wait interval apart. */
    LINEAR
  }

  /** What a batch size counts. */
  enum SizeType {
    /** A percentage of the variant's instances. */
    CAPACITY_PERCENT,
    /** A number of instances. */
    INSTANCE_COUNT
  }

  TrafficRouting trafficRouting() default TrafficRouting.ALL_AT_ONCE;

  /** The baking time of each step, 0 to 3600 seconds. Required. */
  int waitIntervalInSeconds();

  /** With CANARY only: the canary's size, at most 50% of the instances; 0 (the default): not given. */
  int canarySize() default 0;

  /** With LINEAR only: each step's size, 10% to 50% of the instances; 0 (the default): not given. */
  int linearStepSize() default 0;

  /** What {@link #canarySize()} and {@link #linearStepSize()} count. */
  SizeType sizeType() default SizeType.CAPACITY_PERCENT;

  /**
   * The time limit of the whole deployment, 600 to 28800 seconds and more than the two waits together; 0 (the
   * default): SageMaker's.
   */
  int maximumExecutionTimeoutInSeconds() default 0;

  /** How long the old fleet is kept after the shift, 0 (the default) to 3600 seconds. */
  int terminationWaitInSeconds() default 0;

  /** The names of up to 10 CloudWatch alarms of the account that roll the deployment back; each once. */
  String[] rollbackAlarms() default {};
}
