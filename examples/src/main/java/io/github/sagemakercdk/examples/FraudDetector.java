package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.SageMakerModel;

/**
 * A model whose image lives in another account's registry (a shared ML platform account), pinned by digest
 * so that every deploy runs exactly the image that was reviewed.
 */
@SageMakerModel(name = "fraud-detector")
@Container(
    image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/ml-platform/fraud-detector"
        + "@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    modelData = "s3://example-ml-artifacts/fraud/2026-11-01/model.tar.gz")
public class FraudDetector {}
