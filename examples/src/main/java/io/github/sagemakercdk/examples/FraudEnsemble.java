package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.RealtimeEndpoint;
import io.github.sagemakercdk.annotations.SageMakerModel;

/**
 * Two fraud models on one endpoint, each invoked on its own: a caller names the container it wants by its hostname
 * ({@code TargetContainerHostname = "xgboost"} or {@code "torch"}), so the models share instances without running
 * as a pipeline.
 */
@SageMakerModel(directInvocation = true)
@Container(image = "framework:xgboost:1.7-1",
    modelData = "s3://example-ml-artifacts/fraud/xgboost/model.tar.gz", hostname = "xgboost")
@Container(image = "dlc:pytorch-inference:2.1.0-cpu-py310",
    modelData = "s3://example-ml-artifacts/fraud/torch/model.tar.gz", hostname = "torch")
@RealtimeEndpoint(instanceType = "ml.m5.xlarge")
public class FraudEnsemble {}
