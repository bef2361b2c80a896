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
   *   <li>a full ECR image URI, {@code <account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>} (or
   *       {@code @sha256:<digest>}), for an image of another account or region.
   * </ul>
   *
   * <p>Relative asset paths resolve against the project directory (the folder of the module's
   * {@code pom.xml}, or the processor option {@code sagemaker.projectDir}); absolute paths are taken as they are.
   */
  String image();

  /**
   * The model artifacts, a gzip-compressed tar archive: {@code asset:<file>.tar.gz}, uploaded at deploy
   * time, or {@code s3://<bucket>/<key>.tar.gz}. Empty (the default): the container has no model data.
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
}
