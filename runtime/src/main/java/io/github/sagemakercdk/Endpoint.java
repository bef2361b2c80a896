package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.EnvironmentDifference;
import io.github.sagemakercdk.internal.RuntimeRule;
import io.github.sagemakercdk.internal.Subject;
import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.EndpointRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.ResourceProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.sagemaker.CfnEndpoint;
import software.constructs.Construct;

/**
 * A SageMaker endpoint: serves the models of its {@link EndpointConfig} over HTTPS. Its instance production
 * variants give CloudWatch metrics and auto scaling ({@link #findInstanceProductionVariant}), and
 * {@link #grantInvoke} lets a principal call it.
 */
public class Endpoint extends EndpointBase {
  private final IEndpointConfig endpointConfig;
  private final CfnEndpoint resource;
  /** How the endpoint is updated (its guarded deployment and rollback alarms), or null for SageMaker's default. */
  private Deployment deployment;
  /** One object per variant, so that auto scaling a variant twice is caught. */
  private final Map<String, EndpointInstanceProductionVariant> variants = new LinkedHashMap<>();

  /** Imports the endpoint with this ARN. */
  public static IEndpoint fromEndpointArn(Construct scope, String id, String endpointArn) {
    return fromEndpointAttributes(scope, id, EndpointAttributes.builder().endpointArn(endpointArn).build());
  }

  /** Imports the endpoint with this name, in the account and region of {@code scope}'s stack. */
  public static IEndpoint fromEndpointName(Construct scope, String id, String endpointName) {
    String arn = Stack.of(scope).formatArn(ArnComponents.builder()
        .service("sagemaker").resource("endpoint").resourceName(endpointName).build());
    return fromEndpointArn(scope, id, arn);
  }

  /** Imports an endpoint from its attributes. */
  public static IEndpoint fromEndpointAttributes(Construct scope, String id, EndpointAttributes attributes) {
    return new Import(scope, id, attributes);
  }

  public Endpoint(Construct scope, String id, EndpointProps props) {
    super(scope, id, checked(scope, id, props));
    this.endpointConfig = props.getEndpointConfig();
    this.deployment = props.getDeploymentConfig() == null ? null : new Deployment(props.getDeploymentConfig());
    this.resource = CfnEndpoint.Builder.create(this, "Endpoint")
        .endpointConfigName(endpointConfig.getEndpointConfigName())
        .endpointName(getPhysicalName())
        .deploymentConfig(deployment == null ? null : deployment.render())
        .build();
    getNode().addValidation(() -> deployment == null ? List.of() : deploymentViolations(deployment));
    if (deployment != null) {
      grantDescribeAlarms(props.getDeploymentConfig().getRollbackAlarms());
    }
    String endpointName = getResourceNameAttribute(resource.getAttrEndpointName());
    setAttributes(getResourceArnAttribute(resource.getRef(), ArnComponents.builder()
        .service("sagemaker").resource("endpoint").resourceName(getPhysicalName()).build()), endpointName);
  }

  /** Checks the name, and that the config is in this endpoint's account and region, before anything is created. */
  private static ResourceProps checked(Construct scope, String id, EndpointProps props) {
    String subject = Subject.ENDPOINT.of(scope, id);
    if (props == null) {
      throw new IllegalArgumentException(subject + ": give EndpointProps with an endpointConfig");
    }
    String name = props.getEndpointName();
    if (name != null && !Tokens.isUnresolved(name)) {
      Violations.check(subject, EndpointRules.endpointName(name));
    }
    if (props.getDeploymentConfig() != null) {
      Violations.of(new Deployment(props.getDeploymentConfig()).checkValues()).throwIfAny(subject);
    }
    Stack stack = Stack.of(scope);
    Optional<EnvironmentDifference> elsewhere = EnvironmentDifference.between(
        props.getEndpointConfig().getEnv(), stack.getAccount(), stack.getRegion());
    if (elsewhere.isPresent()) {
      throw Violations.invalid(subject, RuntimeRule.ENDPOINT_CONFIG_ENVIRONMENT,
          props.getEndpointConfig().getNode().getPath(), elsewhere.get().found(), elsewhere.get().expected());
    }
    return ResourceProps.builder().physicalName(name).build();
  }

  /**
   * The instance production variants of the endpoint's config, in the order they were added.
   *
   * @throws IllegalStateException when the config is imported, so its variants are not known
   */
  public List<IEndpointInstanceProductionVariant> getInstanceProductionVariants() {
    return configVariants().instanceVariantNames().stream()
        .map(name -> (IEndpointInstanceProductionVariant) variant(name))
        .toList();
  }

  /**
   * The instance production variant of this name.
   *
   * @throws IllegalArgumentException when the config has no instance variant of this name
   * @throws IllegalStateException when the config is imported, so its variants are not known
   */
  public IEndpointInstanceProductionVariant findInstanceProductionVariant(String name) {
    ProductionVariants known = configVariants();
    if (known.instanceVariant(name) == null) {
      List<String> names = known.instanceVariantNames();
      throw Violations.invalid(subject(), RuntimeRule.VARIANT_NOT_FOUND,
          String.valueOf(name), names.isEmpty() ? "none" : String.join(", ", names));
    }
    return variant(name);
  }

  private EndpointInstanceProductionVariant variant(String name) {
    return variants.computeIfAbsent(name,
        n -> new EndpointInstanceProductionVariant(this, configVariants().instanceVariant(n)));
  }

  /**
   * Rolls a deployment of this endpoint back when {@code alarm} goes off, for instance an alarm on this endpoint's
   * own metrics, which exists only after the endpoint: SageMaker watches 1 to 10 alarms during each update.
   *
   * @throws IllegalArgumentException when the alarm would break SageMaker's rules (an 11th alarm, one given twice)
   */
  public void addRollbackAlarm(IAlarm alarm) {
    if (alarm == null) {
      throw new IllegalArgumentException(subject() + ": give an alarm");
    }
    Deployment next = Deployment.withAlarm(deployment, alarm);
    Violations.of(next.checkValues()).throwIfAny(this::subject);
    deployment = next;
    resource.setDeploymentConfig(next.render());
    grantDescribeAlarms(List.of(alarm));
  }

  /**
   * SageMaker reads the rollback alarms with the execution role of the endpoint's models: each model of the config's
   * variants (those it has now) may describe exactly these alarms. An imported config's models are not known.
   */
  private void grantDescribeAlarms(List<IAlarm> alarms) {
    if (alarms.isEmpty() || !(endpointConfig instanceof EndpointConfig defined)) {
      return;
    }
    List<String> arns = alarms.stream().map(Deployment::alarmArn).toList();
    java.util.Set<IModel> granted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (IModel model : defined.variants().models()) {
      if (granted.add(model)) {
        ModelBase.grantsOf(model).describeAlarms(arns);
      }
    }
  }

  /**
   * What the guarded deployment breaks with the config's variants, at synth when they are all known: batch sizes
   * against the one variant's instance count (unless auto scaled), and the exclusions. An imported config is not
   * known: nothing to check.
   */
  private List<String> deploymentViolations(Deployment deployment) {
    if (!(endpointConfig instanceof EndpointConfig defined)) {
      return List.of();
    }
    ProductionVariants known = defined.variants();
    List<String> names = known.instanceVariantNames();
    Number instanceCount = null;
    if (names.size() == 1 && known.serverlessVariantCount() == 0 && !variant(names.get(0)).isAutoScaled()) {
      instanceCount = ProductionVariants.initialInstanceCount(known.instanceVariant(names.get(0)));
    }
    List<String> instanceTypes = names.stream()
        .map(name -> ProductionVariants.instanceType(known.instanceVariant(name)).toString())
        .filter(type -> !Tokens.isUnresolved(type))
        .toList();
    return Violations.of(deployment.checkHosting(Tokens.known(instanceCount), names.size(), known.serverlessVariantCount(),
        instanceTypes)).lines();
  }

  /** The endpoint's config, as given (defined in this app, or imported). */
  IEndpointConfig endpointConfig() {
    return endpointConfig;
  }

  /** Whether the endpoint's own config serves asynchronous inference (an imported config: not known, so no). */
  boolean isAsynchronous() {
    return endpointConfig instanceof EndpointConfig defined && defined.isAsynchronous();
  }

  private ProductionVariants configVariants() {
    if (endpointConfig instanceof EndpointConfig defined) {
      return defined.variants();
    }
    throw Violations.illegalState(subject(), RuntimeRule.IMPORTED_ENDPOINT_CONFIG_VARIANTS);
  }

  /** An endpoint defined outside this app, known by its ARN. */
  private static final class Import extends EndpointBase {
    Import(Construct scope, String id, EndpointAttributes attributes) {
      super(scope, id, ResourceProps.builder().environmentFromArn(attributes.getEndpointArn()).build());
      String endpointArn = attributes.getEndpointArn();
      setAttributes(endpointArn,
          Stack.of(scope).splitArn(endpointArn, ArnFormat.SLASH_RESOURCE_NAME).getResourceName());
    }
  }

  /** Builds an {@link Endpoint}: {@code Endpoint.Builder.create(this, "Endpoint")}. */
  public static final class Builder {
    private final Construct scope;
    private final String id;
    private final EndpointProps.Builder props = EndpointProps.builder();

    private Builder(Construct scope, String id) {
      this.scope = scope;
      this.id = id;
    }

    public static Builder create(Construct scope, String id) {
      return new Builder(scope, id);
    }

    public Builder endpointConfig(IEndpointConfig endpointConfig) {
      props.endpointConfig(endpointConfig);
      return this;
    }

    public Builder endpointName(String endpointName) {
      props.endpointName(endpointName);
      return this;
    }

    public Builder deploymentConfig(DeploymentConfig deploymentConfig) {
      props.deploymentConfig(deploymentConfig);
      return this;
    }

    public Endpoint build() {
      return new Endpoint(scope, id, props.build());
    }
  }
}
