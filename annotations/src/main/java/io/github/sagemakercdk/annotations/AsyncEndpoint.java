package io.github.sagemakercdk.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Serves the {@link SageMakerModel} of the class from an asynchronous endpoint: requests wait in a queue,
 * SageMaker writes each response to S3 under {@link #outputPath()} and may notify SNS topics. The generated stack
 * adds an endpoint config with one instance production variant and its asynchronous inference config, an
 * endpoint, the topics it creates, and, when {@link #autoScaling()} is given, scaling on the backlog, down to
 * zero instances if asked.
 *
 * <pre>{@code
 * @SageMakerModel
 * @Container(image = "ecr:video-tagger:2.0", modelData = "s3://my-bucket/models/tagger.tar.gz")
 * @AsyncEndpoint(instanceType = "ml.g5.xlarge", outputPath = "s3://my-bucket/async/output/",
 *     failurePath = "s3://my-bucket/async/failures/",
 *     successTopic = AsyncEndpoint.CREATE, errorTopic = AsyncEndpoint.CREATE,
 *     autoScaling = @BacklogScaling(minCapacity = 0, maxCapacity = 4, targetBacklogPerInstance = 5))
 * public class VideoTagger {}
 * }</pre>
 *
 * <p>The model's role may then write exactly under the two paths ({@code s3:PutObject}), publish to the topics
 * ({@code sns:Publish}) and use the keys involved. A class carries at most one endpoint annotation. Every value is
 * checked at compile time against SageMaker's limits.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AsyncEndpoint {

  /** As the value of {@link #successTopic()} or {@link #errorTopic()}: a topic the stack creates and encrypts. */
  String CREATE = "create";

  /** A notification topic whose messages carry the inference response (responses of at most 128 KB). */
  enum ResponseTopic {
    SUCCESS_NOTIFICATION_TOPIC,
    ERROR_NOTIFICATION_TOPIC
  }

  /** The physical endpoint name (1 to 63 letters, digits and hyphens); empty: CloudFormation names it. */
  String name() default "";

  /** The name of the production variant: 1 to 63 letters, digits and hyphens. */
  String variantName() default "AllTraffic";

  /** The ML instance type, one of SageMaker's production variant instance types, such as {@code "ml.m5.large"}. */
  String instanceType() default "ml.m5.large";

  /** How many instances the variant starts with: at least 1; with auto scaling, between its minimum and maximum. */
  int initialInstanceCount() default 1;

  /**
   * The KMS key of the instances' storage volumes, by key ARN or alias ARN, as a real-time endpoint's {@code kmsKey};
   * not with instance types that have local NVMe storage. Empty: SageMaker's own encryption.
   */
  String kmsKey() default "";

  /**
   * Where SageMaker writes the responses: {@code s3://<bucket>/<prefix>}, at most 512 characters. Required.
   */
  String outputPath();

  /** Where SageMaker writes the responses of failed requests: {@code s3://<bucket>/<prefix>}; empty: none. */
  String failurePath() default "";

  /**
   * The SNS topic notified of each success: a topic ARN, {@code arn:<partition>:sns:<region>:<account>:<name>}, or
   * {@link #CREATE} for a topic the stack creates (encrypted with a KMS key it creates, TLS only); empty: none.
   */
  String successTopic() default "";

  /** The SNS topic notified of each failure, as {@link #successTopic()}; empty: none. */
  String errorTopic() default "";

  /** The topics whose notifications carry the response; each once, and only a topic the endpoint has. */
  ResponseTopic[] includeInferenceResponseIn() default {};

  /** The most requests SageMaker sends one instance at once, 1 to 1000; 0 (the default): SageMaker chooses. */
  int maxConcurrentInvocationsPerInstance() default 0;

  /** The KMS key SageMaker encrypts the responses in S3 with, by key ARN or alias ARN; empty: none. */
  String outputKmsKey() default "";

  /** Auto scaling on the backlog: none (the default, a fixed instance count) or exactly one {@link BacklogScaling}. */
  BacklogScaling[] autoScaling() default {};

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
   * The preconfigured AMI of the instances, one of SageMaker's inference AMI versions: a gpu one
   * ({@code "al2-ami-sagemaker-inference-gpu-2"}, {@code "...-gpu-2-1"}, {@code "...-gpu-3-1"},
   * {@code "al2023-ami-sagemaker-inference-gpu-4-1"}) on an NVIDIA GPU instance type ({@code ml.g*}, {@code ml.p*}),
   * {@code "al2-ami-sagemaker-inference-neuron-2"} on Inferentia2 or Trainium ({@code ml.inf2.*}, {@code ml.trn*});
   * empty (the default): SageMaker chooses.
   */
  String inferenceAmiVersion() default "";
}
