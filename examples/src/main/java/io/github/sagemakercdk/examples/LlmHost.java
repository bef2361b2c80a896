package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.InferenceComponentEndpoint;

/**
 * A GPU endpoint that hosts inference components: {@link LlamaChat} and {@link BgeEmbedder} share its instances'
 * four GPUs, and SageMaker adds a second instance when their copies need it. Its stack holds the endpoint, its config of one variant that names no model, and the execution role
 * (named llm-host) that pulls each component's image and data.
 */
@InferenceComponentEndpoint(name = "llm-host", instanceType = "ml.g5.12xlarge", minInstanceCount = 1,
    maxInstanceCount = 2, routingStrategy = InferenceComponentEndpoint.LEAST_OUTSTANDING_REQUESTS)
public class LlmHost {}
