package io.github.sagemakercdk.rules;

/**
 * What the rules need to know of the auto scaling of an asynchronous endpoint's variant on its backlog. A null
 * value is one not given or not known yet (a CDK token): it is not checked.
 *
 * @param minCapacity the fewest instances, 0 or more
 * @param maxCapacity the most instances
 * @param targetBacklogPerInstance the queued requests per instance the policy keeps the variant at
 */
public record BacklogScalingSpec(Number minCapacity, Number maxCapacity, Number targetBacklogPerInstance) {}
