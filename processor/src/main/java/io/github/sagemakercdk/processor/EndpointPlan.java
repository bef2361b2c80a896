package io.github.sagemakercdk.processor;

import java.util.List;

/**
 * The endpoint the generated stack serves its model from, every check passed. Optional values are null when
 * not given, so that the generated code sets only what was asked for.
 */
sealed interface EndpointPlan {

  /** The physical endpoint name, or null to let CloudFormation choose. */
  String endpointName();

  String variantName();

  /**
   * {@code @RealtimeEndpoint} or {@code @Endpoint}; {@code autoScaling}, {@code kmsKey} (the storage volume key's
   * ARN) and {@code deployment} (its guarded deployment) null when not given, {@code limits} holding what was. (No accelerator: the rules reject
   * every one, as Elastic Inference is discontinued.)
   */
  record Instance(
      String endpointName,
      String variantName,
      String instanceType,
      int initialInstanceCount,
      AutoScaling autoScaling,
      String kmsKey,
      DeploymentPlan deployment,
      VariantLimitsPlan limits) implements EndpointPlan {}

  /** {@code @ServerlessEndpoint}; {@code provisionedConcurrency} null when none. */
  record Serverless(
      String endpointName,
      String variantName,
      int memorySizeInMb,
      int maxConcurrency,
      Integer provisionedConcurrency) implements EndpointPlan {}

  /**
   * {@code @AsyncEndpoint}; optional values null when not given. A topic is its ARN, or {@link #CREATED} for one
   * the stack creates.
   */
  record Async(
      String endpointName,
      String variantName,
      String instanceType,
      int initialInstanceCount,
      String kmsKey,
      String outputPath,
      String failurePath,
      String successTopic,
      String errorTopic,
      List<String> includeInferenceResponseIn,
      Integer maxConcurrentInvocationsPerInstance,
      String outputKmsKey,
      BacklogScaling autoScaling,
      VariantLimitsPlan limits) implements EndpointPlan {

    /** The topic value of a topic the stack creates. */
    static final String CREATED = "create";

    public Async {
      includeInferenceResponseIn = List.copyOf(includeInferenceResponseIn);
    }
  }

  /** Scaling of an asynchronous variant's count on its backlog; a minimum of 0 scales in to no instance. */
  record BacklogScaling(int minCapacity, int maxCapacity, double targetBacklogPerInstance) {}

  /** Scaling of an instance variant's count on invocations per instance. */
  record AutoScaling(int minCapacity, int maxCapacity, double maxRequestsPerSecond, double safetyFactor) {}
}
