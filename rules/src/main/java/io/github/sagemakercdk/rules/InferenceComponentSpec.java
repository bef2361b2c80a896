package io.github.sagemakercdk.rules;

/**
 * What the rules need to know of one inference component, in plain values. A null value is one not given or not
 * known yet (a CDK token): it is not checked.
 *
 * @param name the component's name
 * @param cpuCores NumberOfCpuCoresRequired per copy
 * @param acceleratorDevices NumberOfAcceleratorDevicesRequired per copy
 * @param minMemoryMb MinMemoryRequiredInMb per copy
 * @param maxMemoryMb MaxMemoryRequiredInMb per copy
 * @param copyCount RuntimeConfig.CopyCount
 * @param hostInstanceType the instance type of the variant that hosts the component, when known
 */
public record InferenceComponentSpec(String name, Number cpuCores, Number acceleratorDevices, Number minMemoryMb,
    Number maxMemoryMb, Number copyCount, String hostInstanceType) {}
