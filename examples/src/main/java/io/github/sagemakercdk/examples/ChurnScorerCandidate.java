package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.SageMakerModel;

/**
 * The next version of the churn scorer, a candidate: {@link ShadowTestedChurnScorer} serves it as a shadow variant
 * beside the current one. (Compiled on its own, it is also a model stack of its own.)
 */
@SageMakerModel
@Container(image = "ecr:xgboost:1.7-1", modelData = "s3://example-ml-artifacts/churn/xgboost-v2/model.tar.gz")
public class ChurnScorerCandidate {}
