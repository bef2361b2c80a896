package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.ModelGrants;
import io.github.sagemakercdk.internal.RuntimeRule;
import io.github.sagemakercdk.internal.Subject;
import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.AsyncInferenceRules;
import io.github.sagemakercdk.rules.EndpointRules;
import io.github.sagemakercdk.rules.EnvironmentRules;
import io.github.sagemakercdk.rules.KmsRules;
import io.github.sagemakercdk.rules.Location;
import io.github.sagemakercdk.rules.Rule;
import io.github.sagemakercdk.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.ResourceProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sagemaker.CfnEndpointConfig;
import software.constructs.Construct;
import software.constructs.IValidation;

/**
 * A SageMaker endpoint config: which models an endpoint serves, and on what. Either up to 10 instance production
 * variants (ML instances, optionally auto scaled through the {@link Endpoint}), or one serverless variant, or up to
 * 10 variants that host {@link InferenceComponent}s: instances that name no model, with the config's execution role.
 *
 * <p>Every variant is checked against SageMaker's rules when it is added, and its model must be in the config's
 * account and region; a config without variants fails at synth. Errors name this construct's path and the rule.
 */
public class EndpointConfig extends EndpointConfigBase {
  private final ProductionVariants variants;
  /** The data capture, or null for none. */
  private final DataCapture dataCapture;
  private final CfnEndpointConfig resource;
  /** The storage volume key's ARN, or null for none. */
  private final String encryptionKeyArn;
  /** Asynchronous inference, or null for a real-time (or serverless) config. */
  private final AsyncInference asyncInference;
  /** In inference-component mode, the config's execution role and what it has been granted; else null. */
  private final IRole executionRole;
  private final ModelGrants executionGrants;

  /** Imports the endpoint config with this ARN. */
  public static IEndpointConfig fromEndpointConfigArn(Construct scope, String id, String endpointConfigArn) {
    return new Import(scope, id, endpointConfigArn);
  }

  /** Imports the endpoint config with this name, in the account and region of {@code scope}'s stack. */
  public static IEndpointConfig fromEndpointConfigName(Construct scope, String id, String endpointConfigName) {
    String arn = Stack.of(scope).formatArn(ArnComponents.builder()
        .service("sagemaker").resource("endpoint-config").resourceName(endpointConfigName).build());
    return new Import(scope, id, arn);
  }

  /** A config whose variants are all added later. */
  public EndpointConfig(Construct scope, String id) {
    this(scope, id, null);
  }

  public EndpointConfig(Construct scope, String id, EndpointConfigProps props) {
    this(scope, id, props == null ? EndpointConfigProps.builder().build() : props, checked(scope, id, props),
        AsyncInference.checked(Subject.ENDPOINT_CONFIG.of(scope, id), props == null ? null : props.getAsyncInference()));
  }

  /** Takes the variants already checked, so a rejected config leaves nothing half-built behind. */
  private EndpointConfig(Construct scope, String id, EndpointConfigProps props, ProductionVariants variants,
      AsyncInference asyncInference) {
    this(scope, id, props, variants, asyncInference, props.getDataCaptureConfig() == null ? null
        : DataCapture.checked(Subject.ENDPOINT_CONFIG.of(scope, id), props.getDataCaptureConfig(),
            variants.serverlessVariantCount()));
  }

  private EndpointConfig(Construct scope, String id, EndpointConfigProps props, ProductionVariants variants,
      AsyncInference asyncInference, DataCapture dataCapture) {
    super(scope, id, ResourceProps.builder().physicalName(props.getEndpointConfigName()).build());
    this.variants = variants;
    this.dataCapture = dataCapture;
    this.asyncInference = asyncInference;
    IKey key = props.getEncryptionKey();
    this.encryptionKeyArn = key == null ? null : key.getKeyArn();
    boolean ownRole = variants.hostsComponents() && props.getExecutionRole() == null;
    this.executionRole = !variants.hostsComponents() ? null : ownRole
        ? Role.Builder.create(this, "ExecutionRole").assumedBy(new ServicePrincipal(Model.SAGEMAKER_SERVICE)).build()
        : props.getExecutionRole();
    this.executionGrants = executionRole == null ? null : new ModelGrants(executionRole);
    if (executionGrants != null) {
      if (ownRole) {
        executionGrants.principalIsNew();
      }
      // The instances write the components' logs and metrics; each component adds its model's images and data.
      executionGrants.writeLogsAndMetrics(Stack.of(this));
    }
    this.resource = CfnEndpointConfig.Builder.create(this, "EndpointConfig")
        .endpointConfigName(getPhysicalName())
        .executionRoleArn(executionRole == null ? null : executionRole.getRoleArn())
        .kmsKeyId(key == null ? null : key.getKeyArn())
        .productionVariants(variants.render())
        .shadowProductionVariants(variants.renderShadow())
        .dataCaptureConfig(dataCapture == null ? null : dataCapture.render())
        .asyncInferenceConfig(asyncInference == null ? null : asyncInference.render())
        .build();
    // The instances start with the role's logs and metrics: the config waits for its policy (in this stack).
    if (executionGrants != null && executionGrants.principalPolicy() != null
        && Stack.of(executionGrants.principalPolicy()) == Stack.of(this)) {
      resource.getNode().addDependency(executionGrants.principalPolicy());
    }
    if (dataCapture != null) {
      variants.models().forEach(model -> dataCapture.grantWrite(model, Stack.of(this)));
    }
    if (asyncInference != null) {
      variants.instanceModels().forEach(model -> asyncInference.grantTo(model, Stack.of(this)));
    }
    String endpointConfigName = getResourceNameAttribute(resource.getAttrEndpointConfigName());
    setAttributes(getResourceArnAttribute(resource.getRef(), ArnComponents.builder()
        .service("sagemaker").resource("endpoint-config").resourceName(getPhysicalName()).build()),
        endpointConfigName);
    getNode().addValidation(new SynthValidation());
  }

  /** Checks the name and every variant of {@code props} before the config is created. */
  private static ProductionVariants checked(Construct scope, String id, EndpointConfigProps props) {
    String subject = Subject.ENDPOINT_CONFIG.of(scope, id);
    EndpointConfigProps given = props == null ? EndpointConfigProps.builder().build() : props;
    String name = given.getEndpointConfigName();
    if (name != null && !Tokens.isUnresolved(name)) {
      Violations.check(subject, EndpointRules.endpointConfigName(name));
    }
    String keyArn = given.getEncryptionKey() == null ? null : given.getEncryptionKey().getKeyArn();
    if (keyArn != null && !Tokens.isUnresolved(keyArn)) {
      Violations.check(subject, KmsRules.keyArn(keyArn));
      String region = Stack.of(scope).getRegion();
      if (!Tokens.isUnresolved(region)) {
        Violations.check(subject, EnvironmentRules.key(keyArn, region));
      }
    }
    List<InstanceProductionVariantProps> instanceVariants = given.getInstanceProductionVariants();
    if (given.getAsyncInference() != null && given.getServerlessProductionVariant() != null) {
      Violations.of(AsyncInferenceRules.variants(1)).throwIfAny(subject);
    }
    if (instanceVariants != null && !instanceVariants.isEmpty() && given.getServerlessProductionVariant() != null) {
      Violations.of(List.of(Rule.VARIANT_KINDS_MIXED.violation(
          Location.model(Location.Attribute.VARIANTS), instanceVariants.size()))).throwIfAny(subject);
    }
    Stack stack = Stack.of(scope);
    ProductionVariants variants = new ProductionVariants(subject, stack.getAccount(), stack.getRegion());
    if (instanceVariants != null) {
      for (int i = 0; i < instanceVariants.size(); i++) {
        if (instanceVariants.get(i) == null) {
          throw new IllegalArgumentException(subject + ": instanceProductionVariants[" + i + "] is null; give"
              + " InstanceProductionVariantProps");
        }
        variants.addInstance(instanceVariants.get(i));
      }
    }
    if (given.getServerlessProductionVariant() != null) {
      variants.addServerless(given.getServerlessProductionVariant());
    }
    if (given.getShadowProductionVariant() != null) {
      variants.addShadow(given.getShadowProductionVariant());
    }
    List<ComponentHostVariantProps> hosts = given.getComponentHostVariants();
    if (hosts != null) {
      for (int i = 0; i < hosts.size(); i++) {
        if (hosts.get(i) == null) {
          throw new IllegalArgumentException(subject + ": componentHostVariants[" + i + "] is null; give"
              + " ComponentHostVariantProps");
        }
        variants.addHost(hosts.get(i));
      }
    }
    if (given.getExecutionRole() != null && !variants.hostsComponents()) {
      throw Violations.invalid(subject, RuntimeRule.EXECUTION_ROLE_WITHOUT_COMPONENT_HOSTS);
    }
    return variants;
  }

  /**
   * Adds an instance production variant.
   *
   * @throws IllegalArgumentException when the config is serverless, has 10 instance variants or one of this
   *     name, or the variant breaks a SageMaker rule
   */
  public void addInstanceProductionVariant(InstanceProductionVariantProps props) {
    variants.addInstance(props);
    resource.setProductionVariants(variants.render());
    if (dataCapture != null) {
      dataCapture.grantWrite(props.getModel(), Stack.of(this));
    }
    if (asyncInference != null) {
      asyncInference.grantTo(props.getModel(), Stack.of(this));
    }
  }

  /**
   * Adds the serverless production variant.
   *
   * @throws IllegalArgumentException when the config already has a variant or captures data, or the variant breaks
   *     a SageMaker rule
   */
  public void addServerlessProductionVariant(ServerlessProductionVariantProps props) {
    if (dataCapture != null) {
      DataCapture.checkServerless(Subject.ENDPOINT_CONFIG.of(this));
    }
    if (asyncInference != null) {
      Violations.of(AsyncInferenceRules.variants(1)).throwIfAny(Subject.ENDPOINT_CONFIG.of(this));
    }
    variants.addServerless(props);
    resource.setProductionVariants(variants.render());
  }

  /**
   * Adds a variant that hosts inference components. The config must have been created with componentHostVariants:
   * its execution role is made then.
   *
   * @throws IllegalArgumentException when the config has variants that name a model, 10 variants or one of this
   *     name, or the variant breaks a SageMaker rule
   */
  public void addComponentHostVariant(ComponentHostVariantProps props) {
    if (executionRole == null) {
      throw Violations.invalid(Subject.ENDPOINT_CONFIG.of(this), RuntimeRule.COMPONENT_HOSTS_MIXED, 1,
          variants.models().size());
    }
    variants.addHost(props);
    resource.setProductionVariants(variants.render());
  }

  /**
   * The role SageMaker runs the inference components with: the given executionRole, or the one this config created;
   * null for a config that hosts no components.
   */
  public IRole getExecutionRole() {
    return executionRole;
  }

  /** The grants to the execution role (null without one): the components add their models' images and data. */
  ModelGrants executionGrants() {
    return executionGrants;
  }

  /** Whether the config serves asynchronous inference, whose variants may scale to zero instances. */
  boolean isAsynchronous() {
    return asyncInference != null;
  }

  /** The variants, for the endpoints that use this config. */
  ProductionVariants variants() {
    return variants;
  }

  /** A config needs a variant by synth time. */
  private final class SynthValidation implements IValidation {
    @Override
    public List<String> validate() {
      List<Violation> violations = new ArrayList<>(variants.complete());
      if (encryptionKeyArn != null) {
        // CreateEndpointConfig takes no KMS key when an instance type has local NVMe storage.
        for (InstanceProductionVariantProps variant : variants.instanceVariantsAndShadow()) {
          InstanceType type = variant.getInstanceType();
          String instanceType = type == null ? null : type.toString();
          if (instanceType != null && !Tokens.isUnresolved(instanceType)) {
            KmsRules.storageVolumeKey(instanceType).ifPresent(violations::add);
          }
        }
      }
      return Violations.of(violations).lines();
    }
  }

  /** An endpoint config defined outside this app, known by its ARN; its variants are not known. */
  private static final class Import extends EndpointConfigBase {
    Import(Construct scope, String id, String endpointConfigArn) {
      super(scope, id, ResourceProps.builder().environmentFromArn(endpointConfigArn).build());
      setAttributes(endpointConfigArn,
          Stack.of(scope).splitArn(endpointConfigArn, ArnFormat.SLASH_RESOURCE_NAME).getResourceName());
    }
  }

  /** Builds an {@link EndpointConfig}: {@code EndpointConfig.Builder.create(this, "EndpointConfig")}. */
  public static final class Builder {
    private final Construct scope;
    private final String id;
    private final EndpointConfigProps.Builder props = EndpointConfigProps.builder();

    private Builder(Construct scope, String id) {
      this.scope = scope;
      this.id = id;
    }

    public static Builder create(Construct scope, String id) {
      return new Builder(scope, id);
    }

    public Builder endpointConfigName(String endpointConfigName) {
      props.endpointConfigName(endpointConfigName);
      return this;
    }

    public Builder encryptionKey(IKey encryptionKey) {
      props.encryptionKey(encryptionKey);
      return this;
    }

    public Builder instanceProductionVariants(List<InstanceProductionVariantProps> instanceProductionVariants) {
      props.instanceProductionVariants(instanceProductionVariants);
      return this;
    }

    public Builder serverlessProductionVariant(ServerlessProductionVariantProps serverlessProductionVariant) {
      props.serverlessProductionVariant(serverlessProductionVariant);
      return this;
    }

    public Builder dataCaptureConfig(DataCaptureConfig dataCaptureConfig) {
      props.dataCaptureConfig(dataCaptureConfig);
      return this;
    }

    public Builder shadowProductionVariant(InstanceProductionVariantProps shadowProductionVariant) {
      props.shadowProductionVariant(shadowProductionVariant);
      return this;
    }

    public Builder asyncInference(AsyncInferenceConfig asyncInference) {
      props.asyncInference(asyncInference);
      return this;
    }

    public Builder componentHostVariants(List<ComponentHostVariantProps> componentHostVariants) {
      props.componentHostVariants(componentHostVariants);
      return this;
    }

    public Builder executionRole(IRole executionRole) {
      props.executionRole(executionRole);
      return this;
    }

    public EndpointConfig build() {
      return new EndpointConfig(scope, id, props.build());
    }
  }
}
