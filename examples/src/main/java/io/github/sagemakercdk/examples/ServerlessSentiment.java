package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.SageMakerModel;
import io.github.sagemakercdk.annotations.ServerlessEndpoint;

/**
 * A sentiment model with spiky, low traffic, served from a serverless endpoint: billed per request, with no
 * instance to pick or scale. Two invocations are kept warm so that the first requests of a burst see no cold
 * start; up to ten run at once.
 */
@SageMakerModel
@Container(image = "dlc:pytorch-inference:2.1.0-cpu-py310",
    modelData = "s3://example-ml-artifacts/sentiment/distilbert/model.tar.gz",
    environment = {"SAGEMAKER_PROGRAM=inference.py"})
@ServerlessEndpoint(memorySizeInMb = 4096, maxConcurrency = 10, provisionedConcurrency = 2)
public class ServerlessSentiment {}
