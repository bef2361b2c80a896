package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.ChildIds;
import io.github.sagemakercdk.internal.RuntimeRule;
import io.github.sagemakercdk.internal.Subject;
import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.AsyncInferenceRules;
import io.github.sagemakercdk.rules.AutoScalingSpec;
import io.github.sagemakercdk.rules.BacklogScalingSpec;
import io.github.sagemakercdk.rules.EndpointRules;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.applicationautoscaling.BaseScalableAttributeProps;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.applicationautoscaling.ServiceNamespace;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.MetricProps;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.constructs.Construct;
import software.constructs.IConstruct;

/** An instance production variant of an {@link Endpoint}'s own config. */
final class EndpointInstanceProductionVariant implements IEndpointInstanceProductionVariant {
  private static final String INVOCATION_METRICS = "AWS/SageMaker";
  private static final String INSTANCE_METRICS = "/aws/sagemaker/Endpoints";
  private static final String SUM = "Sum";
  private static final String AVERAGE = "Average";
  private static final String DESIRED_INSTANCE_COUNT = "sagemaker:variant:DesiredInstanceCount";
  /** Application Auto Scaling's service-linked role for SageMaker endpoints, which AWS creates on first use. */
  private static final String SCALING_ROLE_PATH = "role/aws-service-role/sagemaker.application-autoscaling.amazonaws.com";
  private static final String SCALING_ROLE_NAME = "AWSServiceRoleForApplicationAutoScaling_SageMakerEndpoint";
  private static final String SCALING_ROLE_ID = "ScalingRole";

  private final Endpoint endpoint;
  private final String variantName;
  private final InstanceType instanceType;
  private final Number initialInstanceCount;
  private ScalableInstanceCount scalableInstanceCount;

  EndpointInstanceProductionVariant(Endpoint endpoint, InstanceProductionVariantProps variant) {
    this.endpoint = endpoint;
    this.variantName = variant.getVariantName();
    this.instanceType = ProductionVariants.instanceType(variant);
    this.initialInstanceCount = ProductionVariants.initialInstanceCount(variant);
  }

  /** Whether autoScaleInstanceCount was called, so the instance count changes. */
  boolean isAutoScaled() {
    return scalableInstanceCount != null;
  }

  @Override
  public String getVariantName() {
    return variantName;
  }

  @Override
  public Metric metric(String namespace, String metricName, MetricOptions options) {
    return metric(namespace, metricName, SUM, options);
  }

  @Override
  public Metric metric(String namespace, String metricName) {
    return metric(namespace, metricName, null);
  }

  @Override
  public Metric metricInvocations(MetricOptions options) {
    return metric(INVOCATION_METRICS, "Invocations", SUM, options);
  }

  @Override
  public Metric metricInvocations() {
    return metricInvocations(null);
  }

  @Override
  public Metric metricInvocationsPerInstance(MetricOptions options) {
    return metric(INVOCATION_METRICS, "InvocationsPerInstance", SUM, options);
  }

  @Override
  public Metric metricInvocationsPerInstance() {
    return metricInvocationsPerInstance(null);
  }

  @Override
  public Metric metricModelLatency(MetricOptions options) {
    return metric(INVOCATION_METRICS, "ModelLatency", AVERAGE, options);
  }

  @Override
  public Metric metricModelLatency() {
    return metricModelLatency(null);
  }

  @Override
  public Metric metricOverheadLatency(MetricOptions options) {
    return metric(INVOCATION_METRICS, "OverheadLatency", AVERAGE, options);
  }

  @Override
  public Metric metricOverheadLatency() {
    return metricOverheadLatency(null);
  }

  @Override
  public Metric metricInvocationResponseCode(InvocationHttpResponseCode responseCode, MetricOptions options) {
    if (responseCode == null) {
      throw new IllegalArgumentException(subject() + ": give an InvocationHttpResponseCode");
    }
    return metric(INVOCATION_METRICS, responseCode.getMetricName(), SUM, options);
  }

  @Override
  public Metric metricInvocationResponseCode(InvocationHttpResponseCode responseCode) {
    return metricInvocationResponseCode(responseCode, null);
  }

  @Override
  public Metric metricDiskUtilization(MetricOptions options) {
    return metric(INSTANCE_METRICS, "DiskUtilization", AVERAGE, options);
  }

  @Override
  public Metric metricDiskUtilization() {
    return metricDiskUtilization(null);
  }

  @Override
  public Metric metricCpuUtilization(MetricOptions options) {
    return metric(INSTANCE_METRICS, "CPUUtilization", AVERAGE, options);
  }

  @Override
  public Metric metricCpuUtilization() {
    return metricCpuUtilization(null);
  }

  @Override
  public Metric metricMemoryUtilization(MetricOptions options) {
    return metric(INSTANCE_METRICS, "MemoryUtilization", AVERAGE, options);
  }

  @Override
  public Metric metricMemoryUtilization() {
    return metricMemoryUtilization(null);
  }

  @Override
  public Metric metricGpuUtilization(MetricOptions options) {
    return metric(INSTANCE_METRICS, "GPUUtilization", AVERAGE, options);
  }

  @Override
  public Metric metricGpuUtilization() {
    return metricGpuUtilization(null);
  }

  @Override
  public Metric metricGpuMemoryUtilization(MetricOptions options) {
    return metric(INSTANCE_METRICS, "GPUMemoryUtilization", AVERAGE, options);
  }

  @Override
  public Metric metricGpuMemoryUtilization() {
    return metricGpuMemoryUtilization(null);
  }

  /** The metric with this variant's dimensions and {@code statistic}, then {@code options} over it. */
  private Metric metric(String namespace, String metricName, String statistic, MetricOptions options) {
    Map<String, String> dimensions = new LinkedHashMap<>();
    dimensions.put("EndpointName", endpoint.getEndpointName());
    dimensions.put("VariantName", variantName);
    Metric metric = new Metric(MetricProps.builder()
        .namespace(namespace).metricName(metricName).dimensionsMap(dimensions).statistic(statistic).build());
    return options == null ? metric : metric.with(options);
  }

  @Override
  public ScalableInstanceCount autoScaleInstanceCount(EnableScalingProps scalingProps) {
    if (scalingProps == null) {
      throw new IllegalArgumentException(subject() + ": autoScaleInstanceCount needs EnableScalingProps with"
          + " maxCapacity");
    }
    if (scalableInstanceCount != null) {
      throw Violations.illegalState(subject(), RuntimeRule.AUTO_SCALING_ALREADY_ENABLED, variantName);
    }
    Number minCapacity = scalingProps.getMinCapacity() != null ? scalingProps.getMinCapacity() : initialInstanceCount;
    // An asynchronous endpoint may scale down to zero instances; a real-time one keeps at least one.
    Violations.of(endpoint.isAsynchronous()
        ? AsyncInferenceRules.backlogScaling(new BacklogScalingSpec(Tokens.known(minCapacity),
            Tokens.known(scalingProps.getMaxCapacity()), null), Tokens.known(instanceType.toString()),
            Tokens.known(initialInstanceCount))
        : EndpointRules.autoScaling(
            new AutoScalingSpec(Tokens.known(minCapacity), Tokens.known(scalingProps.getMaxCapacity()), null, null),
            Tokens.known(instanceType.toString()), Tokens.known(initialInstanceCount))).throwIfAny(this::subject);
    scalableInstanceCount = new ScalableInstanceCount(endpoint, scalableId(), BaseScalableAttributeProps.builder()
        .serviceNamespace(ServiceNamespace.SAGEMAKER)
        .resourceId("endpoint/" + endpoint.getEndpointName() + "/variant/" + variantName)
        .dimension(DESIRED_INSTANCE_COUNT)
        .role(scalingRole())
        .minCapacity(minCapacity)
        .maxCapacity(scalingProps.getMaxCapacity())
        .build());
    if (endpoint.isAsynchronous()) {
      scalableInstanceCount.asynchronousEndpoint(endpoint.getEndpointName());
    }
    return scalableInstanceCount;
  }

  /** "InstanceCount" as the official library names it, with the variant's name when an endpoint has several. */
  private String scalableId() {
    String id = "InstanceCount";
    if (Tokens.isUnresolved(variantName)) {
      return ChildIds.unique(endpoint, id, variantName);
    }
    return endpoint.getNode().tryFindChild(id) == null && endpoint.getInstanceProductionVariants().size() == 1
        ? id : variantName + id;
  }

  private IRole scalingRole() {
    return scalingRole(endpoint);
  }

  /**
   * The service-linked role, imported once per {@code owner} (an endpoint, an inference component): Application
   * Auto Scaling creates it when needed.
   */
  static IRole scalingRole(Construct owner) {
    IConstruct existing = owner.getNode().tryFindChild(SCALING_ROLE_ID);
    if (existing instanceof IRole role) {
      return role;
    }
    return Role.fromRoleArn(owner, SCALING_ROLE_ID, Stack.of(owner).formatArn(ArnComponents.builder()
        .service("iam").region("").resource(SCALING_ROLE_PATH).resourceName(SCALING_ROLE_NAME).build()));
  }

  private String subject() {
    return Subject.variant(endpoint.subject(), variantName);
  }
}
