package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.RealtimeEndpoint;
import io.github.sagemakercdk.annotations.SageMakerModel;

/**
 * One churn scorer per sales region, all behind one endpoint: a multi-model container serves every archive under
 * the S3 prefix and loads the one a request names ({@code TargetModel = "emea.tar.gz"}), so a new region needs an
 * upload, not a deployment. The model's role may read what is under that prefix, and nothing else.
 */
@SageMakerModel
@Container(image = "framework:sklearn:1.2-1",
    modelData = "s3://example-ml-artifacts/churn/per-region/", multiModel = true)
@RealtimeEndpoint(instanceType = "ml.c5.xlarge", initialInstanceCount = 2)
public class RegionalChurnScorers {}
