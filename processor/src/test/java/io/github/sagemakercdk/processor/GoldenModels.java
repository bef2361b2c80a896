package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.Compilations.IMPORTS;
import static io.github.sagemakercdk.processor.Compilations.source;

import java.util.List;
import javax.tools.JavaFileObject;

/** The annotated models whose generated stacks are kept as golden files, one per shape of the contract. */
final class GoldenModels {
  private GoldenModels() {}

  /** Asset image and asset model data: a single-container model. */
  static final JavaFileObject CLASSIFIER = source("com.acme.Classifier",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"asset:docker/serve\", modelData = \"asset:models/model.tar.gz\")",
      "public class Classifier {}");

  /** A pipeline declared out of order with explicit order, hostnames, ECR tag, S3 data and environment. */
  static final JavaFileObject CHURN_PIPELINE = source("com.acme.ChurnPipeline",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel(name = \"churn-pipeline\")",
      "@Container(image = \"ecr:xgboost:1.7-1\", modelData = \"s3://my-bucket/models/xgb.tar.gz\", hostname = \"model\",",
      "    environment = {\"SAGEMAKER_PROGRAM=serve.py\", \"SAGEMAKER_SUBMIT_DIRECTORY=/opt/ml/code\", \"EMPTY=\"},",
      "    order = 2)",
      "@Container(image = \"ecr:team/postprocess:2024.05\", hostname = \"post\", order = 3)",
      "@Container(image = \"asset:docker/serve\", modelData = \"asset:models/model.tar.gz\", hostname = \"pre\",",
      "    environment = \"EQUALS_IN_VALUE=a=b\", order = 1)",
      "public class ChurnPipeline {}");

  /** An ECR image pinned by digest. */
  static final JavaFileObject PINNED = source("com.acme.Pinned",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"ecr:xgboost@sha256:" + "0123456789abcdef".repeat(4) + "\")",
      "public class Pinned {}");

  /** A Deep Learning Container with S3 model data, environment and a model name. */
  static final JavaFileObject DEEP_LEARNING = source("com.acme.vision.Detector",
      "package com.acme.vision;",
      IMPORTS,
      "@SageMakerModel(name = \"detector\")",
      "@Container(image = \"dlc:pytorch-inference:2.1.0-cpu-py310\", modelData = \"s3://acme-models/detector/model.tar.gz\",",
      "    environment = {\"SAGEMAKER_PROGRAM=inference.py\", \"TS_DEFAULT_WORKERS_PER_MODEL=1\"})",
      "public class Detector {}");

  /**
   * Framework images: a built-in algorithm by version, Deep Learning Containers by alias with a processor, and with
   * a processor and Python version given in either order.
   */
  static final JavaFileObject FRAMEWORK_IMAGES = source("com.acme.Blended",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"framework:xgboost:1.7-1\", modelData = \"s3://acme-models/xgb/model.tar.gz\", hostname = \"a\")",
      "@Container(image = \"framework:pytorch:2.6:gpu\", hostname = \"b\")",
      "@Container(image = \"framework:pytorch:1.4.0:py36:cpu\", hostname = \"c\")",
      "public class Blended {}");

  /** Full registry URIs: another account (tag), a China region (digest), GovCloud (tag). */
  static final JavaFileObject CROSS_ACCOUNT = source("com.acme.CrossAccount",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"123456789012.dkr.ecr.eu-west-1.amazonaws.com/shared/xgboost:1.7-1\", hostname = \"a\")",
      "@Container(image = \"210987654321.dkr.ecr.cn-north-1.amazonaws.com.cn/xgboost@sha256:"
          + "fedcba9876543210".repeat(4) + "\", hostname = \"b\")",
      "@Container(image = \"111122223333.dkr.ecr.us-gov-west-1.amazonaws.com/serve:latest\", hostname = \"c\")",
      "public class CrossAccount {}");

  /** Network isolation and a model name, nothing else. */
  static final JavaFileObject ISOLATED = source("com.acme.Isolated",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel(name = \"isolated-model\", networkIsolation = true)",
      "@Container(image = \"ecr:offline:1\", modelData = \"s3://acme-models/offline.tar.gz\")",
      "public class Isolated {}");

  /** A class in the unnamed package: the stack goes there too. */
  static final JavaFileObject UNNAMED_PACKAGE = source("Scratch",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"dlc:sklearn-inference:1.2-1\")",
      "public class Scratch {}");

  /** A real-time endpoint with a name and auto scaling at a fractional request rate, under its former name. */
  static final JavaFileObject SCALED_ENDPOINT = source("com.acme.Recommender",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel(name = \"recommender\")",
      "@Container(image = \"ecr:recommender:3.2\", modelData = \"s3://acme-models/recommender/model.tar.gz\")",
      "@Endpoint(name = \"recommender\", instanceType = \"ml.c5.xlarge\", initialInstanceCount = 2,",
      "    autoScaling = @AutoScaling(minCapacity = 2, maxCapacity = 8, maxRequestsPerSecond = 12.5))",
      "public class Recommender {}");

  /** A real-time endpoint at its defaults: no name, one ml.m5.large instance, no auto scaling. */
  static final JavaFileObject DEFAULT_ENDPOINT = source("com.acme.Tagger",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"dlc:pytorch-inference:2.1.0-cpu-py310\")",
      "@RealtimeEndpoint",
      "public class Tagger {}");

  /** A serverless endpoint with provisioned concurrency (of a one-container model: Serverless Inference serves no pipeline). */
  static final JavaFileObject SERVERLESS_ENDPOINT = source("com.acme.Sentiment",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"ecr:sentiment:1\", modelData = \"s3://acme-models/sentiment.tar.gz\")",
      "@ServerlessEndpoint(name = \"sentiment\", variantName = \"Serverless\", memorySizeInMb = 3072,",
      "    maxConcurrency = 10, provisionedConcurrency = 2)",
      "public class Sentiment {}");

  /**
   * Everything a production account sets: an existing role, subnets and security groups by ID, tags (an empty value,
   * an '=' in a value), a pinned account and region, an SSE-KMS model data key by alias, an endpoint storage key.
   */
  static final JavaFileObject SECURED = source("com.acme.Secured",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel(name = \"secured\", role = \"arn:aws:iam::123456789012:role/service/sagemaker-secured\",",
      "    subnets = {\"subnet-0123456789abcdef0\", \"subnet-89abcdef\"}, securityGroups = \"sg-0123456789abcdef0\",",
      "    tags = {\"cost-center=ml-platform\", \"owner=\", \"formula=a=b\"}, account = \"123456789012\",",
      "    region = \"eu-west-1\")",
      "@Container(image = \"dlc:pytorch-inference:2.1.0-cpu-py310\", modelData = \"s3://acme-models/secured/model.tar.gz\",",
      "    modelDataKmsKey = \"arn:aws:kms:eu-west-1:123456789012:alias/models\")",
      "@RealtimeEndpoint(instanceType = \"ml.c5.xlarge\",",
      "    kmsKey = \"arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\")",
      "public class Secured {}");

  /** The CDK CLI's current account and region, nothing else new. */
  static final JavaFileObject CURRENT_ENVIRONMENT = source("com.acme.Regional",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel(account = SageMakerModel.CURRENT, region = SageMakerModel.CURRENT)",
      "@Container(image = \"dlc:sklearn-inference:1.2-1\")",
      "public class Regional {}");

  /** A multi-model container on an encrypted S3 prefix, served from CPU instances. */
  static final JavaFileObject MULTI_MODEL = source("com.acme.PerRegion",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"ecr:xgboost:1.7-1\", modelData = \"s3://churn-models/per-region/\", multiModel = true,",
      "    modelDataKmsKey = \"arn:aws:kms:eu-west-1:123456789012:alias/models\")",
      "@Endpoint(instanceType = \"ml.c5.xlarge\")",
      "public class PerRegion {}");

  /** Two containers invoked directly, by hostname. */
  static final JavaFileObject DIRECT = source("com.acme.Ensemble",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel(directInvocation = true)",
      "@Container(image = \"ecr:xgboost:1.7-1\", modelData = \"s3://churn-models/xgb/model.tar.gz\", hostname = \"xgboost\")",
      "@Container(image = \"dlc:pytorch-inference:2.1.0-cpu-py310\", hostname = \"torch\")",
      "@Endpoint",
      "public class Ensemble {}");
  /**
   * An asynchronous endpoint with everything: output and failure paths, a created success topic and an error topic
   * by ARN, responses in both notifications, client concurrency, output and volume keys, backlog scaling to zero.
   */
  static final JavaFileObject ASYNC_ENDPOINT = source("com.acme.VideoTagger",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"ecr:video-tagger:2.0\", modelData = \"s3://acme-models/tagger/model.tar.gz\")",
      "@AsyncEndpoint(name = \"video-tagger\", instanceType = \"ml.c5.xlarge\",",
      "    kmsKey = \"arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\",",
      "    outputPath = \"s3://acme-async/tagger/output/\", failurePath = \"s3://acme-async/tagger/failures/\",",
      "    successTopic = AsyncEndpoint.CREATE, errorTopic = \"arn:aws:sns:eu-west-1:123456789012:tagger-errors\",",
      "    includeInferenceResponseIn = {AsyncEndpoint.ResponseTopic.SUCCESS_NOTIFICATION_TOPIC,",
      "        AsyncEndpoint.ResponseTopic.ERROR_NOTIFICATION_TOPIC},",
      "    maxConcurrentInvocationsPerInstance = 4,",
      "    outputKmsKey = \"arn:aws:kms:eu-west-1:123456789012:alias/async-output\",",
      "    autoScaling = @BacklogScaling(maxCapacity = 4, targetBacklogPerInstance = 2.5))",
      "public class VideoTagger {}");

  /** An asynchronous endpoint at its defaults: the output path alone, one instance, no topic, no scaling. */
  static final JavaFileObject DEFAULT_ASYNC_ENDPOINT = source("com.acme.Transcriber",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"dlc:pytorch-inference:2.1.0-cpu-py310\")",
      "@AsyncEndpoint(outputPath = \"s3://acme-async\")",
      "public class Transcriber {}");

  /** Data capture with every option beside an instance endpoint: a prefix, one capture mode, both lists, a key. */
  static final JavaFileObject CAPTURED = source("com.acme.Audited",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"ecr:xgboost:1.7-1\", modelData = \"s3://acme-models/audited/model.tar.gz\")",
      "@Endpoint(instanceType = \"ml.c5.xlarge\")",
      "@DataCapture(destination = \"s3://acme-captures/audited/\", initialSamplingPercentage = 25,",
      "    captureMode = CaptureMode.INPUT, csvContentTypes = \"text/csv\",",
      "    jsonContentTypes = {\"application/json\", \"application/jsonlines\"},",
      "    kmsKey = \"arn:aws:kms:eu-west-1:123456789012:alias/captures\")",
      "public class Audited {}");

  /** Data capture with its defaults: the whole bucket, requests and responses, no content types, no key. */
  static final JavaFileObject CAPTURED_DEFAULTS = source("com.acme.Sampled",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"ecr:xgboost:1.7-1\")",
      "@Endpoint",
      "@DataCapture(destination = \"s3://acme-captures\", initialSamplingPercentage = 100)",
      "public class Sampled {}");

  /**
   * A shadow variant: the candidate model's class (in the same file here) with an asset image, an environment, an
   * existing role and tags of its own; the served model's data capture covers both.
   */
  static final JavaFileObject SHADOWED = source("com.acme.Shadowed",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel(tags = \"team=ml\")",
      "@Container(image = \"ecr:xgboost:1.7-1\", modelData = \"s3://acme-models/churn/model.tar.gz\")",
      "@Endpoint(instanceType = \"ml.c5.xlarge\")",
      "@ShadowVariant(model = Candidate.class, variantName = \"Candidate\", instanceType = \"ml.c5.large\",",
      "    initialInstanceCount = 2, samplingWeight = 0.25)",
      "@DataCapture(destination = \"s3://acme-captures/shadow-test\", initialSamplingPercentage = 100)",
      "public class Shadowed {}",
      "@SageMakerModel(role = \"arn:aws:iam::123456789012:role/candidate\", tags = \"stage=candidate\")",
      "@Container(image = \"asset:docker/serve\", modelData = \"asset:models/model.tar.gz\",",
      "    environment = \"VERSION=2\")",
      "class Candidate {}");

  /**
   * Two {@code @CustomizeStack} methods, called in declaration order after the auto scaling, one with the stack's
   * qualified name; a method that is not one between them.
   */
  static final JavaFileObject HOOKED = source("com.acme.Scorer",
      "package com.acme;",
      IMPORTS,
      "import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;",
      "@SageMakerModel",
      "@Container(image = \"ecr:scorer:2\")",
      "@RealtimeEndpoint(instanceType = \"ml.c5.large\",",
      "    autoScaling = @AutoScaling(maxCapacity = 3, maxRequestsPerSecond = 20))",
      "public class Scorer {",
      "  @CustomizeStack",
      "  static void latencyAlarm(ScorerStack stack) {",
      "    stack.getEndpoint().findInstanceProductionVariant(\"AllTraffic\").metricModelLatency()",
      "        .createAlarm(stack, \"ModelLatencyAlarm\", CreateAlarmOptions.builder()",
      "            .threshold(500_000).evaluationPeriods(3).build());",
      "  }",
      "",
      "  static void helper() {}",
      "",
      "  @CustomizeStack",
      "  public static void outputs(com.acme.ScorerStack stack) {",
      "    stack.getRole();",
      "  }",
      "}");

  /** A real-time endpoint updated by a canary blue/green deployment that rolls back on two alarms. */
  static final JavaFileObject BLUE_GREEN = source("com.acme.Ranker",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"ecr:ranker:4\", modelData = \"s3://acme-models/ranker/model.tar.gz\")",
      "@RealtimeEndpoint(name = \"ranker\", instanceType = \"ml.c5.xlarge\", initialInstanceCount = 4)",
      "@BlueGreenDeployment(trafficRouting = BlueGreenDeployment.TrafficRouting.CANARY, canarySize = 25,",
      "    waitIntervalInSeconds = 600, maximumExecutionTimeoutInSeconds = 3600, terminationWaitInSeconds = 300,",
      "    rollbackAlarms = {\"ranker-5xx\", \"ranker-latency\"})",
      "public class Ranker {}");

  /** A real-time endpoint updated by a rolling deployment, in batches of one instance. */
  static final JavaFileObject ROLLING = source("com.acme.Forecaster",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"ecr:forecaster:1\")",
      "@RealtimeEndpoint(instanceType = \"ml.m5.xlarge\", initialInstanceCount = 4)",
      "@RollingDeployment(maximumBatchSize = 1, sizeType = BlueGreenDeployment.SizeType.INSTANCE_COUNT,",
      "    waitIntervalInSeconds = 300, rollbackMaximumBatchSize = 2, rollbackAlarms = \"forecaster-errors\")",
      "public class Forecaster {}");

  /**
   * A large model on a GPU instance with every variant limit: volume size, both start-up timeouts, managed instance
   * scaling, routing and the inference AMI.
   */
  static final JavaFileObject VARIANT_LIMITS = source("com.acme.Assistant",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"dlc:djl-inference:0.29.0-lmi11.0.0-cu124\", environment = \"HF_MODEL_ID=acme/assistant-7b\")",
      "@RealtimeEndpoint(instanceType = \"ml.p3.2xlarge\", initialInstanceCount = 2,",
      "    volumeSizeInGb = 256, modelDataDownloadTimeoutSeconds = 1200, containerStartupHealthCheckTimeoutSeconds = 900,",
      "    minInstanceCount = 2, maxInstanceCount = 4, routingStrategy = \"LEAST_OUTSTANDING_REQUESTS\",",
      "    inferenceAmiVersion = \"al2-ami-sagemaker-inference-gpu-3-1\")",
      "public class Assistant {}");

  /** An asynchronous endpoint on Inferentia2 with the limits it takes: volume size, both timeouts and the AMI. */
  static final JavaFileObject ASYNC_VARIANT_LIMITS = source("com.acme.Summarizer",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"dlc:djl-inference:0.29.0-neuronx-sdk2.19.1\")",
      "@AsyncEndpoint(instanceType = \"ml.inf2.xlarge\", outputPath = \"s3://acme-async/summaries/\",",
      "    volumeSizeInGb = 128, modelDataDownloadTimeoutSeconds = 600, containerStartupHealthCheckTimeoutSeconds = 600,",
      "    inferenceAmiVersion = \"al2-ami-sagemaker-inference-neuron-2\")",
      "public class Summarizer {}");

  /**
   * Model data as S3 data sources: uncompressed files under a prefix (a gated model's, license accepted, with its
   * KMS key), one uncompressed file, and an archive whose license is accepted.
   */
  static final JavaFileObject DATA_SOURCES = source("com.acme.Librarian",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"dlc:djl-inference:0.31.0-lmi13.0.0-cu124\", hostname = \"llm\",",
      "    modelData = \"uncompressed:s3://jumpstart-private-cache-prod-us-east-1/meta/llama-3-8b/\", acceptEula = true,",
      "    modelDataKmsKey = \"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\")",
      "@Container(image = \"ecr:guard:1\", hostname = \"guard\", modelData = \"uncompressed:s3://acme-models/guard/weights.bin\")",
      "@Container(image = \"ecr:rank:1\", hostname = \"rank\", modelData = \"s3://acme-models/rank/model.tar.gz\",",
      "    acceptEula = true)",
      "public class Librarian {}");

  /**
   * Containers from versioned model packages: one whose image and archive are named for the grants, one known by its
   * ARN alone (with environment and hostname).
   */
  static final JavaFileObject MODEL_PACKAGES = source("com.acme.Registered",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"model-package:arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/3\",",
      "    hostname = \"churn\", packageImage = \"ecr:churn:1.4\",",
      "    packageModelData = \"s3://acme-models/churn/3/model.tar.gz\")",
      "@Container(image = \"model-package:arn:aws:sagemaker:eu-west-1:123456789012:model-package/explain/7\",",
      "    hostname = \"explain\", environment = \"EXPLAIN_TOP_K=5\")",
      "public class Registered {}");

  /** Each model with the qualified name of its generated stack. */
  /** A model as an inference component with every option, on a GPU host of the same file with two instances. */
  static final JavaFileObject HOSTED_COMPONENT = source("com.acme.Chat",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"ecr:llama-chat:3\", modelData = \"s3://acme-models/llama/model.tar.gz\")",
      "@InferenceComponent(endpoint = GpuHost.class, name = \"llama-chat\", minMemoryMb = 24576, maxMemoryMb = 32768,",
      "    cpuCores = 2.5, acceleratorDevices = 2, copies = 1, modelDataDownloadTimeoutInSeconds = 1200,",
      "    containerStartupHealthCheckTimeoutInSeconds = 600, minCopies = 0, maxCopies = 3, maxRequestsPerSecond = 1.5,",
      "    safetyFactor = 0.8)",
      "public class Chat {}",
      "@InferenceComponentEndpoint(name = \"gpu-host\", instanceType = \"ml.g5.12xlarge\", initialInstanceCount = 2,",
      "    variantName = \"Gpus\", minInstanceCount = 0, maxInstanceCount = 4,",
      "    routingStrategy = InferenceComponentEndpoint.LEAST_OUTSTANDING_REQUESTS)",
      "class GpuHost {}");

  /** The least a component says, on a host with an existing execution role (which gets no grants). */
  static final JavaFileObject SHARED_HOST_COMPONENT = source("com.acme.Embedder",
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"ecr:embedder:1\")",
      "@InferenceComponent(endpoint = SharedHost.class, minMemoryMb = 2048)",
      "public class Embedder {}",
      "@InferenceComponentEndpoint(name = \"shared-host\", instanceType = \"ml.m5.xlarge\",",
      "    role = \"arn:aws:iam::123456789012:role/shared-host\")",
      "class SharedHost {}");

  static final List<Case> ALL = List.of(
      new Case(CLASSIFIER, "com.acme.ClassifierStack"),
      new Case(CHURN_PIPELINE, "com.acme.ChurnPipelineStack"),
      new Case(PINNED, "com.acme.PinnedStack"),
      new Case(DEEP_LEARNING, "com.acme.vision.DetectorStack"),
      new Case(CROSS_ACCOUNT, "com.acme.CrossAccountStack"),
      new Case(FRAMEWORK_IMAGES, "com.acme.BlendedStack"),
      new Case(ISOLATED, "com.acme.IsolatedStack"),
      new Case(UNNAMED_PACKAGE, "ScratchStack"),
      new Case(SCALED_ENDPOINT, "com.acme.RecommenderStack"),
      new Case(DEFAULT_ENDPOINT, "com.acme.TaggerStack"),
      new Case(SERVERLESS_ENDPOINT, "com.acme.SentimentStack"),
      new Case(SECURED, "com.acme.SecuredStack"),
      new Case(CURRENT_ENVIRONMENT, "com.acme.RegionalStack"),
      new Case(MULTI_MODEL, "com.acme.PerRegionStack"),
      new Case(DIRECT, "com.acme.EnsembleStack"),
      new Case(CAPTURED, "com.acme.AuditedStack"),
      new Case(CAPTURED_DEFAULTS, "com.acme.SampledStack"),
      new Case(SHADOWED, "com.acme.ShadowedStack"),
      new Case(HOOKED, "com.acme.ScorerStack"),
      new Case(ASYNC_ENDPOINT, "com.acme.VideoTaggerStack"),
      new Case(DEFAULT_ASYNC_ENDPOINT, "com.acme.TranscriberStack"),
      new Case(BLUE_GREEN, "com.acme.RankerStack"),
      new Case(ROLLING, "com.acme.ForecasterStack"),
      new Case(VARIANT_LIMITS, "com.acme.AssistantStack"),
      new Case(ASYNC_VARIANT_LIMITS, "com.acme.SummarizerStack"),
      new Case(DATA_SOURCES, "com.acme.LibrarianStack"),
      new Case(MODEL_PACKAGES, "com.acme.RegisteredStack"),
      new Case(HOSTED_COMPONENT, "com.acme.ChatStack"),
      new Case(HOSTED_COMPONENT, "com.acme.GpuHostStack"),
      new Case(SHARED_HOST_COMPONENT, "com.acme.EmbedderStack"),
      new Case(SHARED_HOST_COMPONENT, "com.acme.SharedHostStack"));

  record Case(JavaFileObject source, String stack) {
    String goldenFile() {
      return stack.substring(stack.lastIndexOf('.') + 1) + ".java";
    }

    @Override
    public String toString() {
      return stack;
    }
  }
}
