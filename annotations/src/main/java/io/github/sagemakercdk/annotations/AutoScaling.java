package io.github.sagemakercdk.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Auto scaling of a real-time endpoint's instance count, written in its
 * {@link RealtimeEndpoint#autoScaling()}:
 * Application Auto Scaling keeps the instance count between {@link #minCapacity()} and {@link #maxCapacity()},
 * tracking a target of {@code maxRequestsPerSecond * safetyFactor * 60} invocations per instance and minute.
 *
 * <pre>{@code
 * @RealtimeEndpoint(instanceType = "ml.c5.xlarge", initialInstanceCount = 2,
 *                   autoScaling = @AutoScaling(minCapacity = 2, maxCapacity = 8, maxRequestsPerSecond = 50))
 * }</pre>
 *
 * <p>Limits, checked at compile time: {@code 1 <= minCapacity <= maxCapacity}, the endpoint's
 * {@code initialInstanceCount} between the two, {@code maxRequestsPerSecond > 0}, {@code 0 < safetyFactor <= 1},
 * and an instance type that is not burstable ({@code ml.t2.*}, {@code ml.t3.*} cannot be auto scaled).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface AutoScaling {

  /** The fewest instances the variant scales in to: at least 1, and at most the endpoint's initial count. */
  int minCapacity() default 1;

  /** The most instances the variant scales out to: at least {@link #minCapacity()} and the initial count. */
  int maxCapacity();

  /**
   * The invocations per second one instance of the model can serve at most, measured by load testing; greater
   * than 0 (fractions allowed, for example {@code 0.5} for a slow model).
   */
  double maxRequestsPerSecond();

  /**
   * The share of {@link #maxRequestsPerSecond()} each instance is scaled to carry, greater than 0 and at most 1:
   * lower values leave more headroom for bursts and cost more instances.
   */
  double safetyFactor() default 0.5;
}
