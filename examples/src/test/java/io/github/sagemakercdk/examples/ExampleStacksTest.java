package io.github.sagemakercdk.examples;

import static io.github.sagemakercdk.Cfn.flat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.sagemakercdk.ModelStackFactory;
import io.github.sagemakercdk.SynthesizedTemplates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * The examples end to end: the processor compiled the annotated classes into stacks; here the stacks are found
 * the way {@code SageMakerApp} finds them, synthesized in one app and checked: the right containers in the
 * right order, cdk-nag's AWS Solutions rules, cfn-lint, and the same bytes on a second synthesis.
 */
class ExampleStacksTest {
  private static final SynthesizedTemplates TEMPLATES = new SynthesizedTemplates(ExampleStacksTest.class);
  private static final Map<String, Stack> STACKS = new LinkedHashMap<>();
  private static final Map<String, Template> TEMPLATE_BY_STACK = new LinkedHashMap<>();

  @BeforeAll
  static void synthesizeEveryExampleInOneApp() {
    // The context of cdk.json (its feature flags), as SageMakerApp gives it to `mvn package` and the CLI to `cdk synth`.
    App app = new App(AppProps.builder().context(cdkJsonContext()).build());
    for (ModelStackFactory factory : registeredFactories()) {
      Stack stack = factory.create(app, factory.stackId());
      Aspects.of(stack).add(new AwsSolutionsChecks());
      STACKS.put(factory.stackId(), stack);
    }
    STACKS.forEach((id, stack) -> TEMPLATE_BY_STACK.put(id, TEMPLATES.of(stack)));
  }

  @AfterAll
  static void everyTemplatePassesCfnLint() throws Exception {
    TEMPLATES.lint();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cdkJsonContext() {
    try {
      Map<String, Object> cdkJson = new ObjectMapper().readValue(Path.of("cdk.json").toFile(), Map.class);
      return (Map<String, Object>) cdkJson.getOrDefault("context", Map.of());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<ModelStackFactory> registeredFactories() {
    List<ModelStackFactory> factories = new ArrayList<>();
    ServiceLoader.load(ModelStackFactory.class).forEach(factories::add);
    factories.sort(Comparator.comparing(ModelStackFactory::stackId));
    return factories;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> modelProperties(String stackId) {
    Map<String, Map<String, Object>> models =
        (Map<String, Map<String, Object>>) (Object) TEMPLATE_BY_STACK.get(stackId)
            .findResources("AWS::SageMaker::Model");
    assertEquals(1, models.size(), stackId + " has one model");
    return (Map<String, Object>) models.values().iterator().next().get("Properties");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> containers(String stackId) {
    Map<String, Object> properties = modelProperties(stackId);
    Object primary = properties.get("PrimaryContainer");
    return primary != null
        ? List.of((Map<String, Object>) primary)
        : (List<Map<String, Object>>) properties.get("Containers");
  }

  @Test
  void everyAnnotatedClassIsRegisteredAsAStack() {
    assertEquals(List.of("AsyncDocumentClassifierStack", "BgeEmbedderStack", "BuiltInChurnScorerStack",
        "CapturingChurnScorerStack", "ChurnPipelineStack", "ChurnScorerCandidateStack", "ChurnScorerStack",
        "FraudDetectorStack", "FraudEnsembleStack", "GuardedRecommenderStack", "ImageClassifierStack",
        "LargeLanguageAssistantStack", "LargeLanguageModelStack", "LlamaChatStack", "LlmHostStack",
        "MonitoredFraudScorerStack", "ProductionFraudScorerStack",
        "RealtimeChurnScorerStack", "RegionalChurnScorersStack", "RegisteredChurnScorerStack", "ServerlessSentimentStack",
        "ShadowTestedChurnScorerStack"),
        List.copyOf(STACKS.keySet()));
  }

  @Test
  void thePipelineRunsItsContainersInTheOrderTheyGive() {
    List<Map<String, Object>> containers = containers("ChurnPipelineStack");
    assertEquals(List.of("features", "xgboost", "labels"),
        containers.stream().map(c -> c.get("ContainerHostname")).toList());
    String registry = "<AWS::AccountId>.dkr.ecr.<AWS::Region>.<AWS::URLSuffix>/";
    assertEquals(List.of(registry + "churn/preprocess:2.0.1", registry + "xgboost:1.7-1",
            registry + "churn/postprocess:2.0.1"),
        containers.stream().map(c -> flat(c.get("Image"))).toList());
    assertEquals("https://s3.<AWS::Region>.<AWS::URLSuffix>/example-ml-artifacts/churn/preprocess/model.tar.gz",
        flat(containers.get(0).get("ModelDataUrl")));
    assertEquals("https://s3.<AWS::Region>.<AWS::URLSuffix>/example-ml-artifacts/churn/xgboost/model.tar.gz",
        flat(containers.get(1).get("ModelDataUrl")));
    assertEquals(false, containers.get(2).containsKey("ModelDataUrl"));
    assertEquals(List.of("SAGEMAKER_PROGRAM", "SAGEMAKER_SUBMIT_DIRECTORY"),
        List.copyOf(((Map<?, ?>) containers.get(0).get("Environment")).keySet()));
    assertEquals(Map.of("THRESHOLD", "0.5"), containers.get(2).get("Environment"));
    assertEquals("churn-pipeline", modelProperties("ChurnPipelineStack").get("ModelName"));
  }

  /** CDK keeps only the last extension of a file asset: the artifact is stored as {@code <hash>.gz}. */
  @Test
  void theAssetModelUploadsItsImageAndArtifact() {
    List<Map<String, Object>> containers = containers("ChurnScorerStack");
    assertEquals(1, containers.size());
    assertTrue(flat(containers.get(0).get("Image")).contains("cdk-hnb659fds-container-assets-"),
        flat(containers.get(0).get("Image")));
    assertTrue(flat(containers.get(0).get("ModelDataUrl")).matches(
            "https://s3\\..*/cdk-hnb659fds-assets-.*/[0-9a-f]{64}\\.gz"),
        flat(containers.get(0).get("ModelDataUrl")));
    assertEquals(Map.of("SM_MODEL_DIR", "/opt/ml/model"), containers.get(0).get("Environment"));
    assertEquals("churn-scorer", modelProperties("ChurnScorerStack").get("ModelName"));
  }

  @Test
  void theDeepLearningContainerFollowsTheStacksRegion() {
    Map<String, Object> container = containers("ImageClassifierStack").get(0);
    assertEquals("<DlcRepositoryAccountMap[<AWS::Region>].value>.dkr.ecr.<AWS::Region>.<AWS::URLSuffix>"
        + "/pytorch-inference:2.1.0-cpu-py310", flat(container.get("Image")));
    assertEquals(true, modelProperties("ImageClassifierStack").get("EnableNetworkIsolation"));
    assertEquals(false, modelProperties("ImageClassifierStack").containsKey("ModelName"));
  }

  /** The built-in XGBoost image by version: SageMaker's registry of the stack's region, us-east-1's among them. */
  @Test
  @SuppressWarnings("unchecked")
  void theBuiltInImageComesFromTheRegistryOfTheRegion() {
    Template template = TEMPLATE_BY_STACK.get("BuiltInChurnScorerStack");
    String account = "<ImageRegistryr8d08a6deMap[<AWS::Region>].value>";
    assertEquals(account + ".dkr.ecr.<AWS::Region>.<AWS::URLSuffix>/sagemaker-xgboost:1.7-1",
        flat(containers("BuiltInChurnScorerStack").get(0).get("Image")));
    Map<String, Map<String, String>> registry = (Map<String, Map<String, String>>)
        ((Map<String, Object>) template.toJSON().get("Mappings")).get("ImageRegistryr8d08a6deMap");
    assertEquals(Map.of("value", "683313688378"), registry.get("us-east-1"));
    assertEquals(Map.of("value", "450853457545"), registry.get("cn-north-1"));
    assertEquals(null, registry.get("us-gov-west-1"), "only the partitions of cdk.json's target-partitions");
    template.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
        "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
            "Action", List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"),
            "Resource", Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"), ":ecr:",
                Map.of("Ref", "AWS::Region"), ":",
                Map.of("Fn::FindInMap", List.of("ImageRegistryr8d08a6deMap", Map.of("Ref", "AWS::Region"), "value")),
                ":repository/sagemaker-xgboost"))))))))))));
  }

  @Test
  void theCrossAccountImageIsPinnedByDigestAndPulledFromItsOwnRepository() {
    assertEquals("111122223333.dkr.ecr.eu-west-1.<AWS::URLSuffix>/ml-platform/fraud-detector"
            + "@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        flat(containers("FraudDetectorStack").get(0).get("Image")));
    // Sorted by the @aws-cdk/aws-iam:minimizePolicies flag of cdk.json.
    TEMPLATE_BY_STACK.get("FraudDetectorStack").hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
        "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
            "Action", List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"),
            "Resource", "arn:aws:ecr:eu-west-1:111122223333:repository/ml-platform/fraud-detector")))))))));
  }

  @Test
  void theRealtimeEndpointScalesItsVariantOnInvocations() {
    Template template = TEMPLATE_BY_STACK.get("RealtimeChurnScorerStack");
    template.hasResourceProperties("AWS::SageMaker::EndpointConfig", Match.objectLike(Map.of(
        "ProductionVariants", List.of(Match.objectLike(Map.of(
            "VariantName", "AllTraffic", "InstanceType", "ml.c5.large", "InitialInstanceCount", 2,
            "ModelName", Match.anyValue()))))));
    template.hasResourceProperties("AWS::SageMaker::Endpoint", Match.objectLike(Map.of(
        "EndpointName", "churn-scorer-realtime")));
    template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Match.objectLike(Map.of(
        "MinCapacity", 2, "MaxCapacity", 6, "ScalableDimension", "sagemaker:variant:DesiredInstanceCount",
        "ServiceNamespace", "sagemaker")));
    // 40 requests per second per instance, 60 seconds, safety factor 0.5.
    template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Match.objectLike(Map.of(
        "PolicyType", "TargetTrackingScaling",
        "TargetTrackingScalingPolicyConfiguration", Match.objectLike(Map.of(
            "TargetValue", 1200,
            "PredefinedMetricSpecification", Map.of(
                "PredefinedMetricType", "SageMakerVariantInvocationsPerInstance"))))));
  }

  /** The {@code @CustomizeStack} method of the class ran in the stack it generated: its alarm is there. */
  @Test
  void theCodeHookAddsTheLatencyAlarm() {
    assertLatencyAlarm(TEMPLATE_BY_STACK.get("MonitoredFraudScorerStack"));
  }

  static void assertLatencyAlarm(Template template) {
    template.resourceCountIs("AWS::CloudWatch::Alarm", 1);
    String endpoint = template.findResources("AWS::SageMaker::Endpoint").keySet().iterator().next();
    template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectEquals(Map.ofEntries(
        Map.entry("AlarmDescription", "p90 model latency of the fraud-scorer endpoint over 150 ms for 3 minutes"),
        Map.entry("Namespace", "AWS/SageMaker"),
        Map.entry("MetricName", "ModelLatency"),
        Map.entry("Dimensions", List.of(
            Map.of("Name", "EndpointName", "Value", Map.of("Fn::GetAtt", List.of(endpoint, "EndpointName"))),
            Map.of("Name", "VariantName", "Value", "AllTraffic"))),
        Map.entry("ExtendedStatistic", "p90"),
        Map.entry("Period", 60),
        Map.entry("ComparisonOperator", "GreaterThanThreshold"),
        Map.entry("Threshold", 150_000),
        Map.entry("EvaluationPeriods", 3),
        Map.entry("DatapointsToAlarm", 3),
        Map.entry("TreatMissingData", "notBreaching"),
        Map.entry("Tags", List.of(Map.of("Key", "team", "Value", "fraud-ml"))))));
    template.hasResourceProperties("AWS::SageMaker::Endpoint", Match.objectLike(Map.of(
        "EndpointName", "fraud-scorer")));
  }

  @Test
  void theCapturingEndpointWritesASampleUnderItsPrefixWithItsKey() {
    Template template = TEMPLATE_BY_STACK.get("CapturingChurnScorerStack");
    String key = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    template.hasResourceProperties("AWS::SageMaker::EndpointConfig", Match.objectLike(Map.of(
        "DataCaptureConfig", Map.of(
            "DestinationS3Uri", "s3://example-ml-captures/churn-scorer",
            "InitialSamplingPercentage", 20,
            "CaptureOptions", List.of(Map.of("CaptureMode", "Input"), Map.of("CaptureMode", "Output")),
            "CaptureContentTypeHeader", Map.of("CsvContentTypes", List.of("text/csv"),
                "JsonContentTypes", List.of("application/json")),
            "KmsKeyId", key))));
    template.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
        "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(
            Match.objectLike(Map.of("Action", "s3:PutObject", "Resource", Map.of("Fn::Join", List.of("", List.of(
                "arn:", Map.of("Ref", "AWS::Partition"), ":s3:::example-ml-captures/churn-scorer/*"))))),
            Match.objectLike(Map.of("Action", List.of("kms:Encrypt", "kms:GenerateDataKey"),
                "Resource", key)))))))));
  }

  @Test
  void theShadowTestedEndpointServesBothModelsEachWithItsOwnRole() {
    Template template = TEMPLATE_BY_STACK.get("ShadowTestedChurnScorerStack");
    template.resourceCountIs("AWS::SageMaker::Model", 2);
    template.resourceCountIs("AWS::IAM::Role", 2);
    template.hasResourceProperties("AWS::SageMaker::EndpointConfig", Match.objectLike(Map.of(
        "ProductionVariants", List.of(Match.objectLike(Map.of("VariantName", "AllTraffic"))),
        "ShadowProductionVariants", List.of(Match.objectLike(Map.of(
            "VariantName", "Shadow", "InstanceType", "ml.c5.large", "InitialInstanceCount", 1,
            "InitialVariantWeight", 0.5))))));
    List<String> modelData = template.findResources("AWS::SageMaker::Model").values().stream()
        .map(model -> (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) model).get("Properties")).get("PrimaryContainer"))
        .map(container -> flat(container.get("ModelDataUrl")))
        .sorted()
        .toList();
    assertEquals(List.of(
        "https://s3.<AWS::Region>.<AWS::URLSuffix>/example-ml-artifacts/churn/xgboost-v2/model.tar.gz",
        "https://s3.<AWS::Region>.<AWS::URLSuffix>/example-ml-artifacts/churn/xgboost/model.tar.gz"), modelData);
  }

  @Test
  void theAsynchronousEndpointWritesToS3NotifiesEncryptedTopicsAndScalesToZero() {
    Template template = TEMPLATE_BY_STACK.get("AsyncDocumentClassifierStack");
    template.hasResourceProperties("AWS::SageMaker::EndpointConfig", Match.objectLike(Map.of(
        "AsyncInferenceConfig", Match.objectLike(Map.of(
            "ClientConfig", Map.of("MaxConcurrentInvocationsPerInstance", 4),
            "OutputConfig", Match.objectLike(Map.of(
                "S3OutputPath", "s3://example-async-inference/documents/output/",
                "S3FailurePath", "s3://example-async-inference/documents/failures/",
                "NotificationConfig", Match.objectLike(Map.of(
                    "IncludeInferenceResponseIn", List.of("ERROR_NOTIFICATION_TOPIC"))))))))));
    template.resourceCountIs("AWS::SNS::Topic", 2);
    template.allResourcesProperties("AWS::SNS::Topic", Match.objectLike(Map.of("KmsMasterKeyId", Match.anyValue())));
    template.resourceCountIs("AWS::SNS::TopicPolicy", 2);
    template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Match.objectLike(Map.of(
        "MinCapacity", 0, "MaxCapacity", 4)));
    template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Match.objectLike(Map.of(
        "TargetTrackingScalingPolicyConfiguration", Match.objectLike(Map.of(
            "TargetValue", 5,
            "CustomizedMetricSpecification", Match.objectLike(Map.of(
                "MetricName", "ApproximateBacklogSizePerInstance")))))));
    template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
        "MetricName", "HasBacklogWithoutCapacity", "Threshold", 1)));
    // cdk.json's feature flags minimize the policy: its resources come sorted.
    Object put = Match.objectLike(Map.of("Action", "s3:PutObject", "Resource", List.of(
        objectsUnder("example-async-inference/documents/failures/"),
        objectsUnder("example-async-inference/documents/output/"))));
    template.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
        "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(put)))))));
  }

  /** The ARN of the objects under an S3 prefix, as CloudFormation gets it. */
  private static Map<String, Object> objectsUnder(String bucketAndPrefix) {
    return Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
        ":s3:::" + bucketAndPrefix + "*")));
  }

  @Test
  void theGuardedEndpointShiftsToACanaryAndRollsBackOnItsAlarms() {
    Template template = TEMPLATE_BY_STACK.get("GuardedRecommenderStack");
    template.hasResourceProperties("AWS::SageMaker::Endpoint", Match.objectLike(Map.of(
        "EndpointName", "recommender-guarded",
        "DeploymentConfig", Map.of(
            "BlueGreenUpdatePolicy", Map.of(
                "TrafficRoutingConfiguration", Map.of("Type", "CANARY", "WaitIntervalInSeconds", 600,
                    "CanarySize", Map.of("Type", "CAPACITY_PERCENT", "Value", 25)),
                "MaximumExecutionTimeoutInSeconds", 3600,
                "TerminationWaitInSeconds", 300),
            "AutoRollbackConfiguration", Map.of("Alarms", List.of(
                Map.of("AlarmName", "recommender-invocation-5xx"),
                Map.of("AlarmName", "recommender-model-latency")))))));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theLargeModelGetsItsVolumeTimeoutsScalingRoutingAndAmi() {
    Template template = TEMPLATE_BY_STACK.get("LargeLanguageAssistantStack");
    Map<String, Map<String, Object>> configs = (Map<String, Map<String, Object>>) (Object)
        template.findResources("AWS::SageMaker::EndpointConfig");
    assertEquals(1, configs.size());
    Map<String, Object> properties = (Map<String, Object>) configs.values().iterator().next().get("Properties");
    Map<String, Object> variant = new LinkedHashMap<>(
        ((List<Map<String, Object>>) properties.get("ProductionVariants")).get(0));
    assertTrue(variant.remove("ModelName") != null);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("VariantName", "AllTraffic");
    expected.put("InstanceType", "ml.inf2.8xlarge");
    expected.put("InitialInstanceCount", 1);
    expected.put("InitialVariantWeight", 1);
    expected.put("VolumeSizeInGB", 256);
    expected.put("ModelDataDownloadTimeoutInSeconds", 1800);
    expected.put("ContainerStartupHealthCheckTimeoutInSeconds", 1200);
    expected.put("ManagedInstanceScaling", Map.of("MinInstanceCount", 1, "MaxInstanceCount", 3, "Status", "ENABLED"));
    expected.put("RoutingConfig", Map.of("RoutingStrategy", "LEAST_OUTSTANDING_REQUESTS"));
    expected.put("InferenceAmiVersion", "al2-ami-sagemaker-inference-neuron-2");
    assertEquals(expected, variant);
    template.hasResourceProperties("AWS::SageMaker::Endpoint", Match.objectLike(Map.of(
        "EndpointName", "language-assistant")));
  }

  @Test
  void theServerlessEndpointHasNoInstances() {
    Template template = TEMPLATE_BY_STACK.get("ServerlessSentimentStack");
    template.hasResourceProperties("AWS::SageMaker::EndpointConfig", Match.objectLike(Map.of(
        "ProductionVariants", List.of(Match.objectLike(Map.of(
            "VariantName", "AllTraffic",
            "ServerlessConfig", Map.of("MemorySizeInMB", 4096, "MaxConcurrency", 10, "ProvisionedConcurrency", 2),
            "InstanceType", Match.absent()))))));
    template.resourceCountIs("AWS::SageMaker::Endpoint", 1);
    template.resourceCountIs("AWS::ApplicationAutoScaling::ScalableTarget", 0);
  }

  @Test
  void theProductionModelUsesTheAccountsRoleSubnetsKeysAndTags() {
    Stack stack = STACKS.get("ProductionFraudScorerStack");
    assertEquals("123456789012", stack.getAccount());
    assertEquals("eu-west-1", stack.getRegion());
    Template template = TEMPLATE_BY_STACK.get("ProductionFraudScorerStack");
    template.resourceCountIs("AWS::IAM::Role", 0);
    template.resourceCountIs("AWS::IAM::Policy", 0);
    List<Map<String, String>> tags = List.of(Map.of("Key", "cost-center", "Value", "fraud-ml"),
        Map.of("Key", "environment", "Value", "production"), Map.of("Key", "owner", "Value", "risk-team"));
    Map<String, Object> model = modelProperties("ProductionFraudScorerStack");
    assertEquals("arn:aws:iam::123456789012:role/sagemaker/fraud-scorer-execution", model.get("ExecutionRoleArn"));
    assertEquals(Map.of("SecurityGroupIds", List.of("sg-0123456789abcdef0"),
        "Subnets", List.of("subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788")), model.get("VpcConfig"));
    assertEquals(tags, model.get("Tags"));
    assertEquals("763104351884.dkr.ecr.eu-west-1.<AWS::URLSuffix>/pytorch-inference:2.1.0-cpu-py310",
        flat(containers("ProductionFraudScorerStack").get(0).get("Image")),
        "the registry account of the pinned region, no region map");
    template.hasResourceProperties("AWS::SageMaker::EndpointConfig", Match.objectLike(Map.of(
        "KmsKeyId", "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        "Tags", tags)));
    template.hasResourceProperties("AWS::SageMaker::Endpoint", Match.objectLike(Map.of("Tags", tags)));
  }

  @Test
  void theMultiModelContainerServesItsPrefixAndReadsNothingElse() {
    Map<String, Object> container = containers("RegionalChurnScorersStack").get(0);
    assertEquals("MultiModel", container.get("Mode"));
    assertEquals("https://s3.<AWS::Region>.<AWS::URLSuffix>/example-ml-artifacts/churn/per-region/",
        flat(container.get("ModelDataUrl")));
    Object prefixObjects = Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
        ":s3:::example-ml-artifacts/churn/per-region/*")));
    Object readPrefix = Match.objectLike(Map.of("Action", "s3:GetObject", "Resource", prefixObjects));
    TEMPLATE_BY_STACK.get("RegionalChurnScorersStack").hasResourceProperties("AWS::IAM::Policy", Match.objectLike(
        Map.of("PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(readPrefix)))))));
    TEMPLATE_BY_STACK.get("RegionalChurnScorersStack").hasResourceProperties("AWS::SageMaker::EndpointConfig",
        Match.objectLike(Map.of("ProductionVariants", List.of(Match.objectLike(Map.of(
            "InstanceType", "ml.c5.xlarge", "InitialInstanceCount", 2))))));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theLargeLanguageModelCopiesItsUncompressedFilesAndAcceptsItsLicense() {
    Map<String, Object> container = containers("LargeLanguageModelStack").get(0);
    String prefix = "meta-textgeneration/meta-textgeneration-llama-3-8b/artifacts/inference-prepack/v1.1.0/";
    assertEquals(Map.of("S3DataSource", Map.of(
            "S3Uri", "s3://jumpstart-private-cache-prod-us-east-1/" + prefix,
            "S3DataType", "S3Prefix", "CompressionType", "None", "ModelAccessConfig", Map.of("AcceptEula", true))),
        container.get("ModelDataSource"));
    assertEquals(false, container.containsKey("ModelDataUrl"));
    Template template = TEMPLATE_BY_STACK.get("LargeLanguageModelStack");
    Object bucket = Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
        ":s3:::jumpstart-private-cache-prod-us-east-1")));
    Object objects = Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
        ":s3:::jumpstart-private-cache-prod-us-east-1/" + prefix + "*")));
    Object list = Match.objectEquals(Map.of("Effect", "Allow", "Action", "s3:ListBucket", "Resource", bucket,
        "Condition", Map.of("StringLike", Map.of("s3:prefix", List.of(prefix + "*")))));
    Object read = Match.objectEquals(Map.of("Effect", "Allow", "Action", "s3:GetObject", "Resource", objects));
    template.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument",
        Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(list, read)))))));
  }

  @Test
  void theRegisteredModelNamesItsPackageVersionAndPullsAndReadsWhatItHolds() {
    Map<String, Object> container = containers("RegisteredChurnScorerStack").get(0);
    assertEquals(Map.of("ModelPackageName",
        "arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn-scorer/3"), container);
    Template template = TEMPLATE_BY_STACK.get("RegisteredChurnScorerStack");
    Object pull = Match.objectEquals(Map.of("Effect", "Allow",
        "Action", List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"),
        "Resource", "arn:aws:ecr:eu-west-1:123456789012:repository/churn-scorer"));
    Object read = Match.objectEquals(Map.of("Effect", "Allow", "Action", "s3:GetObject",
        "Resource", "arn:aws:s3:::example-ml-artifacts/churn/registry/3/model.tar.gz"));
    template.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument",
        Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(pull, read)))))));
  }

  @Test
  void theEnsembleIsInvokedOneContainerAtATime() {
    Map<String, Object> model = modelProperties("FraudEnsembleStack");
    assertEquals(Map.of("Mode", "Direct"), model.get("InferenceExecutionConfig"));
    assertEquals(List.of("xgboost", "torch"),
        containers("FraudEnsembleStack").stream().map(c -> c.get("ContainerHostname")).toList());
  }

  @Test
  void twoModelsShareTheGpuHostAsInferenceComponents() {
    Template host = TEMPLATE_BY_STACK.get("LlmHostStack");
    host.hasResourceProperties("AWS::SageMaker::EndpointConfig", Match.objectLike(Map.of(
        "ProductionVariants", List.of(Map.of("VariantName", "AllTraffic", "InstanceType", "ml.g5.12xlarge",
            "InitialInstanceCount", 1,
            "ManagedInstanceScaling", Map.of("MinInstanceCount", 1, "MaxInstanceCount", 2, "Status", "ENABLED"),
            "RoutingConfig", Map.of("RoutingStrategy", "LEAST_OUTSTANDING_REQUESTS"))))));
    host.hasResourceProperties("AWS::SageMaker::Endpoint", Match.objectLike(Map.of("EndpointName", "llm-host")));
    host.hasResourceProperties("AWS::IAM::Role", Match.objectLike(Map.of("RoleName", "llm-host")));
    Template chat = TEMPLATE_BY_STACK.get("LlamaChatStack");
    chat.hasResourceProperties("AWS::SageMaker::InferenceComponent", Match.objectLike(Map.of(
        "EndpointName", "llm-host", "VariantName", "AllTraffic", "InferenceComponentName", "llama-chat",
        "RuntimeConfig", Map.of("CopyCount", 1),
        "Specification", Match.objectLike(Map.of(
            "ComputeResourceRequirements", Map.of("MinMemoryRequiredInMb", 24576,
                "NumberOfAcceleratorDevicesRequired", 2),
            "StartupParameters", Map.of("ModelDataDownloadTimeoutInSeconds", 1200,
                "ContainerStartupHealthCheckTimeoutInSeconds", 600))))));
    chat.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Map.of(
        "ServiceNamespace", "sagemaker", "ResourceId", "inference-component/llama-chat",
        "ScalableDimension", "sagemaker:inference-component:DesiredCopyCount", "MinCapacity", 1, "MaxCapacity", 2,
        "RoleARN", Match.anyValue()));
    // The host's role, found by its name, may pull this component's image and read its data.
    chat.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("Roles", List.of("llm-host"))));
    Template embedder = TEMPLATE_BY_STACK.get("BgeEmbedderStack");
    embedder.hasResourceProperties("AWS::SageMaker::InferenceComponent", Match.objectLike(Map.of(
        "InferenceComponentName", "bge-embedder", "Specification", Match.objectLike(Map.of(
            "ComputeResourceRequirements", Map.of("MinMemoryRequiredInMb", 8192, "NumberOfCpuCoresRequired", 2,
                "NumberOfAcceleratorDevicesRequired", 1))))));
    embedder.resourceCountIs("AWS::ApplicationAutoScaling::ScalableTarget", 0);
  }

  @Test
  void noExampleBreaksAnAwsSolutionsRule() {
    STACKS.forEach((id, stack) -> {
      assertEquals(List.of(), Annotations.fromStack(stack)
          .findError("*", Match.stringLikeRegexp("AwsSolutions-.*")), id + ": cdk-nag errors");
      assertEquals(List.of(), Annotations.fromStack(stack)
          .findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*")), id + ": cdk-nag warnings");
    });
  }

  @Test
  void synthesizingTwiceGivesByteIdenticalTemplates(@TempDir Path first, @TempDir Path second) throws Exception {
    synthesizeAll(first);
    synthesizeAll(second);
    List<Path> templates;
    try (var files = Files.list(first)) {
      templates = files.filter(f -> f.toString().endsWith(".template.json")).sorted().toList();
    }
    assertEquals(STACKS.size(), templates.size());
    for (Path template : templates) {
      assertEquals(Files.readString(template), Files.readString(second.resolve(template.getFileName())),
          template.getFileName() + " differs between two synths");
    }
  }

  private static void synthesizeAll(Path outdir) {
    App app = new App(AppProps.builder().outdir(outdir.toString()).context(cdkJsonContext()).build());
    for (ModelStackFactory factory : registeredFactories()) {
      factory.create(app, factory.stackId());
    }
    app.synth();
  }
}
