package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.CustomizeStack;
import io.github.sagemakercdk.annotations.RealtimeEndpoint;
import io.github.sagemakercdk.annotations.SageMakerModel;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;

/**
 * A real-time fraud scorer whose stack also watches it: Java where the annotations end. The {@link CustomizeStack}
 * method below runs at the end of the generated {@code MonitoredFraudScorerStack}'s constructor, with the stack
 * itself, and adds a CloudWatch alarm on the endpoint's model latency, which no annotation describes. The class's
 * tags go on the alarm too, as on every taggable resource of the stack.
 */
@SageMakerModel(name = "fraud-scorer", tags = "team=fraud-ml")
@Container(image = "ecr:fraud/scorer:4.2.0", modelData = "s3://example-ml-artifacts/fraud/scorer/model.tar.gz")
@RealtimeEndpoint(name = "fraud-scorer", instanceType = "ml.c5.large", initialInstanceCount = 2)
public class MonitoredFraudScorer {
  /** What a scoring may take at the 90th percentile, in milliseconds: card payments wait for the answer. */
  static final int LATENCY_BUDGET_MILLIS = 150;

  /**
   * Alarms when the 90th percentile of the model's latency stays over the budget for three minutes in a row (an
   * endpoint without traffic, which sends no data, is not in alarm). SageMaker reports ModelLatency in microseconds.
   */
  @CustomizeStack
  static void latencyAlarm(MonitoredFraudScorerStack stack) {
    stack.getEndpoint().findInstanceProductionVariant("AllTraffic")
        .metricModelLatency(MetricOptions.builder().statistic("p90").period(Duration.minutes(1)).build())
        .createAlarm(stack, "ModelLatencyAlarm", CreateAlarmOptions.builder()
            .alarmDescription("p90 model latency of the fraud-scorer endpoint over " + LATENCY_BUDGET_MILLIS
                + " ms for 3 minutes")
            .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
            .threshold(LATENCY_BUDGET_MILLIS * 1000)
            .evaluationPeriods(3)
            .datapointsToAlarm(3)
            .treatMissingData(TreatMissingData.NOT_BREACHING)
            .build());
  }
}
