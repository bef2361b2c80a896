package io.github.sagemakercdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awscdk.services.cloudwatch.IAlarm;

/**
 * How SageMaker updates an endpoint to a new endpoint config (CreateEndpoint's DeploymentConfig): a blue/green
 * or a rolling update policy (at most one; none is SageMaker's all-at-once blue/green), and the CloudWatch alarms
 * that roll the update back when they go off.
 */
public final class DeploymentConfig {
  private final BlueGreenUpdatePolicy blueGreenUpdatePolicy;
  private final RollingUpdatePolicy rollingUpdatePolicy;
  private final List<IAlarm> rollbackAlarms;

  private DeploymentConfig(Builder builder) {
    this.blueGreenUpdatePolicy = builder.blueGreenUpdatePolicy;
    this.rollingUpdatePolicy = builder.rollingUpdatePolicy;
    this.rollbackAlarms = Collections.unmodifiableList(new ArrayList<>(builder.rollbackAlarms));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The blue/green update policy, or null. */
  public BlueGreenUpdatePolicy getBlueGreenUpdatePolicy() {
    return blueGreenUpdatePolicy;
  }

  /** The rolling update policy, or null. */
  public RollingUpdatePolicy getRollingUpdatePolicy() {
    return rollingUpdatePolicy;
  }

  /** The alarms that roll the deployment back (1 to 10), or empty for no automatic rollback. */
  public List<IAlarm> getRollbackAlarms() {
    return rollbackAlarms;
  }

  /** Builds {@link DeploymentConfig}. */
  public static final class Builder {
    private BlueGreenUpdatePolicy blueGreenUpdatePolicy;
    private RollingUpdatePolicy rollingUpdatePolicy;
    private List<IAlarm> rollbackAlarms = List.of();

    private Builder() {}

    public Builder blueGreenUpdatePolicy(BlueGreenUpdatePolicy blueGreenUpdatePolicy) {
      this.blueGreenUpdatePolicy = blueGreenUpdatePolicy;
      return this;
    }

    public Builder rollingUpdatePolicy(RollingUpdatePolicy rollingUpdatePolicy) {
      this.rollingUpdatePolicy = rollingUpdatePolicy;
      return this;
    }

    public Builder rollbackAlarms(List<? extends IAlarm> rollbackAlarms) {
      this.rollbackAlarms = rollbackAlarms == null ? List.of() : new ArrayList<>(rollbackAlarms);
      return this;
    }

    public DeploymentConfig build() {
      return new DeploymentConfig(this);
    }
  }
}
