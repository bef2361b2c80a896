package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.BlueGreenDeployment;
import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.RealtimeEndpoint;
import io.github.sagemakercdk.annotations.SageMakerModel;

/**
 * A recommender whose updates are guarded: each new model version goes to a canary of a quarter of the four
 * instances first, bakes for ten minutes while SageMaker watches the team's error and latency alarms, and only then
 * takes all the traffic; an alarm that goes off rolls the update back. The old fleet stays five more minutes.
 */
@SageMakerModel
@Container(image = "dlc:pytorch-inference:2.1.0-cpu-py310",
    modelData = "s3://example-ml-artifacts/recommender/model.tar.gz")
@RealtimeEndpoint(name = "recommender-guarded", instanceType = "ml.c5.xlarge", initialInstanceCount = 4)
@BlueGreenDeployment(trafficRouting = BlueGreenDeployment.TrafficRouting.CANARY, canarySize = 25,
    waitIntervalInSeconds = 600, terminationWaitInSeconds = 300, maximumExecutionTimeoutInSeconds = 3600,
    rollbackAlarms = {"recommender-invocation-5xx", "recommender-model-latency"})
public class GuardedRecommender {}
