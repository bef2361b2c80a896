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
    this.resource = CfnEndpoint.Builder.create(this, "Endpoint")
        .endpointConfigName(endpointConfig.getEndpointConfigName())
        .endpointName(getPhysicalName())
        .build();
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

    public Endpoint build() {
      return new Endpoint(scope, id, props.build());
    }
  }
}
