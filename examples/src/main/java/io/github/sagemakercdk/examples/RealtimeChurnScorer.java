package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.AutoScaling;
import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.RealtimeEndpoint;
import io.github.sagemakercdk.annotations.SageMakerModel;

/**
 * The churn scorer of {@link ChurnScorer}, served in real time: an endpoint on compute-optimized instances that
 * starts with two of them and scales between two and six on invocations. Each instance is taken to serve 40
 * requests per second at most (measure yours with a load test); scaling keeps it at half of that (the default
 * safety factor), leaving headroom for bursts.
 */
@SageMakerModel
@Container(image = "asset:docker/churn-scorer", modelData = "asset:models/churn-scorer.tar.gz",
    environment = {"SM_MODEL_DIR=/opt/ml/model"})
@RealtimeEndpoint(name = "churn-scorer-realtime", instanceType = "ml.c5.large", initialInstanceCount = 2,
    autoScaling = @AutoScaling(minCapacity = 2, maxCapacity = 6, maxRequestsPerSecond = 40))
public class RealtimeChurnScorer {}
