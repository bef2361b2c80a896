package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.SageMakerModel;

/**
 * An inference pipeline of three containers from the account's own ECR repositories, with model artifacts
 * in S3: feature preparation, the XGBoost model, and a step that turns scores into labels. The containers
 * run in the order they give, not the order they are written in.
 */
@SageMakerModel(name = "churn-pipeline")
@Container(order = 3, image = "ecr:churn/postprocess:2.0.1", hostname = "labels",
    environment = {"THRESHOLD=0.5"})
@Container(order = 1, image = "ecr:churn/preprocess:2.0.1", hostname = "features",
    modelData = "s3://example-ml-artifacts/churn/preprocess/model.tar.gz",
    environment = {"SAGEMAKER_PROGRAM=preprocess.py", "SAGEMAKER_SUBMIT_DIRECTORY=/opt/ml/model/code"})
@Container(order = 2, image = "ecr:xgboost:1.7-1", hostname = "xgboost",
    modelData = "s3://example-ml-artifacts/churn/xgboost/model.tar.gz")
public class ChurnPipeline {}
