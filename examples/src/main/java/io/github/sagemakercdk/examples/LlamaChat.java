package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.InferenceComponent;
import io.github.sagemakercdk.annotations.SageMakerModel;

/**
 * A chat model as an inference component on {@link LlmHost}: each copy takes two of the instance's GPUs and 24 GB;
 * the copies scale between 1 and 2 on invocations per copy.
 */
@SageMakerModel
@Container(image = "dlc:huggingface-pytorch-tgi-inference:2.4.0-tgi2.4.0-gpu-py311-cu124-ubuntu22.04",
    modelData = "s3://example-ml-artifacts/llm/llama-chat/model.tar.gz",
    environment = {"HF_MODEL_ID=/opt/ml/model", "SM_NUM_GPUS=2"})
@InferenceComponent(endpoint = LlmHost.class, name = "llama-chat", minMemoryMb = 24576, acceleratorDevices = 2,
    copies = 1, modelDataDownloadTimeoutInSeconds = 1200, containerStartupHealthCheckTimeoutInSeconds = 600,
    maxCopies = 2, maxRequestsPerSecond = 2)
public class LlamaChat {}
