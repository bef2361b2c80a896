package io.github.sagemakercdk.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Serves the {@link SageMakerModel} of the class from a serverless endpoint: SageMaker provisions compute on
 * demand and bills per request, with no instances to choose or scale. The generated stack adds an endpoint
 * config with one serverless production variant and an endpoint built from it.
 *
 * <pre>{@code
 * @SageMakerModel
 * @Container(image = "framework:sklearn:1.2-1", modelData = "s3://my-bucket/models/iris.tar.gz")
 * @ServerlessEndpoint(memorySizeInMb = 3072, maxConcurrency = 10, provisionedConcurrency = 2)
 * public class IrisClassifier {}
 * }</pre>
 *
 * <p>The generated {@code IrisClassifierStack} then offers {@code getEndpointConfig()} and {@code getEndpoint()}
 * besides {@code getModel()} and {@code getRole()}.
 *
 * <p>A class carries at most one endpoint: this or {@link RealtimeEndpoint}, never both, and only together with
 * {@link SageMakerModel}. Every value is checked at compile time against SageMaker's limits, and a value out of
 * them is a compiler error on that value.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ServerlessEndpoint {

  /**
   * The physical endpoint name: 1 to 63 letters, digits and hyphens, starting and ending with a letter or
   * digit, unique in the account and region. Empty (the default) lets CloudFormation choose one.
   */
  String name() default "";

  /**
   * The name of the production variant: 1 to 63 letters, digits and hyphens, starting and ending with a
   * letter or digit.
   */
  String variantName() default "AllTraffic";

  /** The memory of the serverless compute, in MB: 1024, 2048, 3072, 4096, 5120 or 6144. */
  int memorySizeInMb() default 2048;

  /** The most invocations the endpoint processes at once: 1 to 200. */
  int maxConcurrency() default 20;

  /**
   * Invocations kept warm to avoid cold starts, billed while idle: 1 to 200 and at most
   * {@link #maxConcurrency()}; 0 (the default) provisions none.
   */
  int provisionedConcurrency() default 0;
}
