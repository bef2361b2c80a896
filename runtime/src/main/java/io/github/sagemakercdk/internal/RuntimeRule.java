package io.github.sagemakercdk.internal;

import io.github.sagemakercdk.rules.Messages;

/**
 * The rules of this library's API, checked before CloudFormation sees the constructs: how models, endpoint
 * configs and endpoints are put together. SageMaker's own limits, which the annotation processor checks too, are
 * in the rules module's {@code Rule}; the ids here have the same form and are distinct from those.
 */
public enum RuntimeRule {
  VPC_OPTIONS_WITHOUT_VPC("%s given without vpc: security groups and outbound traffic only apply to a model"
      + " placed in a VPC; set vpc, or remove %s"),
  VPC_ALLOW_ALL_OUTBOUND_WITH_SECURITY_GROUPS("allowAllOutbound is set together with securityGroups: configure"
      + " outbound traffic on the security groups you pass, or drop securityGroups and let the model create one"),
  CONNECTIONS_WITHOUT_VPC("the model is not in a VPC, so its network access cannot be managed: give the model a"
      + " vpc (for an imported model: its securityGroups)"),
  IMPORTED_MODEL_WITHOUT_ROLE("the imported model has no known role, so no statement can be added to it: pass"
      + " its role in ModelAttributes"),
  MODEL_ENVIRONMENT("model %s is in %s, the endpoint config in %s: SageMaker hosts a model only in the account"
      + " and region it was created in; define the endpoint config in the model's account and region"),
  ENDPOINT_CONFIG_ENVIRONMENT("endpoint config %s is in %s, the endpoint in %s: an endpoint uses an endpoint"
      + " config of its own account and region; define the endpoint there"),
  VARIANT_NOT_FOUND("the endpoint config has no instance production variant named \"%s\" (it has: %s): use"
      + " the variantName given to addInstanceProductionVariant"),
  IMPORTED_ENDPOINT_CONFIG_VARIANTS("the endpoint's config is imported, so its production variants are not known"
      + " here: use an EndpointConfig defined in this app to find variants, auto scale them or read their metrics"),
  AUTO_SCALING_ALREADY_ENABLED("auto scaling is already enabled for variant \"%s\": call autoScaleInstanceCount"
      + " once and add scaling policies to the ScalableInstanceCount it returned"),
  COMPONENT_HOSTS_MIXED("the endpoint config has %s variant(s) that host inference components and %s that name a"
      + " model: SageMaker places inference components only on an endpoint none of whose variants names a model; use"
      + " two endpoint configs"),
  EXECUTION_ROLE_WITHOUT_COMPONENT_HOSTS("executionRole is given, but the endpoint config hosts no inference"
      + " components: the execution role is for a config of componentHostVariants (a model's own role serves the"
      + " other variants); add componentHostVariants, or drop executionRole"),
  ENDPOINT_HOSTS_NO_COMPONENTS("endpoint %s has no variant that hosts inference components: give its EndpointConfig"
      + " componentHostVariants (variants that name no model)"),
  COMPONENT_HOST_NOT_FOUND("the endpoint's config has no variant named \"%s\" that hosts inference components (it"
      + " has: %s): give the variantName of one of its componentHostVariants"),
  COPY_SCALING_ALREADY_ENABLED("auto scaling is already enabled for the component's copies: call autoScaleCopyCount"
      + " once and add scaling policies to the ScalableCopyCount it returned"),
  DLC_REGION("no AWS Deep Learning Containers registry is known for region %s: pass the registry's account ID"
      + " as ContainerImage.fromDlc(repositoryName, tag, accountId), or use a region that has one"),
  IMAGE_PARTITIONS("no region of the partitions %s (context %s of cdk.json) publishes the image: add the"
      + " partition of a region that does, or pin the stack to a region"),
  PINNED_ENVIRONMENT("stack %s is pinned to %s, but the StackProps passed to it give %s: leave env out of the"
      + " props (the pin applies), or give the pinned value"),
  BACKLOG_SCALING_NOT_ASYNCHRONOUS("the endpoint's config has no asynchronous inference, so there is no backlog to"
      + " scale on: give its EndpointConfig an asyncInference, or scale on invocations (scaleOnInvocations)"),
  CONTEXT_TAGS("context %s is not valid: %s; give a JSON object of tag keys to string values, such as"
      + " {\"cost-center\": \"ml-platform\"}");

  private final String template;

  RuntimeRule(String template) {
    this.template = template;
  }

  /** The id shown with every message, such as {@code SM-CONNECTIONS-WITHOUT-VPC}. */
  public String id() {
    return Messages.id(this);
  }

  /** The message as users see it, {@code [id] what is wrong: what to do}, filled in from {@code args}. */
  public String message(Object... args) {
    return Messages.withId(id(), Messages.fillWithValues(template, args));
  }
}
