package io.github.sagemakercdk;

/** The HTTP response code classes SageMaker counts endpoint invocations by, as CloudWatch metric names. */
public enum InvocationHttpResponseCode {
  /** Invocations the model answered with a 4xx code. */
  INVOCATION_4XX_ERRORS("Invocation4XXErrors"),
  /** Invocations the model answered with a 5xx code. */
  INVOCATION_5XX_ERRORS("Invocation5XXErrors");

  private final String metricName;

  InvocationHttpResponseCode(String metricName) {
    this.metricName = metricName;
  }

  /** The metric name in the AWS/SageMaker namespace, such as {@code Invocation4XXErrors}. */
  public String getMetricName() {
    return metricName;
  }

  @Override
  public String toString() {
    return metricName;
  }
}
