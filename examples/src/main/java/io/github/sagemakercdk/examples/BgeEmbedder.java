package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.InferenceComponent;
import io.github.sagemakercdk.annotations.SageMakerModel;

/** An embedding model beside {@link LlamaChat} on {@link LlmHost}: one GPU, 8 GB and two CPU cores per copy. */
@SageMakerModel
@Container(image = "dlc:huggingface-pytorch-inference:2.1.0-transformers4.37.0-gpu-py310-cu118-ubuntu20.04",
    modelData = "s3://example-ml-artifacts/llm/bge-embedder/model.tar.gz")
@InferenceComponent(endpoint = LlmHost.class, name = "bge-embedder", minMemoryMb = 8192, cpuCores = 2,
    acceleratorDevices = 1)
public class BgeEmbedder {}
