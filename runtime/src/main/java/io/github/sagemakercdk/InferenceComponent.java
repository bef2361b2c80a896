package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.ModelGrants;
import io.github.sagemakercdk.internal.RuntimeRule;
import io.github.sagemakercdk.internal.Subject;
import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.HostingExclusions;
import io.github.sagemakercdk.rules.HostingFeature;
import io.github.sagemakercdk.rules.HostingSetup;
import io.github.sagemakercdk.rules.InferenceComponentRules;
import io.github.sagemakercdk.rules.InferenceComponentSpec;
import io.github.sagemakercdk.rules.Location.Attribute;
import io.github.sagemakercdk.rules.VariantLimitsRules;
import io.github.sagemakercdk.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Resource;
import software.amazon.awscdk.ResourceProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.applicationautoscaling.BaseScalableAttributeProps;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.applicationautoscaling.ServiceNamespace;
import software.amazon.awscdk.services.iam.FromRoleArnOptions;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.sagemaker.CfnInferenceComponent;
import software.constructs.Construct;

/**
 * One model placed on an endpoint that hosts inference components ({@code AWS::SageMaker::InferenceComponent}): its
 * copies share the instances of a host variant with the other components, each taking the CPU cores, accelerators
 * and memory its {@link ComputeResourceRequirements} say. Callers invoke it through the endpoint with its name
 * ({@code InferenceComponentName}); its copy count scales with {@link #autoScaleCopyCount}.
 *
 * <p>The endpoint config's execution role pulls the model's images and loads its data: it gets exactly what the
 * model's own role has for them. Errors name this construct's path and the rule.
 */
public class InferenceComponent extends Resource {
  /** The host variant a component is placed on unless it names another: the official library's variant name. */
  public static final String DEFAULT_VARIANT_NAME = "AllTraffic";
  static final int DEFAULT_COPY_COUNT = 1;

  private final IModel model;
  private final Number copyCount;
  private final CfnInferenceComponent resource;
  private final String inferenceComponentArn;
  private final String inferenceComponentName;
  private ScalableCopyCount scalableCopyCount;

  public InferenceComponent(Construct scope, String id, InferenceComponentProps props) {
    super(scope, id, checked(scope, id, props));
    this.model = props.getModel();
    this.copyCount = props.getCopyCount() == null ? DEFAULT_COPY_COUNT : props.getCopyCount();
    ComputeResourceRequirements compute = props.getComputeResourceRequirements();
    this.resource = CfnInferenceComponent.Builder.create(this, "InferenceComponent")
        .endpointName(props.getEndpoint().getEndpointName())
        .variantName(variantName(props))
        .inferenceComponentName(getPhysicalName())
        .specification(CfnInferenceComponent.InferenceComponentSpecificationProperty.builder()
            .modelName(model.getModelName())
            .computeResourceRequirements(
                CfnInferenceComponent.InferenceComponentComputeResourceRequirementsProperty.builder()
                    .numberOfCpuCoresRequired(compute.getNumberOfCpuCoresRequired())
                    .numberOfAcceleratorDevicesRequired(compute.getNumberOfAcceleratorDevicesRequired())
                    .minMemoryRequiredInMb(compute.getMinMemoryRequiredInMb())
                    .maxMemoryRequiredInMb(compute.getMaxMemoryRequiredInMb())
                    .build())
            .startupParameters(startupParameters(props))
            .build())
        .runtimeConfig(CfnInferenceComponent.InferenceComponentRuntimeConfigProperty.builder()
            .copyCount(copyCount).build())
        .build();
    this.inferenceComponentArn = getResourceArnAttribute(resource.getAttrInferenceComponentArn(),
        ArnComponents.builder().service("sagemaker").resource("inference-component")
            .resourceName(getPhysicalName()).build());
    // Ref and the ARN are all CloudFormation gives: a name it generated is the ARN's part after the slash.
    this.inferenceComponentName = props.getInferenceComponentName() != null ? props.getInferenceComponentName()
        : Fn.select(1, Fn.split("/", resource.getAttrInferenceComponentArn()));
    grantHost(props);
    getNode().addValidation(() -> Violations.of(modelExclusions(model)).lines());
  }

  /** Checks everything that can be known before the component is created, so a bad one fails at this line. */
  private static ResourceProps checked(Construct scope, String id, InferenceComponentProps props) {
    String subject = Subject.INFERENCE_COMPONENT.of(scope, id);
    if (props == null) {
      throw new IllegalArgumentException(subject + ": give InferenceComponentProps with an endpoint, a model and"
          + " computeResourceRequirements");
    }
    String name = props.getInferenceComponentName();
    Violations violations = new Violations();
    String hostInstanceType = null;
    EndpointConfig config = definedConfig(props.getEndpoint());
    if (config != null) {
      ProductionVariants variants = config.variants();
      if (!variants.hostsComponents()) {
        throw Violations.invalid(subject, RuntimeRule.ENDPOINT_HOSTS_NO_COMPONENTS,
            props.getEndpoint().getNode().getPath());
      }
      ComponentHostVariantProps host = variants.hostVariant(variantName(props));
      if (host == null) {
        throw Violations.invalid(subject, RuntimeRule.COMPONENT_HOST_NOT_FOUND, variantName(props),
            String.join(", ", variants.hostVariantNames()));
      }
      hostInstanceType = Tokens.known(host.getInstanceType().toString());
    }
    ComputeResourceRequirements compute = props.getComputeResourceRequirements();
    violations.addAll(InferenceComponentRules.component(new InferenceComponentSpec(
        name == null ? null : Tokens.known(name),
        Tokens.known(compute.getNumberOfCpuCoresRequired()),
        Tokens.known(compute.getNumberOfAcceleratorDevicesRequired()),
        Tokens.known(compute.getMinMemoryRequiredInMb()),
        Tokens.known(compute.getMaxMemoryRequiredInMb()),
        Tokens.known(props.getCopyCount()),
        hostInstanceType)));
    Number download = Tokens.known(ProductionVariants.seconds(props.getModelDataDownloadTimeout()));
    if (download != null) {
      violations.add(VariantLimitsRules.startupTimeout(Attribute.MODEL_DATA_DOWNLOAD_TIMEOUT, download));
    }
    Number healthCheck = Tokens.known(ProductionVariants.seconds(props.getContainerStartupHealthCheckTimeout()));
    if (healthCheck != null) {
      violations.add(VariantLimitsRules.startupTimeout(Attribute.CONTAINER_STARTUP_HEALTH_CHECK_TIMEOUT, healthCheck));
    }
    violations.addAll(modelExclusions(props.getModel()));
    violations.throwIfAny(subject);
    return ResourceProps.builder().physicalName(name).build();
  }

  /** The endpoint's config when both are defined in this app (so its variants are known), else null. */
  private static EndpointConfig definedConfig(IEndpoint endpoint) {
    return endpoint instanceof Endpoint defined && defined.endpointConfig() instanceof EndpointConfig config
        ? config : null;
  }

  private static String variantName(InferenceComponentProps props) {
    return props.getVariantName() == null ? DEFAULT_VARIANT_NAME : props.getVariantName();
  }

  /** What the model is made of that an inference component does not support (the exclusion table's rows). */
  private static List<Violation> modelExclusions(IModel model) {
    if (!(model instanceof ModelBase base)) {
      return List.of();
    }
    Set<HostingFeature> features = base.hostingFeatures();
    List<Violation> alone = HostingExclusions.rejected(HostingSetup.of(null, features));
    features.add(HostingFeature.INFERENCE_COMPONENTS);
    List<Violation> asComponent = new ArrayList<>(HostingExclusions.rejected(HostingSetup.of(null, features)));
    asComponent.removeAll(alone);
    return asComponent;
  }

  private static CfnInferenceComponent.InferenceComponentStartupParametersProperty startupParameters(
      InferenceComponentProps props) {
    Duration download = props.getModelDataDownloadTimeout();
    Duration healthCheck = props.getContainerStartupHealthCheckTimeout();
    if (download == null && healthCheck == null) {
      return null;
    }
    return CfnInferenceComponent.InferenceComponentStartupParametersProperty.builder()
        .modelDataDownloadTimeoutInSeconds(ProductionVariants.seconds(download))
        .containerStartupHealthCheckTimeoutInSeconds(ProductionVariants.seconds(healthCheck))
        .build();
  }

  /**
   * The host's execution role gets what the model's role has to reach its images and data, now and later: the
   * config's own grants when it is in this stack, else through a policy of this component on the role, imported by
   * its ARN (so that the host's stack never refers to this one). The component is created after that policy.
   */
  private void grantHost(InferenceComponentProps props) {
    EndpointConfig config = definedConfig(props.getEndpoint());
    IRole role = config != null ? config.getExecutionRole() : props.getHostExecutionRole();
    if (role == null) {
      return;
    }
    ModelGrants host;
    if (config != null && Stack.of(config) == Stack.of(this)) {
      host = config.executionGrants();
    } else {
      IRole imported = Role.fromRoleArn(this, "HostExecutionRole", role.getRoleArn(),
          FromRoleArnOptions.builder().mutable(true).build());
      host = new ModelGrants(imported);
    }
    ModelBase.grantsOf(model).shareArtifactAccessWith(host);
    if (host.principalPolicy() != null && Stack.of(host.principalPolicy()) == Stack.of(this)) {
      resource.getNode().addDependency(host.principalPolicy());
    }
  }

  /** The ARN of the component. */
  public String getInferenceComponentArn() {
    return inferenceComponentArn;
  }

  /** The name of the component, which a request names (InvokeEndpoint's {@code InferenceComponentName}). */
  public String getInferenceComponentName() {
    return inferenceComponentName;
  }

  /** The model the component runs. */
  public IModel getModel() {
    return model;
  }

  /**
   * Scales the component's copy count with Application Auto Scaling ({@code
   * sagemaker:inference-component:DesiredCopyCount} of {@code inference-component/<name>}), between
   * {@code minCapacity} (0 or more; default the copy count) and {@code maxCapacity}.
   *
   * @throws IllegalArgumentException when the range is not valid or leaves out the copy count
   * @throws IllegalStateException when called twice
   */
  public ScalableCopyCount autoScaleCopyCount(EnableScalingProps scalingProps) {
    String subject = Subject.INFERENCE_COMPONENT.of(this);
    if (scalingProps == null) {
      throw new IllegalArgumentException(subject + ": autoScaleCopyCount needs EnableScalingProps with maxCapacity");
    }
    if (scalableCopyCount != null) {
      throw Violations.illegalState(subject, RuntimeRule.COPY_SCALING_ALREADY_ENABLED);
    }
    Number minCapacity = scalingProps.getMinCapacity() != null ? scalingProps.getMinCapacity() : copyCount;
    Violations.of(InferenceComponentRules.copyScaling(Tokens.known(minCapacity),
        Tokens.known(scalingProps.getMaxCapacity()), Tokens.known(copyCount))).throwIfAny(subject);
    scalableCopyCount = new ScalableCopyCount(this, "CopyCount", BaseScalableAttributeProps.builder()
        .serviceNamespace(ServiceNamespace.SAGEMAKER)
        .resourceId("inference-component/" + inferenceComponentName)
        .dimension(io.github.sagemakercdk.rules.Limits.COPY_COUNT_SCALABLE_DIMENSION)
        .role(EndpointInstanceProductionVariant.scalingRole(this))
        .minCapacity(minCapacity)
        .maxCapacity(scalingProps.getMaxCapacity())
        .build());
    scalableCopyCount.component(inferenceComponentName);
    // The scalable target names the component: register it once the component exists.
    scalableCopyCount.getNode().addDependency(resource);
    return scalableCopyCount;
  }
}
