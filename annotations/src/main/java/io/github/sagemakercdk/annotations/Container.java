package io.github.sagemakercdk.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One container of a {@link SageMakerModel}: one gives a single-container model, several give an inference
 * pipeline (up to 15) that runs them in declaration order, or in the {@link #order()} they all give.
 *
 * <pre>{@code
 * @SageMakerModel
 * @Container(image = "dlc:pytorch-inference:2.1.0-cpu-py310", modelData = "s3://my-bucket/model.tar.gz",
 *            environment = {"SAGEMAKER_PROGRAM=inference.py"})
 * public class Classifier {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Containers.class)
public @interface Container {

  /**
   * Where the inference image comes from, one of:
   *
   * <ul>
   *   <li>{@code asset:<directory>}: a folder holding a {@code Dockerfile}, built and pushed at deploy time,
   *       for example {@code "asset:docker/preprocess"};
   *   <li>{@code ecr:<repository>:<tag>} or {@code ecr:<repository>@sha256:<digest>}: an ECR repository of the
   *       stack's own account and region, for example {@code "ecr:xgboost:1.7-1"};
   *   <li>{@code dlc:<repository>:<tag>}: an AWS Deep Learning Container, whose registry account the
   *       stack's region decides, for example {@code "dlc:pytorch-inference:2.1.0-cpu-py310"};
   *   <li>{@code framework:<name>:<version>[:<processor>][:<python>]}: the image SageMaker publishes for a
   *       framework or built-in algorithm, from its registry in the stack's region, for example
   *       {@code "framework:xgboost:1.7-1"} or {@code "framework:pytorch:2.6.0:gpu"} (the processor and Python
   *       version only where the version has several);
   *   <li>a full ECR image URI, {@code <account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>} (or
   *       {@code @sha256:<digest>}), for an image of another account or region;
   *   <li>{@code model-package:<versioned model package ARN>}: a version of the SageMaker Model Registry, which
   *       supplies the image and the model data (so {@link #modelData()} stays empty), for example
   *       {@code "model-package:arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/3"}; say what the
   *       package holds with {@link #packageImage()} and {@link #packageModelData()} so that the model's role may pull
   *       and read exactly those.
   * </ul>
   *
   * <p>Relative asset paths resolve against the project directory (the folder of the module's
   * {@code pom.xml}, or the processor option {@code sagemaker.projectDir}); absolute paths are taken as they are.
   */
  String image();

  /**
   * The model artifacts, one of:
   *
   * <ul>
   *   <li>{@code asset:<file>.tar.gz}: a gzip-compressed tar archive, uploaded at deploy time;
   *   <li>{@code s3://<bucket>/<key>.tar.gz}: a gzip-compressed tar archive in S3;
   *   <li>{@code uncompressed:s3://<bucket>/<prefix>/}: the uncompressed files under the prefix (ending in
   *       {@code /}), each put at its path below the prefix in /opt/ml/model, as large models are deployed, for example
   *       {@code "uncompressed:s3://my-models/llama-3-8b/"}; the model's role may read the objects under the prefix and
   *       list the bucket under it alone;
   *   <li>{@code uncompressed:s3://<bucket>/<key>}: one uncompressed file;
   *   <li>{@code s3://<bucket>/<prefix>/} with {@link #multiModel()}: the archives of a multi-model container.
   * </ul>
   *
   * <p>Empty (the default): the container has no model data.
   */
  String modelData() default "";

  /**
   * The container's hostname in an inference pipeline: 1 to 63 letters, digits and hyphens. Give one to every
   * container of the pipeline or to none (SageMaker then names them by position).
   */
  String hostname() default "";

  /**
   * Environment variables, each {@code "NAME=value"}, for example {@code {"SAGEMAKER_PROGRAM=serve.py"}}.
   * Names start with a letter or underscore and hold letters, digits and underscores; the value is all
   * that follows the first {@code =}. At most 100 per container, 1024 bytes per name or value, and 32 KB
   * for all containers of the model together.
   */
  String[] environment() default {};

  /**
   * The container's position in the pipeline, from 1. Either every container of the model gives one (1 to N,
   * each once), or none does and the containers run in declaration order. 0 (the default) means "not given".
   */
  int order() default 0;

  /**
   * The KMS key that encrypts the {@code s3://} model data object (SSE-KMS), by key ARN or alias ARN, such as
   * {@code "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"} or
   * {@code "arn:aws:kms:eu-west-1:123456789012:alias/models"}: the model's role may then decrypt with that key
   * alone. Only with {@code s3://} model data. Empty (the default): the object is not encrypted with a KMS key.
   */
  String modelDataKmsKey() default "";

  /**
   * Whether this is a multi-model container (SageMaker's {@code Mode: MultiModel}): it serves every model archive
   * under the S3 prefix its {@link #modelData()} names ({@code s3://<bucket>/<prefix>/}, ending in {@code /}),
   * loading the one each request names ({@code TargetModel}). The model's role may read the objects under that prefix
   * alone. It must be the model's only container, served from instances of a type multi-model endpoints support
   * (any CPU type, or ml.p2.xlarge, ml.p3.2xlarge, ml.g4dn and ml.g5 in the sizes xlarge, 2xlarge, 4xlarge, 8xlarge and 16xlarge), not from
   * a serverless endpoint.
   */
  boolean multiModel() default false;

  /**
   * Accepts the end-user license agreement of the {@code s3://} or {@code uncompressed:s3://} model data (SageMaker's
   * {@code ModelAccessConfig.AcceptEula}), which a gated model needs: read the model's license first. Model data in
   * one of JumpStart's buckets of gated models ({@code jumpstart-private-cache-prod-<region>}) is a compile-time error
   * without it. Not with {@code asset:} model data or a multi-model container. False (the default): not accepted.
   */
  boolean acceptEula() default false;

  /**
   * With a {@code model-package:} image: the package's image, in any of the forms of {@link #image()} but
   * {@code model-package:} (such as {@code "ecr:churn:1.4"} or a full ECR image URI of the registry's account), which
   * the model's role may then pull. Empty (the default): no pull access is granted for the package's image.
   */
  String packageImage() default "";

  /**
   * With a {@code model-package:} image: the package's model data, {@code s3://<bucket>/<key>.tar.gz} (or
   * {@code uncompressed:s3://...}), which the model's role may then read. Empty (the default): no read access is
   * granted for the package's model data.
   */
  String packageModelData() default "";
}
