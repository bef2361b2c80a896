package io.github.sagemakercdk;

/**
 * How an endpoint routes requests to the instances of a variant (ProductionVariantRoutingConfig.RoutingStrategy).
 * Without one, SageMaker's default routing applies.
 */
public enum RoutingStrategy {
  /** To the instances with the most capacity to spare: the fewest requests still in progress. */
  LEAST_OUTSTANDING_REQUESTS,
  /** Each request to an instance chosen at random. */
  RANDOM
}
