package io.github.sagemakercdk.processor;

/**
 * The inference component of a model's stack: a checked {@code @InferenceComponent} and what it needs of its host.
 *
 * @param host the host's plan (its endpoint, variant, role and stack)
 * @param name the component's physical name, or null to let CloudFormation choose
 * @param minMemoryMb the memory one copy needs
 * @param maxMemoryMb the most memory one copy may use, or null
 * @param cpuCores the CPU cores one copy takes, or null
 * @param acceleratorDevices the accelerators one copy takes, or null
 * @param copies the copies at first
 * @param modelDataDownloadTimeoutInSeconds or null for SageMaker's default
 * @param containerStartupHealthCheckTimeoutInSeconds or null for SageMaker's default
 * @param scaling the auto scaling of the copies, or null for none
 */
record ComponentPlan(HostPlan host, String name, int minMemoryMb, Integer maxMemoryMb, Double cpuCores,
    Integer acceleratorDevices, int copies, Integer modelDataDownloadTimeoutInSeconds,
    Integer containerStartupHealthCheckTimeoutInSeconds, CopyScaling scaling) {

  /** Target tracking of invocations per copy between {@code minCopies} and {@code maxCopies}. */
  record CopyScaling(int minCopies, int maxCopies, double maxRequestsPerSecond, double safetyFactor) {}
}
