package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.AsyncEndpoint;
import io.github.sagemakercdk.annotations.BacklogScaling;
import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.SageMakerModel;

/**
 * A document classifier served asynchronously: long documents queue up, each response lands in S3 under the
 * output path (failures under their own path), and SNS topics the stack creates, encrypted, announce each success
 * and each failure; the failure notices carry the error response. Up to four requests run on one instance at
 * once. The endpoint scales on its backlog, five waiting documents per instance, and down to no instance at all
 * when nothing waits: a new request then brings one instance up.
 */
@SageMakerModel
@Container(image = "dlc:pytorch-inference:2.1.0-cpu-py310",
    modelData = "s3://example-ml-artifacts/documents/classifier/model.tar.gz")
@AsyncEndpoint(name = "document-classifier-async", instanceType = "ml.c5.xlarge",
    outputPath = "s3://example-async-inference/documents/output/",
    failurePath = "s3://example-async-inference/documents/failures/",
    successTopic = AsyncEndpoint.CREATE, errorTopic = AsyncEndpoint.CREATE,
    includeInferenceResponseIn = AsyncEndpoint.ResponseTopic.ERROR_NOTIFICATION_TOPIC,
    maxConcurrentInvocationsPerInstance = 4,
    autoScaling = @BacklogScaling(minCapacity = 0, maxCapacity = 4, targetBacklogPerInstance = 5))
public class AsyncDocumentClassifier {}
