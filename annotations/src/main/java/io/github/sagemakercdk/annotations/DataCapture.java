package io.github.sagemakercdk.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Captures a sample of the endpoint's requests and responses into S3 (SageMaker's data capture, what Model Monitor
 * reads): the generated endpoint config gets a {@code DataCaptureConfig}, and the model's execution role may write
 * exactly the objects under {@link #destination()} (and use {@link #kmsKey()} for them).
 *
 * <pre>{@code
 * @SageMakerModel
 * @Container(image = "ecr:xgboost:1.7-1", modelData = "s3://my-bucket/models/xgb.tar.gz")
 * @RealtimeEndpoint(instanceType = "ml.c5.xlarge")
 * @DataCapture(destination = "s3://my-captures/churn", initialSamplingPercentage = 20,
 *              csvContentTypes = "text/csv")
 * public class ChurnScorer {}
 * }</pre>
 *
 * <p>Only beside an endpoint on instances ({@link RealtimeEndpoint}): SageMaker Serverless Inference does not capture
 * data. Every value is checked at compile time against SageMaker's limits.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DataCapture {

  /**
   * Where SageMaker writes the captured data: {@code s3://<bucket>} or {@code s3://<bucket>/<prefix>}, at most 512
   * characters. SageMaker adds {@code /<endpoint>/<variant>/<yyyy>/<mm>/<dd>/<hh>/} and a file name.
   */
  String destination();

  /** The percentage of invocations captured: 0 to 100. */
  int initialSamplingPercentage();

  /** What is captured of each sampled invocation: the request, the response, or both (the default). */
  CaptureMode captureMode() default CaptureMode.INPUT_AND_OUTPUT;

  /**
   * The content types captured as CSV text, such as {@code "text/csv"}: at most 10, each {@code type/subtype}.
   * Content types in neither list are captured base64-encoded.
   */
  String[] csvContentTypes() default {};

  /** The content types captured as JSON text, such as {@code "application/json"}: at most 10. */
  String[] jsonContentTypes() default {};

  /**
   * The KMS key SageMaker encrypts the captured objects with (SSE-KMS), by key ARN or alias ARN. Empty (the default):
   * the bucket's default encryption.
   */
  String kmsKey() default "";
}
