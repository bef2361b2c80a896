package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.SageMakerModel;

/**
 * A PyTorch model served by an AWS Deep Learning Container: the image's registry account follows the
 * stack's region. The container runs with no network access.
 */
@SageMakerModel(networkIsolation = true)
@Container(image = "dlc:pytorch-inference:2.1.0-cpu-py310",
    modelData = "s3://example-ml-artifacts/vision/resnet50/model.tar.gz",
    environment = {"SAGEMAKER_PROGRAM=inference.py", "SAGEMAKER_MODEL_SERVER_WORKERS=2"})
public class ImageClassifier {}
