package io.github.sagemakercdk.rules;

import io.github.sagemakercdk.rules.HostingExclusion.Kind;
import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.List;
import java.util.function.Function;

/**
 * The exclusion table: for each hosting option, the features SageMaker's documentation says it does not support,
 * each with its source. The processor reports a matching row as a compiler error (a warning for a silent
 * fallback) on the attribute the row names; the runtime throws (or warns) naming the construct.
 *
 * <p>Rows are data: to add one, add a {@link Rule} for its message (the id names the exclusion, the message says the
 * fix), and one {@code row(...)} below with the page that documents it. Exclusions that nothing in this library can
 * express are left out: for Serverless Inference, GPUs (a serverless variant has no instance type), AWS Marketplace
 * model packages and private Docker registries (images come from ECR), and Model Monitor's schedules. Several
 * variants on one serverless endpoint are {@link Rule#VARIANT_KINDS_MIXED} and {@link Rule#SERVERLESS_VARIANT_COUNT},
 * checked with the endpoint config.
 */
public final class HostingExclusions {
  static final String SERVERLESS_EXCLUSIONS =
      "https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html#serverless-endpoints-how-it-works-exclusions";
  static final String MULTI_MODEL_ENDPOINTS = "https://docs.aws.amazon.com/sagemaker/latest/dg/multi-model-endpoints.html";
  static final String ASYNC_INFERENCE_ENDPOINTS =
      "https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference-create-endpoint.html";
  static final String GUARDRAILS_EXCLUSIONS =
      "https://docs.aws.amazon.com/sagemaker/latest/dg/deployment-guardrails-exclusions.html";
  /** "Each inference component contains one model and the resource utilization needs for that individual model." */
  static final String INFERENCE_COMPONENTS =
      "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateInferenceComponent.html";
  static final String MULTI_MODEL_INSTANCES =
      "https://docs.aws.amazon.com/sagemaker/latest/dg/multi-model-support.html";

  /** In the order they are reported. */
  private static final List<HostingExclusion> ROWS = List.of(
      row(HostingFeature.SERVERLESS, HostingFeature.VPC, Kind.REJECTED, Rule.SERVERLESS_VPC, Attribute.SUBNETS,
          SERVERLESS_EXCLUSIONS),
      row(HostingFeature.SERVERLESS, HostingFeature.NETWORK_ISOLATION, Kind.REJECTED,
          Rule.SERVERLESS_NETWORK_ISOLATION, Attribute.NETWORK_ISOLATION, SERVERLESS_EXCLUSIONS),
      row(HostingFeature.SERVERLESS, HostingFeature.SEVERAL_CONTAINERS, Kind.REJECTED,
          Rule.SERVERLESS_MULTI_CONTAINER, Attribute.CONTAINERS, SERVERLESS_EXCLUSIONS),
      row(HostingFeature.SERVERLESS, HostingFeature.MULTI_MODEL, Kind.REJECTED, Rule.SERVERLESS_MULTI_MODEL,
          Attribute.MULTI_MODEL, SERVERLESS_EXCLUSIONS),
      row(HostingFeature.SERVERLESS, HostingFeature.DATA_CAPTURE, Kind.REJECTED, Rule.DATA_CAPTURE_SERVERLESS,
          Attribute.VARIANTS, SERVERLESS_EXCLUSIONS),
      // SageMaker allows one multi-model container in a pipeline; this library, as its issue asks, only alone.
      row(HostingFeature.MULTI_MODEL, HostingFeature.SEVERAL_CONTAINERS, Kind.REJECTED,
          Rule.MULTI_MODEL_SINGLE_CONTAINER, Attribute.MULTI_MODEL, MULTI_MODEL_ENDPOINTS),
      row(HostingFeature.MULTI_MODEL, HostingFeature.INSTANCE_WITHOUT_MULTI_MODEL, Kind.REJECTED,
          Rule.MULTI_MODEL_INSTANCE_TYPE, Attribute.INSTANCE_TYPE, setup -> new Object[] {setup.instanceType()},
          MULTI_MODEL_INSTANCES),
      // An asynchronous endpoint config is created with instance variants (InstanceType, InitialInstanceCount).
      row(HostingFeature.ASYNC_INFERENCE, HostingFeature.SERVERLESS, Kind.REJECTED, Rule.ASYNC_SERVERLESS,
          Attribute.ENDPOINT_KIND, ASYNC_INFERENCE_ENDPOINTS),
      // Components get CPU cores, accelerators and memory of the endpoint's instances, one model each.
      row(HostingFeature.INFERENCE_COMPONENTS, HostingFeature.SERVERLESS, Kind.REJECTED,
          Rule.INFERENCE_COMPONENTS_SERVERLESS, Attribute.VARIANTS, INFERENCE_COMPONENTS),
      row(HostingFeature.INFERENCE_COMPONENTS, HostingFeature.MULTI_MODEL, Kind.REJECTED,
          Rule.INFERENCE_COMPONENTS_MULTI_MODEL, Attribute.MULTI_MODEL, INFERENCE_COMPONENTS),
      row(HostingFeature.ROLLING_DEPLOYMENT, HostingFeature.SERVERLESS, Kind.REJECTED,
          Rule.ROLLING_DEPLOYMENT_SERVERLESS, Attribute.DEPLOYMENT_POLICY, GUARDRAILS_EXCLUSIONS),
      row(HostingFeature.ROLLING_DEPLOYMENT, HostingFeature.SEVERAL_VARIANTS, Kind.REJECTED,
          Rule.ROLLING_DEPLOYMENT_VARIANTS, Attribute.DEPLOYMENT_POLICY, GUARDRAILS_EXCLUSIONS),
      // SageMaker falls back silently here (all at once, no baking, no rollback): reported as an error, since the
      // guarded deployment asked for would not happen.
      row(HostingFeature.GUARDED_DEPLOYMENT, HostingFeature.INF1_INSTANCE, Kind.REJECTED,
          Rule.GUARDED_DEPLOYMENT_INF1, Attribute.DEPLOYMENT_POLICY, setup -> new Object[] {setup.instanceType()},
          GUARDRAILS_EXCLUSIONS));

  private HostingExclusions() {}

  /** Every row, in the order they are reported. */
  public static List<HostingExclusion> rows() {
    return ROWS;
  }

  /** The rows {@code setup} matches that SageMaker rejects: errors, in table order. */
  public static List<Violation> rejected(HostingSetup setup) {
    return matching(setup, Kind.REJECTED);
  }

  /** The rows {@code setup} matches on which SageMaker silently falls back: warnings, in table order. */
  public static List<Violation> fallbacks(HostingSetup setup) {
    return matching(setup, Kind.FALLBACK);
  }

  private static List<Violation> matching(HostingSetup setup, Kind kind) {
    return ROWS.stream()
        .filter(row -> row.kind() == kind && row.matches(setup))
        .map(row -> row.violation(setup))
        .toList();
  }

  private static HostingExclusion row(HostingFeature option, HostingFeature excluded, Kind kind, Rule rule,
      Attribute attribute, String source) {
    return row(option, excluded, kind, rule, attribute, setup -> new Object[0], source);
  }

  private static HostingExclusion row(HostingFeature option, HostingFeature excluded, Kind kind, Rule rule,
      Attribute attribute, Function<HostingSetup, Object[]> arguments, String source) {
    return new HostingExclusion(option, excluded, kind, rule, attribute, arguments, source);
  }
}
