package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.RealtimeEndpoint;
import io.github.sagemakercdk.annotations.SageMakerModel;
import io.github.sagemakercdk.annotations.ShadowVariant;

/**
 * The churn scorer in production, with its candidate ({@link ChurnScorerCandidate}) as a shadow variant on an
 * instance of its own: SageMaker copies production requests to the candidate (weight 0.5 beside the production variant's 1) and
 * discards its answers, so its latency and errors can be compared on real requests before it is promoted.
 */
@SageMakerModel
@Container(image = "ecr:xgboost:1.7-1", modelData = "s3://example-ml-artifacts/churn/xgboost/model.tar.gz")
@RealtimeEndpoint(instanceType = "ml.c5.large")
@ShadowVariant(model = ChurnScorerCandidate.class, instanceType = "ml.c5.large", samplingWeight = 0.5)
public class ShadowTestedChurnScorer {}
