package io.github.sagemakercdk.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Serves another annotated model as a shadow variant beside the class's {@link RealtimeEndpoint}: SageMaker sends it a
 * copy of the production variant's requests and discards its responses, so a candidate model can be tested on real
 * traffic. The generated stack holds both models; the shadow model is built from its own class's
 * {@code @SageMakerModel} and {@code @Container}s, with its own assets and execution role.
 *
 * <pre>{@code
 * @SageMakerModel
 * @Container(image = "ecr:xgboost:1.7-1", modelData = "s3://my-bucket/models/xgb.tar.gz")
 * @RealtimeEndpoint(instanceType = "ml.c5.xlarge")
 * @ShadowVariant(model = ChurnScorerV2.class, instanceType = "ml.c5.large", samplingWeight = 0.5)
 * public class ChurnScorer {}
 * }</pre>
 *
 * <p>Only beside a {@link RealtimeEndpoint} (SageMaker takes one production variant and one shadow variant per endpoint
 * config). The shadow class must be a valid {@code @SageMakerModel} class, other than this one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ShadowVariant {

  /** The shadow model: a class annotated with {@code @SageMakerModel} and its {@code @Container}s. */
  Class<?> model();

  /** The shadow variant's name: 1 to 63 letters, digits and hyphens, other than the production variant's. */
  String variantName() default "Shadow";

  /** The ML instance type that hosts the shadow model, one of SageMaker's production variant instance types. */
  String instanceType() default "ml.m5.large";

  /** How many instances the shadow variant runs on: at least 1. */
  int initialInstanceCount() default 1;

  /**
   * The shadow variant's weight ({@code InitialVariantWeight}), at least 0, beside the production variant's weight
   * of 1: how much of the production traffic SageMaker copies to the shadow.
   */
  double samplingWeight() default 1.0;
}
