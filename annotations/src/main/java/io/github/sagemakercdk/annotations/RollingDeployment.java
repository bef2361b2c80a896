package io.github.sagemakercdk.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Updates the class's real-time {@link RealtimeEndpoint} by a rolling deployment (SageMaker's deployment guardrails): on
 * each change of the endpoint config, SageMaker replaces the fleet batch by batch, bakes each batch for
 * {@link #waitIntervalInSeconds()} while it watches the {@link #rollbackAlarms()}, and rolls back if one goes off.
 *
 * <pre>{@code
 * @RollingDeployment(maximumBatchSize = 25, waitIntervalInSeconds = 300, rollbackAlarms = "fraud-scorer-latency")
 * }</pre>
 *
 * <p>Only beside a {@code @RealtimeEndpoint} (or {@code @Endpoint}), and not together with {@link BlueGreenDeployment}. Every value is checked at
 * compile time against SageMaker's ranges.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RollingDeployment {

  /** Each batch: 5% to 50% of the variant's instances. Required. */
  int maximumBatchSize();

  /** What {@link #maximumBatchSize()} and {@link #rollbackMaximumBatchSize()} count. */
  BlueGreenDeployment.SizeType sizeType() default BlueGreenDeployment.SizeType.CAPACITY_PERCENT;

  /** Each batch's baking time, 0 to 3600 seconds. Required. */
  int waitIntervalInSeconds();

  /** The time limit of the whole deployment, 600 to 28800 seconds; 0 (the default): SageMaker's. */
  int maximumExecutionTimeoutInSeconds() default 0;

  /** Each batch of a rollback (at least 1, a percentage at most 100); 0 (the default): the whole old fleet at once. */
  int rollbackMaximumBatchSize() default 0;

  /** The names of up to 10 CloudWatch alarms of the account that roll the deployment back; each once. */
  String[] rollbackAlarms() default {};
}
