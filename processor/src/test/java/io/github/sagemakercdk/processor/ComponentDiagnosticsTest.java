package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @InferenceComponentEndpoint} and {@code @InferenceComponent}: one test per diagnostic, line and column under
 * javac and ecj. The host class stands in the same file as the model ({@code test.Chat}), after it, so it may
 * generate its own stack: only the model's stack must not be written. javac puts an error on a class literal under
 * its {@code .class}, ecj on the attribute.
 */
class ComponentDiagnosticsTest {
  private static final String GPU_HOST =
      "@InferenceComponentEndpoint(name = \"llm-host\", instanceType = \"ml.g5.12xlarge\") class Host {}";

  @TempDir
  Path temp;

  /** {@code test.Chat}: a model of one container, the lines given, then the host class lines given. */
  private BothCompilers compile(List<String> model, String... host) throws IOException {
    List<String> all = new ArrayList<>(List.of("package test;", IMPORTS));
    if (model.stream().noneMatch(line -> line.startsWith("@SageMakerModel") || line.startsWith("// no model"))) {
      all.add("@SageMakerModel");
    }
    if (model.stream().noneMatch(line -> line.startsWith("@Container"))) {
      all.add("@Container(image = \"ecr:chat:1\")");
    }
    all.addAll(model);
    all.add("public class Chat {}");
    all.addAll(List.of(host));
    return BothCompilers.compileWithout(temp, "test.ChatStack", "test.Chat", all.toArray(new String[0]));
  }

  @Test
  void componentValuesAreCheckedAgainstTheApiReference() throws IOException {
    compile(List.of(
        "@InferenceComponent(endpoint = Host.class, name = \"-chat\",",
        "    minMemoryMb = 64,",
        "    maxMemoryMb = 32,",
        "    cpuCores = 0.1,",
        "    copies = -1)"), GPU_HOST)
        .errorCount(5)
        .errorAt("[SM-INFERENCE-COMPONENT-NAME] inference component name \"-chat\"", "\"-chat\"", "name =")
        .errorAt("[SM-INFERENCE-COMPONENT-MIN-MEMORY] minMemoryRequiredInMb 64", "64,", "minMemoryMb =")
        .errorAt("[SM-INFERENCE-COMPONENT-MAX-MEMORY] maxMemoryRequiredInMb 32", "32,", "maxMemoryMb =")
        .errorAt("[SM-INFERENCE-COMPONENT-CPU-CORES] numberOfCpuCoresRequired 0.1", "0.1,", "cpuCores =")
        .errorAt("[SM-INFERENCE-COMPONENT-COPY-COUNT] copyCount -1", "-1)", "copies =");
  }

  @Test
  void startupTimeoutsAreSageMakersRange() throws IOException {
    compile(List.of(
        "@InferenceComponent(endpoint = Host.class, minMemoryMb = 1024,",
        "    modelDataDownloadTimeoutInSeconds = 59,",
        "    containerStartupHealthCheckTimeoutInSeconds = 3601)"), GPU_HOST)
        .errorCount(2)
        .errorAt("[SM-STARTUP-TIMEOUT] the model data download timeout of 59 seconds", "59,",
            "modelDataDownloadTimeoutInSeconds =")
        .errorAt("[SM-STARTUP-TIMEOUT] the container startup health check timeout of 3601 seconds", "3601)",
            "containerStartupHealthCheckTimeoutInSeconds =");
  }

  @Test
  void oneCopysAcceleratorsFitOnOneInstanceOfTheHost() throws IOException {
    compile(List.of(
        "@InferenceComponent(endpoint = Host.class, minMemoryMb = 1024,",
        "    acceleratorDevices = 8)"), GPU_HOST)
        .errorCount(1)
        .errorAt("[SM-INFERENCE-COMPONENT-ACCELERATORS-EXCEED-INSTANCE] numberOfAcceleratorDevicesRequired 8 is more"
            + " than the 4 GPU(s) of instance type \"ml.g5.12xlarge\"", "8)", "acceleratorDevices =");
  }

  @Test
  void aCpuHostTakesNoAccelerators() throws IOException {
    compile(List.of(
        "@InferenceComponent(endpoint = Host.class, minMemoryMb = 1024,",
        "    acceleratorDevices = 1)"),
        "@InferenceComponentEndpoint(name = \"cpu-host\", instanceType = \"ml.m5.xlarge\") class Host {}")
        .errorCount(1)
        .errorAt("[SM-INFERENCE-COMPONENT-ACCELERATORS-WITHOUT-ACCELERATOR] numberOfAcceleratorDevicesRequired 1 is"
            + " given, but instance type \"ml.m5.xlarge\" has no GPU", "1)", "acceleratorDevices =");
  }

  @Test
  void theEndpointIsAHostClass() throws IOException {
    compile(List.of(
        "@InferenceComponent(minMemoryMb = 1024,",
        "    endpoint = String.class)"))
        .errorCount(1)
        .errorAt("[SM-INFERENCE-COMPONENT-HOST-NOT-A-HOST] @InferenceComponent names java.lang.String, which has no"
            + " @InferenceComponentEndpoint", ".class)", "endpoint =");
  }

  @Test
  void aHostWithErrorsIsOneErrorHereAndItsOwnThere() throws IOException {
    BothCompilers.compile(temp, "test.Chat", "package test;", IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:chat:1\")",
        "@InferenceComponent(minMemoryMb = 1024,",
        "    endpoint = Host.class)",
        "public class Chat {}",
        "@InferenceComponentEndpoint(name = \"llm_host\", instanceType = \"ml.g5.12xlarge\") class Host {}")
        .errorCount(2)
        .errorAt("[SM-INFERENCE-COMPONENT-HOST-INVALID] @InferenceComponent names test.Host, which has 1 error(s),"
            + " reported on that class", ".class)", "endpoint =")
        .errorAt("[SM-ENDPOINT-NAME] endpoint name \"llm_host\"", "\"llm_host\"", "name =");
  }

  @Test
  void aModelIsServedByItsOwnEndpointOrAsAComponent() throws IOException {
    compile(List.of(
        "@RealtimeEndpoint",
        "@InferenceComponent(endpoint = Host.class, minMemoryMb = 1024)"), GPU_HOST)
        .errorCount(1)
        .errorAt("[SM-INFERENCE-COMPONENT-WITH-ENDPOINT] test.Chat carries both @InferenceComponent and"
            + " @RealtimeEndpoint", "@InferenceComponent(");
  }

  @Test
  void dataCaptureNeedsTheModelsOwnRealtimeEndpoint() throws IOException {
    compile(List.of(
        "@InferenceComponent(endpoint = Host.class, minMemoryMb = 1024)",
        "@DataCapture(destination = \"s3://captures\", initialSamplingPercentage = 10)"), GPU_HOST)
        .errorCount(1)
        .errorAt("[SM-DATA-CAPTURE-WITHOUT-ENDPOINT]", "@DataCapture(");
  }

  @Test
  void aComponentNeedsAModel() throws IOException {
    compile(List.of(
        "// no model",
        "@InferenceComponent(endpoint = Host.class, minMemoryMb = 1024)"), GPU_HOST)
        .errorCount(2)
        .errorAt("[SM-ENDPOINT-WITHOUT-MODEL] @InferenceComponent on test.Chat has no effect without"
            + " @SageMakerModel", "@InferenceComponent(")
        .errorAt("[SM-CONTAINER-WITHOUT-MODEL]", "@Container(");
  }

  @Test
  void aMultiModelContainerIsNoComponent() throws IOException {
    compile(List.of(
        "@Container(image = \"ecr:chat:1\", modelData = \"s3://llm-models/regional/\",",
        "    multiModel = true)",
        "@InferenceComponent(endpoint = Host.class, minMemoryMb = 1024)"), GPU_HOST)
        .errorCount(1)
        .errorAt("[SM-INFERENCE-COMPONENTS-MULTI-MODEL] an inference component holds one model", "true)", "multiModel =");
  }

  @Test
  void copyScalingNeedsMaxCopiesAndRequests() throws IOException {
    compile(List.of(
        "@InferenceComponent(endpoint = Host.class, minMemoryMb = 1024,",
        "    maxCopies = 2)"), GPU_HOST)
        .errorCount(1)
        .errorAt("[SM-COPY-SCALING-INCOMPLETE] maxCopies is given without maxRequestsPerSecond", "2)", "maxCopies =");
    compile(List.of(
        "@InferenceComponent(endpoint = Host.class, minMemoryMb = 1024,",
        "    maxRequestsPerSecond = 4)"), GPU_HOST)
        .errorCount(1)
        .errorAt("[SM-COPY-SCALING-INCOMPLETE] maxRequestsPerSecond is given without maxCopies", "4)", "maxRequestsPerSecond = 4)");
  }

  @Test
  void copyScalingRangesAreChecked() throws IOException {
    compile(List.of(
        "@InferenceComponent(endpoint = Host.class, minMemoryMb = 1024, maxCopies = 2, maxRequestsPerSecond = 4,",
        "    minCopies = 3,",
        "    safetyFactor = 2)"), GPU_HOST)
        .errorCount(2)
        .errorAt("[SM-INFERENCE-COMPONENT-COPY-SCALING] copy count scaling minCapacity 3 and maxCapacity 2", "3,",
            "minCopies =")
        .errorAt("[SM-SAFETY-FACTOR] safetyFactor 2", "2)", "safetyFactor =");
    compile(List.of(
        "@InferenceComponent(endpoint = Host.class, minMemoryMb = 1024, maxCopies = 4, maxRequestsPerSecond = 4,",
        "    minCopies = 2,",
        "    copies = 1)"), GPU_HOST)
        .errorCount(1)
        .errorAt("[SM-INFERENCE-COMPONENT-COPY-COUNT-OUTSIDE-SCALING] the component starts with 1 copies", "1)", "copies =");
  }

  @Test
  void hostValuesAreCheckedAsAnEndpointsAndVariants() throws IOException {
    BothCompilers.compile(temp, "test.Host", "package test;", IMPORTS,
        "@InferenceComponentEndpoint(name = \"llm_host\",",
        "    instanceType = \"ml.g5.12xlarg\",",
        "    initialInstanceCount = 0,",
        "    variantName = \"-gpus\",",
        "    role = \"arn:aws:iam::123:role/host\")",
        "public class Host {}")
        .errorCount(5)
        .errorAt("[SM-ENDPOINT-NAME] endpoint name \"llm_host\"", "\"llm_host\"", "name =")
        .errorAt("[SM-INSTANCE-TYPE] instance type \"ml.g5.12xlarg\"", "\"ml.g5.12xlarg\"", "instanceType =")
        .errorAt("[SM-INITIAL-INSTANCE-COUNT] initialInstanceCount 0", "0,", "initialInstanceCount =")
        .errorAt("[SM-VARIANT-NAME] production variant name \"-gpus\"", "\"-gpus\"", "variantName =")
        .errorAt("[SM-ROLE-ARN] role \"arn:aws:iam::123:role/host\"", "\"arn:aws:iam::123:role/host\"",
            "role =");
  }

  @Test
  void hostManagedScalingAndRoutingAreCheckedAsAVariants() throws IOException {
    BothCompilers.compile(temp, "test.Host", "package test;", IMPORTS,
        "@InferenceComponentEndpoint(name = \"llm-host\", instanceType = \"ml.g5.12xlarge\", initialInstanceCount = 3,",
        "    minInstanceCount = 0,",
        "    maxInstanceCount = 2,",
        "    routingStrategy = \"ROUND_ROBIN\")",
        "public class Host {}")
        .errorCount(2)
        .errorAt("[SM-MANAGED-SCALING-INITIAL-COUNT]", "2,", "maxInstanceCount =")
        .errorAt("[SM-ROUTING-STRATEGY]", "\"ROUND_ROBIN\"", "routingStrategy =");
    BothCompilers.compile(temp.resolve("min"), "test.Host", "package test;", IMPORTS,
        "@InferenceComponentEndpoint(name = \"llm-host\", instanceType = \"ml.g5.12xlarge\",",
        "    minInstanceCount = 0)",
        "public class Host {}")
        .errorCount(1)
        .errorAt("[SM-MANAGED-SCALING-WITHOUT-MAXIMUM] minInstanceCount is given without maxInstanceCount", "0)",
            "minInstanceCount =");
  }

  @Test
  void aHostIsNoModel() throws IOException {
    BothCompilers.compile(temp, "test.Host", "package test;", IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:chat:1\")",
        "@InferenceComponentEndpoint(name = \"llm-host\", instanceType = \"ml.g5.12xlarge\")",
        "public class Host {}")
        .errorCount(1)
        .errorAt("[SM-INFERENCE-COMPONENT-HOST-IS-MODEL] test.Host carries both @InferenceComponentEndpoint and"
            + " @SageMakerModel", "@InferenceComponentEndpoint(");
  }
}
