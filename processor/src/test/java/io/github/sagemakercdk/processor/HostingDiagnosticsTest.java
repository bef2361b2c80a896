package io.github.sagemakercdk.processor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multi-model containers, Direct invocation and the hosting exclusion table: one test per diagnostic, each checking
 * line and column under javac and under Eclipse's compiler. An exclusion of a serverless endpoint stands on the
 * {@code @ServerlessEndpoint}; one of multi-model hosting on the instance type or on {@code multiModel}.
 */
class HostingDiagnosticsTest {
  private static final String PREFIX = "modelData = \"s3://churn-models/per-region/\"";

  @TempDir
  Path temp;

  private BothCompilers compile(String... annotationLines) throws IOException {
    return BothCompilers.compileClass(temp, "Hosted", List.of(annotationLines));
  }

  // serverless

  @Test
  void serverlessWithNetworkIsolation() throws IOException {
    compile(
        "@SageMakerModel(networkIsolation = true)",
        "@Container(image = \"ecr:serve:1\")",
        "@ServerlessEndpoint(memorySizeInMb = 2048)")
        .errorCount(1)
        .errorAt("[SM-SERVERLESS-NETWORK-ISOLATION] a serverless endpoint cannot serve a model with network"
            + " isolation: SageMaker Serverless Inference does not support network isolation; serve it from instances"
            + " (@RealtimeEndpoint), or remove networkIsolation", "@ServerlessEndpoint");
  }

  @Test
  void serverlessWithAPipeline() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:pre:1\")",
        "@Container(image = \"ecr:serve:1\")",
        "@ServerlessEndpoint(memorySizeInMb = 2048)")
        .errorCount(1)
        .errorAt("[SM-SERVERLESS-MULTI-CONTAINER] a serverless endpoint cannot serve a model of several containers",
            "@ServerlessEndpoint");
  }

  @Test
  void serverlessWithAMultiModelContainer() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\", " + PREFIX + ", multiModel = true)",
        "@ServerlessEndpoint(memorySizeInMb = 2048)")
        .errorCount(1)
        .errorAt("[SM-SERVERLESS-MULTI-MODEL] a serverless endpoint cannot serve a multi-model container",
            "@ServerlessEndpoint");
  }

  @Test
  void serverlessWithEveryExclusionAtOnce() throws IOException {
    compile(
        "@SageMakerModel(networkIsolation = true, directInvocation = true,",
        "    subnets = \"subnet-0123456789abcdef0\", securityGroups = \"sg-0123456789abcdef0\")",
        "@Container(image = \"ecr:pre:1\", hostname = \"pre\")",
        "@Container(image = \"ecr:serve:1\", hostname = \"serve\")",
        "@ServerlessEndpoint(memorySizeInMb = 2048)")
        .errorCount(3)
        .errorAt("[SM-SERVERLESS-VPC]", "@ServerlessEndpoint")
        .errorAt("[SM-SERVERLESS-NETWORK-ISOLATION]", "@ServerlessEndpoint")
        .errorAt("[SM-SERVERLESS-MULTI-CONTAINER]", "@ServerlessEndpoint");
  }

  // multi-model

  @Test
  void multiModelOnAnUnsupportedInstanceType() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\", " + PREFIX + ", multiModel = true)",
        "@Endpoint(instanceType = \"ml.g5.12xlarge\")")
        .errorCount(1)
        .errorAt("[SM-MULTI-MODEL-INSTANCE-TYPE] instance type \"ml.g5.12xlarge\" cannot host a multi-model endpoint",
            "\"ml.g5.12xlarge\"", "instanceType =");
  }

  @Test
  void anAsynchronousEndpointIsOnInstancesNotServerless() throws IOException {
    // Its instance type's exclusions apply, on that type; the serverless ones (a VPC here) do not.
    compile(
        "@SageMakerModel(subnets = \"subnet-0123456789abcdef0\", securityGroups = \"sg-0123456789abcdef0\")",
        "@Container(image = \"ecr:serve:1\", " + PREFIX + ", multiModel = true)",
        "@AsyncEndpoint(outputPath = \"s3://acme-async/out/\", instanceType = \"ml.g5.12xlarge\")")
        .errorCount(1)
        .errorAt("[SM-MULTI-MODEL-INSTANCE-TYPE] instance type \"ml.g5.12xlarge\" cannot host a multi-model endpoint",
            "\"ml.g5.12xlarge\"", "instanceType =");
  }

  @Test
  void multiModelInAPipeline() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:pre:1\")",
        "@Container(image = \"ecr:serve:1\", " + PREFIX + ",",
        "    multiModel = true)")
        .errorCount(1)
        .errorAt("[SM-MULTI-MODEL-SINGLE-CONTAINER] a multi-model container must be its model's only container",
            "true)", "multiModel =");
  }

  @Test
  void multiModelDataIsAnArchive() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\", multiModel = true,",
        "    modelData = \"s3://churn-models/xgb/model.tar.gz\")")
        .errorCount(1)
        .errorAt("[SM-MULTI-MODEL-DATA] model data \"s3://churn-models/xgb/model.tar.gz\" is not an S3 prefix",
            "\"s3://churn-models/xgb", "modelData =");
  }

  @Test
  void multiModelDataIsAnAsset() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\", multiModel = true,",
        "    modelData = \"asset:models/model.tar.gz\")")
        .errorCount(1)
        .errorAt("[SM-MULTI-MODEL-DATA] model data \"asset:models/model.tar.gz\" is not an S3 prefix",
            "\"asset:models", "modelData =");
  }

  @Test
  void multiModelWithoutModelData() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\",",
        "    multiModel = true)")
        .errorCount(1)
        .errorAt("[SM-MULTI-MODEL-DATA] model data \"(none)\" is not an S3 prefix", "true)", "multiModel =");
  }

  @Test
  void aPrefixWithoutMultiModel() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\",",
        "    " + PREFIX + ")")
        .errorCount(1)
        .errorAt("[SM-MODEL-DATA-PREFIX-WITHOUT-MULTI-MODEL] model data \"s3://churn-models/per-region/\" is an S3"
            + " prefix, which only a multi-model container loads", "\"s3://churn-models/per-region/\"", "modelData =");
  }

  // Direct invocation

  @Test
  void directInvocationOfOneContainer() throws IOException {
    compile(
        "@SageMakerModel(name = \"direct\",",
        "    directInvocation = true)",
        "@Container(image = \"ecr:serve:1\", hostname = \"serve\")")
        .errorCount(1)
        .errorAt("[SM-DIRECT-CONTAINER-COUNT] Direct invocation needs a multi-container model, and this model has 1"
            + " container(s): give it 2 to 15 containers, or remove directInvocation", "true)", "directInvocation =");
  }

  @Test
  void directInvocationWithoutHostnames() throws IOException {
    compile(
        "@SageMakerModel(directInvocation = true)",
        "@Container(image = \"ecr:pre:1\", hostname = \"pre\")",
        "@Container(image = \"ecr:serve:1\")")
        .errorCount(1)
        .errorAt("[SM-DIRECT-HOSTNAME] container 2 has no hostname: with Direct invocation every container needs one",
            "@Container(image = \"ecr:serve");
  }
}
