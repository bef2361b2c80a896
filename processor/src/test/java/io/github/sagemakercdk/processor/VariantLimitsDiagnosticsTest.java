package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The variant limits of {@code @RealtimeEndpoint}, {@code @Endpoint} and {@code @AsyncEndpoint}: one test per
 * diagnostic, each checking line and column under javac (which points at the value) and under Eclipse's compiler
 * (which points at the attribute, {@code name = value}). A limit that does not fit the instance type is reported at
 * the limit, not at the instance type.
 */
class VariantLimitsDiagnosticsTest {
  @TempDir
  Path temp;

  /** A valid model {@code test.Large}, then the annotation lines given. */
  private BothCompilers compile(String... annotationLines) throws IOException {
    List<String> lines = new ArrayList<>(List.of("package test;", IMPORTS, "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\")"));
    lines.addAll(List.of(annotationLines));
    lines.add("public class Large {}");
    return BothCompilers.compile(temp, "test.Large", lines.toArray(new String[0]));
  }

  @Test
  void volumeSizeIsOneTo512Gb() throws IOException {
    compile(
        "@RealtimeEndpoint(",
        "    instanceType = \"ml.p3.2xlarge\",",
        "    volumeSizeInGb = 1024)")
        .errorCount(1)
        .errorAt("[SM-VOLUME-SIZE] volumeSizeInGb 1024 is not valid: give the size of the EBS volume attached to each"
            + " instance, a whole number of 1 to 512 GB", "1024)", "volumeSizeInGb =");
  }

  @Test
  void noVolumeSizeOnLocalNvmeStorage() throws IOException {
    compile(
        "@RealtimeEndpoint(",
        "    instanceType = \"ml.g5.2xlarge\",",
        "    volumeSizeInGb = 256)")
        .errorCount(1)
        .errorAt("[SM-VOLUME-SIZE-LOCAL-STORAGE] instance type \"ml.g5.2xlarge\" has local NVMe instance storage",
            "256)", "volumeSizeInGb =");
  }

  @Test
  void modelDataDownloadTimeoutIsAMinuteToAnHour() throws IOException {
    compile(
        "@RealtimeEndpoint(",
        "    modelDataDownloadTimeoutSeconds = 30)")
        .errorCount(1)
        .errorAt("[SM-STARTUP-TIMEOUT] the model data download timeout of 30 seconds is not valid: give a whole number"
            + " of 60 to 3600 seconds (1 minute to 1 hour)", "30)", "modelDataDownloadTimeoutSeconds =");
  }

  @Test
  void containerStartupHealthCheckTimeoutIsAMinuteToAnHour() throws IOException {
    compile(
        "@RealtimeEndpoint(",
        "    containerStartupHealthCheckTimeoutSeconds = 7200)")
        .errorCount(1)
        .errorAt("[SM-STARTUP-TIMEOUT] the container startup health check timeout of 7200 seconds is not valid",
            "7200)", "containerStartupHealthCheckTimeoutSeconds =");
  }

  @Test
  void managedScalingCountsAreOrdered() throws IOException {
    compile(
        "@RealtimeEndpoint(",
        "    minInstanceCount = 4,",
        "    maxInstanceCount = 2)")
        .errorCount(1)
        .errorAt("[SM-MANAGED-SCALING-COUNTS] managed instance scaling minInstanceCount 4 and maxInstanceCount 2 are"
            + " not valid", "2)", "maxInstanceCount =");
  }

  @Test
  void aModelVariantDoesNotScaleToZero() throws IOException {
    compile(
        "@RealtimeEndpoint(",
        "    minInstanceCount = 0,",
        "    maxInstanceCount = 2)")
        .errorCount(1)
        .errorAt("[SM-MANAGED-SCALING-ZERO] managed instance scaling minInstanceCount 0 is not valid for a variant that"
            + " serves a model", "0,", "minInstanceCount =");
  }

  @Test
  void theInitialCountLiesInTheManagedRange() throws IOException {
    compile(
        "@RealtimeEndpoint(",
        "    initialInstanceCount = 3,",
        "    maxInstanceCount = 2)")
        .errorCount(1)
        .errorAt("[SM-MANAGED-SCALING-INITIAL-COUNT] the variant starts with 3 instance(s), outside its managed"
            + " instance scaling range 1 to 2", "2)", "maxInstanceCount =");
  }

  @Test
  void aMinimumNeedsAMaximum() throws IOException {
    compile(
        "@RealtimeEndpoint(",
        "    minInstanceCount = 2)")
        .errorCount(1)
        .errorAt("[SM-MIN-INSTANCE-COUNT-WITHOUT-MAX] @RealtimeEndpoint.minInstanceCount is given without"
            + " maxInstanceCount", "2)", "minInstanceCount =");
  }

  @Test
  void routingIsLeastOutstandingRequestsOrRandom() throws IOException {
    compile(
        "@RealtimeEndpoint(",
        "    routingStrategy = \"ROUND_ROBIN\")")
        .errorCount(1)
        .errorAt("[SM-ROUTING-STRATEGY] routing strategy \"ROUND_ROBIN\" is not valid", "\"ROUND_ROBIN\"",
            "routingStrategy =");
  }

  @Test
  void inferenceAmiVersionIsOneOfSageMakers() throws IOException {
    compile(
        "@RealtimeEndpoint(",
        "    instanceType = \"ml.g5.xlarge\",",
        "    inferenceAmiVersion = \"al2-ami-sagemaker-inference-gpu-9\")")
        .errorCount(1)
        .errorAt("[SM-INFERENCE-AMI-VERSION] inference AMI version \"al2-ami-sagemaker-inference-gpu-9\" is not valid",
            "\"al2-ami", "inferenceAmiVersion =");
  }

  @Test
  void theAmiCarriesTheDriversOfTheInstanceType() throws IOException {
    compile(
        "@RealtimeEndpoint(",
        "    instanceType = \"ml.c5.xlarge\",",
        "    inferenceAmiVersion = \"al2-ami-sagemaker-inference-gpu-3-1\")")
        .errorCount(1)
        .errorAt("[SM-INFERENCE-AMI-INSTANCE-TYPE] inference AMI version \"al2-ami-sagemaker-inference-gpu-3-1\""
            + " carries the drivers of NVIDIA GPUs, and instance type \"ml.c5.xlarge\" has none", "\"al2-ami",
            "inferenceAmiVersion =");
  }

  @Test
  void aMisspeltInstanceTypeIsReportedOnceAndAtItself() throws IOException {
    compile(
        "@RealtimeEndpoint(",
        "    instanceType = \"ml.g5.xlarg\",",
        "    inferenceAmiVersion = \"al2-ami-sagemaker-inference-gpu-3-1\")")
        .errorCount(1)
        .errorAt("[SM-INSTANCE-TYPE]", "\"ml.g5.xlarg\"", "instanceType =");
  }

  @Test
  void theFormerNameTakesTheSameLimits() throws IOException {
    compile(
        "@Endpoint(",
        "    volumeSizeInGb = 0,",
        "    minInstanceCount = 3)")
        .errorCount(1)
        .errorAt("[SM-MIN-INSTANCE-COUNT-WITHOUT-MAX] @Endpoint.minInstanceCount is given without maxInstanceCount",
            "3)", "minInstanceCount =");
  }

  @Test
  void asynchronousEndpointsTakeStorageTimeoutsAndAmi() throws IOException {
    compile(
        "@AsyncEndpoint(",
        "    outputPath = \"s3://acme-async/output/\",",
        "    instanceType = \"ml.inf2.xlarge\",",
        "    volumeSizeInGb = 600,",
        "    modelDataDownloadTimeoutSeconds = 59,",
        "    inferenceAmiVersion = \"al2-ami-sagemaker-inference-gpu-2\")")
        .errorCount(3)
        .errorAt("[SM-VOLUME-SIZE] volumeSizeInGb 600", "600,", "volumeSizeInGb =")
        .errorAt("[SM-STARTUP-TIMEOUT] the model data download timeout of 59 seconds", "59,",
            "modelDataDownloadTimeoutSeconds =")
        .errorAt("[SM-INFERENCE-AMI-INSTANCE-TYPE] inference AMI version \"al2-ami-sagemaker-inference-gpu-2\" carries"
            + " the drivers of NVIDIA GPUs, and instance type \"ml.inf2.xlarge\" has none", "\"al2-ami",
            "inferenceAmiVersion =");
  }
}
