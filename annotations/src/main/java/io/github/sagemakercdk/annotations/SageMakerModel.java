package io.github.sagemakercdk.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a SageMaker model: the sagemaker-cdk processor turns the annotated class into a CDK stack.
 *
 * <p>Put it on a top-level class together with one or more {@link Container @Container}s:
 *
 * <pre>{@code
 * @SageMakerModel(name = "churn-pipeline")
 * @Container(image = "asset:docker/preprocess", modelData = "asset:models/pre.tar.gz", hostname = "pre")
 * @Container(image = "ecr:xgboost:1.7-1", modelData = "s3://my-bucket/models/xgb.tar.gz", hostname = "model")
 * public class ChurnPipeline {}
 * }</pre>
 *
 * <p>For {@code com.acme.ChurnPipeline} the processor writes {@code com.acme.ChurnPipelineStack}: a
 * {@code Stack} holding the model, with a {@code main} that synthesizes it into {@code $CDK_OUTDIR} (or
 * {@code ./cdk.out}). Every mistake in the annotations is a compiler error on the value that is wrong.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SageMakerModel {

  /**
   * For {@link #account()} and {@link #region()}: the AWS CLI's current account or region, which the CDK CLI passes
   * to the app as {@code CDK_DEFAULT_ACCOUNT} and {@code CDK_DEFAULT_REGION} (where they are unset, that part of the
   * stack stays environment-agnostic).
   */
  String CURRENT = "current";

  /**
   * The physical model name: 1 to 63 letters, digits and hyphens, starting and ending with a letter or
   * digit. Empty (the default) lets CloudFormation choose a unique name, which keeps the model replaceable.
   */
  String name() default "";

  /**
   * Whether the containers run without any network access, in or out (SageMaker's
   * {@code EnableNetworkIsolation}).
   */
  boolean networkIsolation() default false;

  /**
   * Whether a caller invokes one container at a time, by its hostname ({@code TargetContainerHostname} of
   * InvokeEndpoint), instead of running them all as a pipeline (SageMaker's {@code InferenceExecutionConfig} mode
   * {@code Direct}). Needs 2 to 15 {@link Container}s, each with a {@link Container#hostname()}; served from
   * instances (a serverless endpoint serves no multi-container model).
   */
  boolean directInvocation() default false;

  /**
   * An existing execution role for the model, by ARN: {@code arn:<partition>:iam::<12-digit account>:role/<name>}
   * (or {@code role/<path>/<name>}). The stack then creates no role and grants nothing: the role must already allow
   * what the model needs (see the README). Empty (the default): the stack creates a least-privilege role.
   */
  String role() default "";

  /**
   * The subnets the model runs in, by ID ({@code subnet-} and 8 or 17 lowercase hex digits): 1 to 16, each once,
   * together with {@link #securityGroups()}. Empty (the default): the model runs outside any VPC of yours.
   */
  String[] subnets() default {};

  /**
   * The security groups of the model's network interfaces, by ID ({@code sg-} and 8 or 17 lowercase hex digits):
   * 1 to 5, each once, together with {@link #subnets()}.
   */
  String[] securityGroups() default {};

  /**
   * Tags for every taggable resource of the stack, each {@code "key=value"} (the value is everything after the first
   * {@code =}, and may be empty): at most 50, keys of 1 to 128 and values of up to 256 letters, digits, spaces and
   * {@code _ . : / = + - @}, no key starting with {@code aws:}, each key once. They win over the stack-wide
   * defaults of the {@code sagemaker-cdk:tags} context.
   */
  String[] tags() default {};

  /**
   * The account the stack deploys to: a 12-digit account ID, or {@link #CURRENT} for the CDK CLI's current one.
   * Empty (the default): the stack is environment-agnostic in its account.
   */
  String account() default "";

  /**
   * The region the stack deploys to, such as {@code "eu-west-1"}, or {@link #CURRENT} for the CDK CLI's current
   * one. Empty (the default): the stack is environment-agnostic in its region.
   */
  String region() default "";
}
