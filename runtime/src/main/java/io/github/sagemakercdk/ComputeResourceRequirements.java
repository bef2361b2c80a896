package io.github.sagemakercdk;

import java.util.Objects;

/**
 * What one copy of an {@link InferenceComponent}'s model takes of its host's instances: memory (required), CPU cores
 * and GPUs or accelerators. SageMaker places as many copies on an instance as fit.
 */
public final class ComputeResourceRequirements {
  private final Number minMemoryRequiredInMb;
  private final Number maxMemoryRequiredInMb;
  private final Number numberOfCpuCoresRequired;
  private final Number numberOfAcceleratorDevicesRequired;

  private ComputeResourceRequirements(Builder builder) {
    this.minMemoryRequiredInMb = Objects.requireNonNull(builder.minMemoryRequiredInMb,
        "ComputeResourceRequirements: minMemoryRequiredInMb is required (at least 128)");
    this.maxMemoryRequiredInMb = builder.maxMemoryRequiredInMb;
    this.numberOfCpuCoresRequired = builder.numberOfCpuCoresRequired;
    this.numberOfAcceleratorDevicesRequired = builder.numberOfAcceleratorDevicesRequired;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The memory, in MB, one copy needs: at least 128. */
  public Number getMinMemoryRequiredInMb() {
    return minMemoryRequiredInMb;
  }

  /** The most memory, in MB, one copy may use, or null for no limit: at least 128 and the minimum. */
  public Number getMaxMemoryRequiredInMb() {
    return maxMemoryRequiredInMb;
  }

  /** The CPU cores one copy takes (at least 0.25), or null. */
  public Number getNumberOfCpuCoresRequired() {
    return numberOfCpuCoresRequired;
  }

  /** The GPUs or accelerators one copy takes (a whole number, at least 1, at most the instance's), or null. */
  public Number getNumberOfAcceleratorDevicesRequired() {
    return numberOfAcceleratorDevicesRequired;
  }

  /** Builds {@link ComputeResourceRequirements}. */
  public static final class Builder {
    private Number minMemoryRequiredInMb;
    private Number maxMemoryRequiredInMb;
    private Number numberOfCpuCoresRequired;
    private Number numberOfAcceleratorDevicesRequired;

    private Builder() {}

    public Builder minMemoryRequiredInMb(Number minMemoryRequiredInMb) {
      this.minMemoryRequiredInMb = minMemoryRequiredInMb;
      return this;
    }

    public Builder maxMemoryRequiredInMb(Number maxMemoryRequiredInMb) {
      this.maxMemoryRequiredInMb = maxMemoryRequiredInMb;
      return this;
    }

    public Builder numberOfCpuCoresRequired(Number numberOfCpuCoresRequired) {
      this.numberOfCpuCoresRequired = numberOfCpuCoresRequired;
      return this;
    }

    public Builder numberOfAcceleratorDevicesRequired(Number numberOfAcceleratorDevicesRequired) {
      this.numberOfAcceleratorDevicesRequired = numberOfAcceleratorDevicesRequired;
      return this;
    }

    public ComputeResourceRequirements build() {
      return new ComputeResourceRequirements(this);
    }
  }
}
