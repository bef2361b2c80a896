package io.github.sagemakercdk.examples;

import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.RealtimeEndpoint;
import io.github.sagemakercdk.annotations.SageMakerModel;

/**
 * A fraud scorer as a production account runs it: pinned to its account and region, with the execution role that
 * security approved, in the subnets and security group of the team's VPC, tagged for cost allocation, its model
 * artifact encrypted with the team's KMS key (named by alias) and its endpoint's storage volumes with another.
 * The stack creates no role and grants nothing: the role already allows what the README lists.
 */
@SageMakerModel(name = "fraud-scorer-prod",
    role = "arn:aws:iam::123456789012:role/sagemaker/fraud-scorer-execution",
    subnets = {"subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"},
    securityGroups = "sg-0123456789abcdef0",
    tags = {"cost-center=fraud-ml", "environment=production", "owner=risk-team"},
    account = "123456789012",
    region = "eu-west-1")
@Container(image = "dlc:pytorch-inference:2.1.0-cpu-py310",
    modelData = "s3://acme-fraud-models/scorer/model.tar.gz",
    modelDataKmsKey = "arn:aws:kms:eu-west-1:123456789012:alias/fraud-models")
@RealtimeEndpoint(name = "fraud-scorer-prod", instanceType = "ml.c5.xlarge", initialInstanceCount = 2,
    kmsKey = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
public class ProductionFraudScorer {}
