package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.RealtimeEndpoint;
import io.github.sagemakercdk.annotations.SageMakerModel;

/**
 * A 7B-parameter language model served by the DJL large-model-inference container for AWS Neuron on Inferentia2,
 * with the limits a large model needs: a 256 GB volume for the weights, half an hour to download them and twenty
 * minutes to compile and load them before the first health check, the Neuron driver AMI, requests routed to the
 * instance with the fewest in progress, and SageMaker keeping between one and three instances.
 */
@SageMakerModel
@Container(image = "dlc:djl-inference:0.29.0-neuronx-sdk2.19.1",
    environment = {"HF_MODEL_ID=mistralai/Mistral-7B-Instruct-v0.3", "OPTION_TENSOR_PARALLEL_DEGREE=2",
        "OPTION_ROLLING_BATCH=auto"})
@RealtimeEndpoint(name = "language-assistant", instanceType = "ml.inf2.8xlarge",
    volumeSizeInGb = 256, modelDataDownloadTimeoutSeconds = 1800, containerStartupHealthCheckTimeoutSeconds = 1200,
    minInstanceCount = 1, maxInstanceCount = 3, routingStrategy = "LEAST_OUTSTANDING_REQUESTS",
    inferenceAmiVersion = "al2-ami-sagemaker-inference-neuron-2")
public class LargeLanguageAssistant {}
