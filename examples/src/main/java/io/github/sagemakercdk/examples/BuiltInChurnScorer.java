package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.RealtimeEndpoint;
import io.github.sagemakercdk.annotations.SageMakerModel;

/**
 * The churn scorer on SageMaker's built-in XGBoost image, named by version: the stack pulls it from the SageMaker
 * registry of the region it is deployed to (683313688378 in us-east-1, another account in each other region, a
 * mapping in the template), and its role may pull exactly that repository.
 */
@SageMakerModel
@Container(image = "framework:xgboost:1.7-1",
    modelData = "s3://example-ml-artifacts/churn/xgboost/model.tar.gz")
@RealtimeEndpoint(instanceType = "ml.m5.large", initialInstanceCount = 1)
public class BuiltInChurnScorer {}
