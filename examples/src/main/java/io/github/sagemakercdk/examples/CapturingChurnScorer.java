package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.DataCapture;
import io.github.sagemakercdk.annotations.RealtimeEndpoint;
import io.github.sagemakercdk.annotations.SageMakerModel;

/**
 * A churn scorer whose endpoint records a fifth of its invocations, requests and responses, for Model Monitor: CSV
 * requests and JSON responses as text, encrypted with the team's KMS key. The model's role may write exactly the
 * objects under {@code s3://example-ml-captures/churn-scorer/} and use that key for them.
 */
@SageMakerModel
@Container(image = "ecr:xgboost:1.7-1", modelData = "s3://example-ml-artifacts/churn/xgboost/model.tar.gz")
@RealtimeEndpoint(instanceType = "ml.c5.large")
@DataCapture(destination = "s3://example-ml-captures/churn-scorer", initialSamplingPercentage = 20,
    csvContentTypes = "text/csv", jsonContentTypes = "application/json",
    kmsKey = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
public class CapturingChurnScorer {}
