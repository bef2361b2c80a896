package io.github.sagemakercdk.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Auto scaling of an {@link AsyncEndpoint}'s instance count on its backlog, written in its
 * {@link AsyncEndpoint#autoScaling()}: Application Auto Scaling keeps about {@link #targetBacklogPerInstance()}
 * queued requests per instance ({@code ApproximateBacklogSizePerInstance}), between {@link #minCapacity()} and
 * {@link #maxCapacity()} instances. With a minimum of 0 the endpoint scales in to no instance when idle, and a
 * second policy adds one instance as soon as a request waits ({@code HasBacklogWithoutCapacity}).
 *
 * <p>Limits, checked at compile time: {@code 0 <= minCapacity <= maxCapacity}, {@code maxCapacity >= 1}, the
 * endpoint's {@code initialInstanceCount} between the two, {@code targetBacklogPerInstance > 0}, and an instance
 * type that is not burstable.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface BacklogScaling {

  /** The fewest instances: 0 (the default) lets the endpoint scale in to no instance when nothing waits. */
  int minCapacity() default 0;

  /** The most instances: at least 1, {@link #minCapacity()} and the endpoint's initial count. */
  int maxCapacity();

  /** The queued requests per instance to keep the variant at: greater than 0 (fractions allowed). */
  double targetBacklogPerInstance();
}
