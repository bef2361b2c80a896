package io.github.sagemakercdk.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The former name of {@link RealtimeEndpoint @RealtimeEndpoint}: a real-time endpoint on instances serving the
 * {@link SageMakerModel} of the class. It still works, with the same attributes and the same checks, and gives the
 * same stack; a class carries at most one endpoint annotation, whichever name it uses.
 *
 * @deprecated Use {@link RealtimeEndpoint @RealtimeEndpoint}, the same annotation under a name that does not clash
 *     with the runtime's {@code Endpoint} construct, which code in a {@link CustomizeStack @CustomizeStack} method
 *     of the class often uses. Replace {@code @Endpoint(...)} by {@code @RealtimeEndpoint(...)}; nothing else
 *     changes.
 */
@Deprecated
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Endpoint {

  /**
   * The physical endpoint name: 1 to 63 letters, digits and hyphens, starting and ending with a letter or
   * digit, unique in the account and region. Empty (the default) lets CloudFormation choose one, which keeps
   * the endpoint replaceable.
   */
  String name() default "";

  /**
   * The name of the production variant, the name the endpoint's CloudWatch metrics and auto scaling use:
   * 1 to 63 letters, digits and hyphens, starting and ending with a letter or digit.
   */
  String variantName() default "AllTraffic";

  /**
   * The ML instance type that hosts the model, one of SageMaker's production variant instance types, such
   * as {@code "ml.m5.large"}, {@code "ml.c5.xlarge"} or {@code "ml.g5.2xlarge"}. A misspelt type is an error
   * that names the nearest valid one. Burstable types ({@code ml.t2.*}, {@code ml.t3.*}) cannot be auto scaled.
   */
  String instanceType() default "ml.m5.large";

  /** How many instances the variant starts with: at least 1. With auto scaling, between its minimum and maximum. */
  int initialInstanceCount() default 1;

  /**
   * An Elastic Inference accelerator for each instance ({@code ml.eia1.*} or {@code ml.eia2.*}), as in the official
   * library. Leave it empty (the default): Amazon Elastic Inference is no longer available and CloudFormation no
   * longer takes it, so any value is a compiler error that says so. For acceleration pick an instance type with a
   * GPU or AWS Inferentia instead, such as {@code ml.g5.xlarge} or {@code ml.inf2.xlarge}.
   */
  String acceleratorType() default "";

  /**
   * Auto scaling of the variant's instance count on invocations per instance: none (the default, a fixed
   * {@link #initialInstanceCount()}) or exactly one {@link AutoScaling @AutoScaling}.
   */
  AutoScaling[] autoScaling() default {};

  /**
   * The KMS key that encrypts the storage volumes of the endpoint's instances, by key ARN or alias ARN. Not with
   * instance types that have local NVMe storage (such as {@code ml.g5.*}, {@code ml.m5d.*}), which SageMaker
   * encrypts itself and where CreateEndpointConfig rejects a key. Empty (the default): SageMaker's own encryption.
   */
  String kmsKey() default "";

  /**
   * The size in GB of the EBS volume attached to each instance, 1 to 512; 0 (the default): SageMaker's default. A
   * model of more than about 30 GB needs a larger one. Not on instance types with local NVMe storage (such as
   * {@code ml.g5.*}, {@code ml.p4d.*}, {@code ml.m5d.*}), which have no EBS volume.
   */
  int volumeSizeInGb() default 0;

  /**
   * How long SageMaker waits for the model data to download to an instance, 60 to 3600 seconds; 0 (the default):
   * SageMaker's default. Large models take longer.
   */
  int modelDataDownloadTimeoutSeconds() default 0;

  /**
   * How long SageMaker waits for the container to pass its first health check, 60 to 3600 seconds; 0 (the
   * default): SageMaker's default. Containers that load a large model into GPU memory take longer.
   */
  int containerStartupHealthCheckTimeoutSeconds() default 0;

  /**
   * Managed instance scaling: the fewest instances SageMaker keeps as it scales in, at least 1 and at most
   * {@link #maxInstanceCount()}, which must be given with it. 1 (the default).
   */
  int minInstanceCount() default 1;

  /**
   * Managed instance scaling: the most instances SageMaker provisions as it scales out, at least
   * {@link #minInstanceCount()} and {@link #initialInstanceCount()}; 0 (the default): no managed instance scaling.
   */
  int maxInstanceCount() default 0;

  /**
   * How the endpoint routes requests to the instances: {@code "LEAST_OUTSTANDING_REQUESTS"} (to those with the most
   * capacity to spare) or {@code "RANDOM"}; empty (the default): SageMaker's default routing.
   */
  String routingStrategy() default "";

  /**
   * The preconfigured AMI of the instances, one of SageMaker's inference AMI versions: a gpu one
   * ({@code "al2-ami-sagemaker-inference-gpu-2"}, {@code "...-gpu-2-1"}, {@code "...-gpu-3-1"},
   * {@code "al2023-ami-sagemaker-inference-gpu-4-1"}) on an NVIDIA GPU instance type ({@code ml.g*}, {@code ml.p*}),
   * {@code "al2-ami-sagemaker-inference-neuron-2"} on Inferentia2 or Trainium ({@code ml.inf2.*}, {@code ml.trn*});
   * empty (the default): SageMaker chooses.
   */
  String inferenceAmiVersion() default "";
}
