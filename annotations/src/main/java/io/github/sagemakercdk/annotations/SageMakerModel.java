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
   * The physical model name: 1 to 63 letters, digits and hyphens, starting and ending with a letter or
   * digit. Empty (the default) lets CloudFormation choose a unique name, which keeps the model replaceable.
   */
  String name() default "";

  /**
   * Whether the containers run without any network access, in or out (SageMaker's
   * {@code EnableNetworkIsolation}).
   */
  boolean networkIsolation() default false;
}
