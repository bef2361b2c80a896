package io.github.sagemakercdk.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Java where the annotations end: a method of the {@link SageMakerModel} class that the generated stack calls with
 * itself, to add whatever no annotation describes (an alarm, a function granted invoke, a VPC looked up from
 * context, ...), type-checked by the compiler like any other code.
 *
 * <pre>{@code
 * @SageMakerModel
 * @Container(image = "ecr:xgboost:1.7-1", modelData = "s3://my-bucket/models/xgb.tar.gz")
 * @RealtimeEndpoint(instanceType = "ml.c5.xlarge")
 * public class ChurnScorer {
 *
 *   @CustomizeStack
 *   static void latencyAlarm(ChurnScorerStack stack) {
 *     stack.getEndpoint().findInstanceProductionVariant("AllTraffic").metricModelLatency()
 *         .createAlarm(stack, "ModelLatencyAlarm", CreateAlarmOptions.builder()
 *             .threshold(500_000).evaluationPeriods(3).build());
 *   }
 * }
 * }</pre>
 *
 * <p>The method must be {@code static}, not {@code private}, return {@code void}, take exactly one parameter whose
 * type is the class's generated stack ({@code ChurnScorer} gives {@code ChurnScorerStack}), declare no type
 * parameters and throw no checked exception. Any other shape is a compiler error on the method that names the
 * signature to write. The stack's {@code getModel()}, {@code getRole()} and, with an endpoint annotation,
 * {@code getEndpointConfig()} and {@code getEndpoint()} give the constructs it built.
 *
 * <p>A class may have several such methods: the stack calls them in declaration order, at the end of its
 * constructor, once the model, its role, the endpoint config, the endpoint and its auto scaling exist. So they run
 * however the stack is created: by its generated {@code main}, by {@code SageMakerApp}, by {@code cdk synth}, or by
 * {@code new ChurnScorerStack(scope, id)} in your own app.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface CustomizeStack {}
