package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.SageMakerModel;

/**
 * A single-container model built entirely from this project: the inference image from
 * {@code docker/churn-scorer} and the model artifact {@code models/churn-scorer.tar.gz}, both uploaded as
 * CDK assets at deploy time.
 */
@SageMakerModel(name = "churn-scorer")
@Container(image = "asset:docker/churn-scorer", modelData = "asset:models/churn-scorer.tar.gz",
    environment = {"SM_MODEL_DIR=/opt/ml/model"})
public class ChurnScorer {}
