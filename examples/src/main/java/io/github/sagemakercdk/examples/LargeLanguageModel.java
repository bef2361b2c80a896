package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.RealtimeEndpoint;
import io.github.sagemakercdk.annotations.SageMakerModel;

/**
 * A large language model served from its uncompressed weights: SageMaker copies the files under the S3 prefix
 * into /opt/ml/model as they are, with no archive to unpack, and the DJL large model inference container (LMI)
 * loads them onto the GPU. The weights are Meta Llama 3 8B from JumpStart's bucket of gated models, whose license
 * this class accepts explicitly (without acceptEula the class does not compile). The model's role may read the
 * objects under that prefix and list the bucket under it, nothing else of the bucket.
 */
@SageMakerModel
@Container(image = "dlc:djl-inference:0.31.0-lmi13.0.0-cu124",
    modelData = "uncompressed:s3://jumpstart-private-cache-prod-us-east-1/meta-textgeneration/"
        + "meta-textgeneration-llama-3-8b/artifacts/inference-prepack/v1.1.0/",
    acceptEula = true,
    environment = {"HF_MODEL_ID=/opt/ml/model", "OPTION_ROLLING_BATCH=vllm", "OPTION_MAX_MODEL_LEN=8192",
        "SAGEMAKER_MODEL_SERVER_WORKERS=1"})
@RealtimeEndpoint(instanceType = "ml.g5.2xlarge")
public class LargeLanguageModel {}
