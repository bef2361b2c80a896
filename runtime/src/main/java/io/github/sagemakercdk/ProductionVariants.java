package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.EnvironmentDifference;
import io.github.sagemakercdk.internal.RuntimeRule;
import io.github.sagemakercdk.internal.Subject;
import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.EndpointRules;
import io.github.sagemakercdk.rules.HostingExclusions;
import io.github.sagemakercdk.rules.HostingFeature;
import io.github.sagemakercdk.rules.HostingSetup;
import io.github.sagemakercdk.rules.InstanceVariantSpec;
import io.github.sagemakercdk.rules.Location;
import io.github.sagemakercdk.rules.ManagedInstanceScalingSpec;
import io.github.sagemakercdk.rules.Rule;
import io.github.sagemakercdk.rules.ShadowVariantRules;
import io.github.sagemakercdk.rules.ServerlessVariantSpec;
import io.github.sagemakercdk.rules.VariantLimitsRules;
import io.github.sagemakercdk.rules.VariantLimitsSpec;
import io.github.sagemakercdk.rules.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.TimeConversionOptions;
import software.amazon.awscdk.services.sagemaker.CfnEndpointConfig;

/**
 * The production variants of one endpoint config, each checked against SageMaker's rules as it is added, so a bad
 * variant fails at the line that adds it.
 */
final class ProductionVariants {
  static final InstanceType DEFAULT_INSTANCE_TYPE = InstanceType.T2_MEDIUM;
  static final int DEFAULT_INITIAL_INSTANCE_COUNT = 1;
  static final double DEFAULT_INITIAL_VARIANT_WEIGHT = 1.0;

  private final String subject;
  private final String account;
  private final String region;
  private final Map<String, InstanceProductionVariantProps> instanceVariants = new LinkedHashMap<>();
  private ServerlessProductionVariantProps serverlessVariant;
  private InstanceProductionVariantProps shadowVariant;
  /** The variants that host inference components: with them, no variant names a model. */
  private final Map<String, ComponentHostVariantProps> hostVariants = new LinkedHashMap<>();

  /** The variants of the config {@code subject} ("EndpointConfig path") in {@code account} and {@code region}. */
  ProductionVariants(String subject, String account, String region) {
    this.subject = subject;
    this.account = account;
    this.region = region;
  }

  void addInstance(InstanceProductionVariantProps props) {
    if (props == null) {
      throw new IllegalArgumentException(subject + ": give InstanceProductionVariantProps, not null");
    }
    String name = props.getVariantName();
    Violations violations = Violations.of(EndpointRules.variants(
        instanceVariants.size() + hostVariants.size() + 1, serverlessVariant == null ? 0 : 1));
    hostsBeside(1, violations);
    if (instanceVariants.containsKey(name) || hostVariants.containsKey(name)
        || shadowVariant != null && shadowVariant.getVariantName().equals(name)) {
      violations.addAll(EndpointRules.duplicateVariantNames(List.of(name, name)));
    }
    if (shadowVariant != null) {
      // Beside a shadow variant, the second production variant is one too many.
      violations.addAll(ShadowVariantRules.variants(productionCount() + 1, 1));
    }
    violations.addAll(EndpointRules.instanceVariant(spec(props), Tokens::isUnresolved));
    violations.addAll(limitViolations(props));
    violations.addAll(HostingChecks.instances(props.getModel(), instanceType(props)));
    modelEnvironment(props.getModel(), violations);
    violations.throwIfAny(Subject.variant(subject, name));
    instanceVariants.put(name, props);
  }

  void addServerless(ServerlessProductionVariantProps props) {
    if (props == null) {
      throw new IllegalArgumentException(subject + ": give ServerlessProductionVariantProps, not null");
    }
    Violations violations = Violations.of(EndpointRules.variants(
        instanceVariants.size() + hostVariants.size(), serverlessVariant == null ? 1 : 2));
    if (!hostVariants.isEmpty()) {
      violations.addAll(HostingExclusions.rejected(HostingSetup.of(null,
          EnumSet.of(HostingFeature.INFERENCE_COMPONENTS, HostingFeature.SERVERLESS))));
    }
    if (shadowVariant != null) {
      // The shadow is on instances, which a serverless config does not mix with.
      violations.addAll(List.of(Rule.VARIANT_KINDS_MIXED.violation(Location.model(Location.Attribute.VARIANTS), 1)));
    }
    violations.addAll(EndpointRules.serverlessVariant(spec(props), Tokens::isUnresolved));
    violations.addAll(HostingChecks.serverless(props.getModel()));
    modelEnvironment(props.getModel(), violations);
    violations.throwIfAny(Subject.variant(subject, props.getVariantName()));
    serverlessVariant = props;
  }

  /**
   * Adds the shadow variant: an instance variant SageMaker copies the production variant's requests to.
   */
  void addShadow(InstanceProductionVariantProps props) {
    if (props == null) {
      throw new IllegalArgumentException(subject + ": give InstanceProductionVariantProps, not null");
    }
    String name = props.getVariantName();
    Violations violations = new Violations();
    hostsBeside(1, violations);
    if (productionCount() > 1) {
      violations.addAll(ShadowVariantRules.variants(productionCount(), 1));
    }
    if (serverlessVariant != null) {
      // The shadow is on instances, which a serverless config does not mix with.
      violations.addAll(List.of(Rule.VARIANT_KINDS_MIXED.violation(Location.model(Location.Attribute.VARIANTS), 1)));
    }
    if (instanceVariants.containsKey(name)
        || serverlessVariant != null && serverlessVariant.getVariantName().equals(name)) {
      violations.addAll(EndpointRules.duplicateVariantNames(List.of(name, name)));
    }
    violations.addAll(EndpointRules.instanceVariant(spec(props), Tokens::isUnresolved));
    violations.addAll(limitViolations(props));
    violations.addAll(HostingChecks.instances(props.getModel(), instanceType(props)));
    modelEnvironment(props.getModel(), violations);
    violations.throwIfAny(Subject.variant(subject, name));
    shadowVariant = props;
  }

  /**
   * Adds a variant that hosts inference components: instances and no model. A config of such variants has no
   * variant that names a model.
   */
  void addHost(ComponentHostVariantProps props) {
    if (props == null) {
      throw new IllegalArgumentException(subject + ": give ComponentHostVariantProps, not null");
    }
    String name = props.getVariantName();
    Violations violations = Violations.of(EndpointRules.variants(
        instanceVariants.size() + hostVariants.size() + 1, serverlessVariant == null ? 0 : 1));
    int withModel = instanceVariants.size() + (shadowVariant == null ? 0 : 1);
    if (withModel > 0) {
      violations.add(RuntimeRule.COMPONENT_HOSTS_MIXED, hostVariants.size() + 1, withModel);
    }
    if (serverlessVariant != null) {
      violations.addAll(HostingExclusions.rejected(HostingSetup.of(null,
          EnumSet.of(HostingFeature.INFERENCE_COMPONENTS, HostingFeature.SERVERLESS))));
    }
    if (hostVariants.containsKey(name) || instanceVariants.containsKey(name)) {
      violations.addAll(EndpointRules.duplicateVariantNames(List.of(name, name)));
    }
    violations.addAll(EndpointRules.instanceVariant(new InstanceVariantSpec(name, props.getInstanceType().toString(),
        Tokens.known(props.getInitialInstanceCount()), null, null), Tokens::isUnresolved));
    violations.addAll(hostLimitViolations(props));
    violations.throwIfAny(Subject.variant(subject, name));
    hostVariants.put(name, props);
  }

  /** A variant that names a model, beside variants that host inference components, is one kind too many. */
  private void hostsBeside(int withModel, Violations violations) {
    if (!hostVariants.isEmpty()) {
      violations.add(RuntimeRule.COMPONENT_HOSTS_MIXED, hostVariants.size(),
          instanceVariants.size() + (shadowVariant == null ? 0 : 1) + withModel);
    }
  }

  /** Whether the config hosts inference components: its variants name no model. */
  boolean hostsComponents() {
    return !hostVariants.isEmpty();
  }

  /** The host variant of this name, or null. */
  ComponentHostVariantProps hostVariant(String name) {
    return hostVariants.get(name);
  }

  List<String> hostVariantNames() {
    return List.copyOf(hostVariants.keySet());
  }

  private int productionCount() {
    return instanceVariants.size() + hostVariants.size() + (serverlessVariant == null ? 0 : 1);
  }

  /** The instance variants, then the shadow variant if there is one. */
  List<InstanceProductionVariantProps> instanceVariantsAndShadow() {
    List<InstanceProductionVariantProps> all = new ArrayList<>(instanceVariants.values());
    if (shadowVariant != null) {
      all.add(shadowVariant);
    }
    return all;
  }

  /** The shadow variant as CloudFormation takes it, or null for none. */
  List<Object> renderShadow() {
    return shadowVariant == null ? null : List.of(render(shadowVariant));
  }

  /** The instance variant of this name, or null. */
  InstanceProductionVariantProps instanceVariant(String name) {
    return instanceVariants.get(name);
  }

  /** The models of the instance variants, in the order the variants were added (a model may repeat). */
  List<IModel> instanceModels() {
    return instanceVariants.values().stream().map(InstanceProductionVariantProps::getModel).toList();
  }

  List<String> instanceVariantNames() {
    return List.copyOf(instanceVariants.keySet());
  }

  /** How many serverless variants there are (0 or 1). */
  int serverlessVariantCount() {
    return serverlessVariant == null ? 0 : 1;
  }

  /** The model of each variant, in the order they were added (a model serving two variants comes twice). */
  List<IModel> models() {
    List<IModel> models = new ArrayList<>();
    instanceVariants.values().forEach(variant -> models.add(variant.getModel()));
    if (serverlessVariant != null) {
      models.add(serverlessVariant.getModel());
    }
    if (shadowVariant != null) {
      models.add(shadowVariant.getModel());
    }
    return models;
  }

  /**
   * What must hold once all variants are added: at least one, and no hosting exclusion (a model may have changed
   * since its variant was added, by addContainer).
   */
  List<Violation> complete() {
    List<Violation> violations = new ArrayList<>(
        EndpointRules.variants(instanceVariants.size() + hostVariants.size(), serverlessVariant == null ? 0 : 1));
    instanceVariants.values().forEach(variant ->
        violations.addAll(HostingChecks.instances(variant.getModel(), instanceType(variant))));
    if (serverlessVariant != null) {
      violations.addAll(HostingChecks.serverless(serverlessVariant.getModel()));
    }
    if (shadowVariant != null) {
      violations.addAll(HostingChecks.instances(shadowVariant.getModel(), instanceType(shadowVariant)));
    }
    violations.addAll(ShadowVariantRules.variants(productionCount(), shadowVariant == null ? 0 : 1));
    return violations;
  }

  /** The variants as CloudFormation takes them, in the order they were added. */
  List<Object> render() {
    List<Object> rendered = new ArrayList<>();
    instanceVariants.values().forEach(variant -> rendered.add(render(variant)));
    hostVariants.values().forEach(variant -> rendered.add(render(variant)));
    if (serverlessVariant != null) {
      rendered.add(render(serverlessVariant));
    }
    return rendered;
  }

  static InstanceType instanceType(InstanceProductionVariantProps props) {
    return props.getInstanceType() == null ? DEFAULT_INSTANCE_TYPE : props.getInstanceType();
  }

  static Number initialInstanceCount(InstanceProductionVariantProps props) {
    return props.getInitialInstanceCount() == null ? DEFAULT_INITIAL_INSTANCE_COUNT : props.getInitialInstanceCount();
  }

  /**
   * (An accelerator never gets here: the rules reject it, as Elastic Inference is discontinued.) The variant limits
   * appear only when given, so a variant without them renders as before.
   */
  private static CfnEndpointConfig.ProductionVariantProperty render(InstanceProductionVariantProps variant) {
    ManagedInstanceScaling scaling = variant.getManagedInstanceScaling();
    return CfnEndpointConfig.ProductionVariantProperty.builder()
        .variantName(variant.getVariantName())
        .modelName(variant.getModel().getModelName())
        .instanceType(instanceType(variant).toString())
        .initialInstanceCount(initialInstanceCount(variant))
        .initialVariantWeight(weight(variant.getInitialVariantWeight()))
        .volumeSizeInGb(variant.getVolumeSizeInGb())
        .modelDataDownloadTimeoutInSeconds(seconds(variant.getModelDataDownloadTimeout()))
        .containerStartupHealthCheckTimeoutInSeconds(seconds(variant.getContainerStartupHealthCheckTimeout()))
        .managedInstanceScaling(render(scaling))
        .routingConfig(render(variant.getRoutingStrategy()))
        .inferenceAmiVersion(variant.getInferenceAmiVersion() == null ? null
            : variant.getInferenceAmiVersion().toString())
        .build();
  }

  /** The limits of an instance (or shadow) variant, checked against its effective instance type and count. */
  private static List<Violation> limitViolations(InstanceProductionVariantProps props) {
    String instanceType = Tokens.known(instanceType(props).toString());
    return VariantLimitsRules.validate(limits(props), instanceType, Tokens.known(initialInstanceCount(props)),
        Tokens::isUnresolved);
  }

  private static VariantLimitsSpec limits(InstanceProductionVariantProps props) {
    ManagedInstanceScaling scaling = props.getManagedInstanceScaling();
    return new VariantLimitsSpec(
        Tokens.known(props.getVolumeSizeInGb()),
        Tokens.known(seconds(props.getModelDataDownloadTimeout())),
        Tokens.known(seconds(props.getContainerStartupHealthCheckTimeout())),
        scaling == null ? null : new ManagedInstanceScalingSpec(Tokens.known(scaling.getMinInstanceCount()),
            Tokens.known(scaling.getMaxInstanceCount()), status(scaling).name()),
        props.getRoutingStrategy() == null ? null : props.getRoutingStrategy().name(),
        props.getInferenceAmiVersion() == null ? null : props.getInferenceAmiVersion().toString());
  }

  /** Scaling given without a status is on. */
  private static ManagedInstanceScalingStatus status(ManagedInstanceScaling scaling) {
    return scaling.getStatus() == null ? ManagedInstanceScalingStatus.ENABLED : scaling.getStatus();
  }

  /** Whole seconds or not: a fraction is the rules' to report, with SageMaker's range. */
  static Number seconds(Duration duration) {
    return duration == null ? null : duration.toSeconds(TimeConversionOptions.builder().integral(false).build());
  }

  /** No model and no weight: requests name the component they are for. */
  private static CfnEndpointConfig.ProductionVariantProperty render(ComponentHostVariantProps variant) {
    return CfnEndpointConfig.ProductionVariantProperty.builder()
        .variantName(variant.getVariantName())
        .instanceType(variant.getInstanceType().toString())
        .initialInstanceCount(initialInstanceCount(variant))
        .managedInstanceScaling(render(variant.getManagedInstanceScaling()))
        .routingConfig(render(variant.getRoutingStrategy()))
        .build();
  }

  private static Number initialInstanceCount(ComponentHostVariantProps variant) {
    return variant.getInitialInstanceCount() == null ? DEFAULT_INITIAL_INSTANCE_COUNT : variant.getInitialInstanceCount();
  }

  private static CfnEndpointConfig.ManagedInstanceScalingProperty render(ManagedInstanceScaling scaling) {
    return scaling == null ? null : CfnEndpointConfig.ManagedInstanceScalingProperty.builder()
        .minInstanceCount(scaling.getMinInstanceCount())
        .maxInstanceCount(scaling.getMaxInstanceCount())
        .status(status(scaling).name())
        .build();
  }

  private static CfnEndpointConfig.RoutingConfigProperty render(RoutingStrategy routingStrategy) {
    return routingStrategy == null ? null
        : CfnEndpointConfig.RoutingConfigProperty.builder().routingStrategy(routingStrategy.name()).build();
  }

  /** Managed instance scaling (down to 0 instances: the endpoint hosts components) and the routing strategy. */
  private static List<Violation> hostLimitViolations(ComponentHostVariantProps props) {
    List<Violation> violations = new ArrayList<>();
    ManagedInstanceScaling scaling = props.getManagedInstanceScaling();
    if (scaling != null) {
      violations.addAll(VariantLimitsRules.managedInstanceScaling(new ManagedInstanceScalingSpec(
          Tokens.known(scaling.getMinInstanceCount()), Tokens.known(scaling.getMaxInstanceCount()),
          status(scaling).name()), Tokens.known(initialInstanceCount(props)), true));
    }
    if (props.getRoutingStrategy() != null) {
      VariantLimitsRules.routingStrategy(props.getRoutingStrategy().name()).ifPresent(violations::add);
    }
    return violations;
  }

  private static CfnEndpointConfig.ProductionVariantProperty render(ServerlessProductionVariantProps variant) {
    return CfnEndpointConfig.ProductionVariantProperty.builder()
        .variantName(variant.getVariantName())
        .modelName(variant.getModel().getModelName())
        .initialVariantWeight(weight(variant.getInitialVariantWeight()))
        .serverlessConfig(CfnEndpointConfig.ServerlessConfigProperty.builder()
            .memorySizeInMb(variant.getMemorySizeInMb())
            .maxConcurrency(variant.getMaxConcurrency())
            .provisionedConcurrency(variant.getProvisionedConcurrency())
            .build())
        .build();
  }

  private static Number weight(Number given) {
    return given == null ? DEFAULT_INITIAL_VARIANT_WEIGHT : given;
  }

  private static InstanceVariantSpec spec(InstanceProductionVariantProps props) {
    return new InstanceVariantSpec(
        props.getVariantName(),
        props.getInstanceType() == null ? null : props.getInstanceType().toString(),
        Tokens.known(props.getInitialInstanceCount()),
        Tokens.known(props.getInitialVariantWeight()),
        props.getAcceleratorType() == null ? null : props.getAcceleratorType().toString());
  }

  private static ServerlessVariantSpec spec(ServerlessProductionVariantProps props) {
    return new ServerlessVariantSpec(
        props.getVariantName(),
        Tokens.known(props.getMemorySizeInMb()),
        Tokens.known(props.getMaxConcurrency()),
        Tokens.known(props.getProvisionedConcurrency()),
        Tokens.known(props.getInitialVariantWeight()));
  }

  /** SageMaker hosts a model only in its own account and region; tokens are compared by CloudFormation. */
  private void modelEnvironment(IModel model, Violations violations) {
    EnvironmentDifference.between(model.getEnv(), account, region).ifPresent(elsewhere -> violations.add(
        RuntimeRule.MODEL_ENVIRONMENT, model.getNode().getPath(), elsewhere.found(), elsewhere.expected()));
  }
}
