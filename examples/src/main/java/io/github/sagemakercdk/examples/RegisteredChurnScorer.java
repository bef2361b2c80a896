package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.RealtimeEndpoint;
import io.github.sagemakercdk.annotations.SageMakerModel;

/**
 * The churn scorer as the training pipeline registered it: version 3 of the model package group churn-scorer in the
 * SageMaker Model Registry, which supplies the image and the model archive. The class says what the version holds,
 * so that the model's role may pull exactly that image and read exactly that archive. A new version is deployed by
 * changing the version number.
 */
@SageMakerModel(account = "123456789012", region = "eu-west-1")
@Container(image = "model-package:arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn-scorer/3",
    packageImage = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn-scorer:1.4",
    packageModelData = "s3://example-ml-artifacts/churn/registry/3/model.tar.gz")
@RealtimeEndpoint(instanceType = "ml.c5.large")
public class RegisteredChurnScorer {}
