package io.github.sagemakercdk;

import static io.github.sagemakercdk.LeastPrivilegeTest.withHosting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.sns.Topic;

/**
 * Asynchronous inference: the endpoint config's AsyncInferenceConfig, the model role's grants (exactly
 * s3:PutObject under the two paths, sns:Publish on the topics, the keys' use), scaling on the backlog down to zero
 * instances, the rules, and cdk-nag.
 */
class AsyncInferenceTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(AsyncInferenceTest.class);
  private static final String PULL = "Allow ecr:BatchCheckLayerAvailability,ecr:GetDownloadUrlForLayer,ecr:BatchGetImage"
      + " on arn:<AWS::Partition>:ecr:<AWS::Region>:<AWS::AccountId>:repository/xgboost";
  private static final String LOGIN = "Allow ecr:GetAuthorizationToken on *";
  private static final String READ = "Allow s3:GetObject on arn:<AWS::Partition>:s3:::churn-models/xgb/model.tar.gz";
  private static final String KEY_ARN = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final String TOPIC_ARN = "arn:aws:sns:eu-west-1:123456789012:async-errors";

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  private static EndpointConfig config(Stack stack, Model model, AsyncInferenceConfig async) {
    return new EndpointConfig(stack, "EndpointConfig", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", model).build()))
        .asyncInference(async)
        .build());
  }

  @Test
  void pathsByUriGiveExactlyPutObjectUnderThemAndNothingElse() {
    Stack stack = new Stack(new App(), "AsyncByUri");
    Model model = HostingFixtures.model(stack, "Model");
    EndpointConfig config = config(stack, model, AsyncInferenceConfig.builder()
        .outputPath(S3Path.fromUri("s3://churn-async/output/"))
        .failurePath(S3Path.fromUri("s3://churn-async/failures/"))
        .maxConcurrentInvocationsPerInstance(4)
        .build());

    Template template = templates.of(stack);
    assertEquals(Map.of(
            "ClientConfig", Map.of("MaxConcurrentInvocationsPerInstance", 4),
            "OutputConfig", Map.of("S3OutputPath", "s3://churn-async/output/",
                "S3FailurePath", "s3://churn-async/failures/")),
        Cfn.properties(template, Cfn.logicalId(config, "EndpointConfig")).get("AsyncInferenceConfig"));
    String policy = Cfn.logicalId(model.getRole(), "DefaultPolicy");
    assertEquals(withHosting(List.of(PULL, LOGIN, READ,
            "Allow s3:PutObject on arn:<AWS::Partition>:s3:::churn-async/output/*,"
                + " arn:<AWS::Partition>:s3:::churn-async/failures/*")),
        Cfn.statements(template, policy));
    List<String> suppressions = Cfn.nagSuppressions(template, policy);
    for (String prefix : List.of("output", "failures")) {
      assertTrue(suppressions.contains("AwsSolutions-IAM5 [Resource::arn:<AWS::Partition>:s3:::churn-async/" + prefix
              + "/*]: SageMaker names each asynchronous inference response or failure object after its inference"
              + " ID, not known before: s3:PutObject is granted on the objects under the configured output or"
              + " failure path (prefix) alone."),
          String.join("\n", suppressions));
    }
  }

  @Test
  void bucketsTopicsAndKeysGiveTheirOwnPermissionsOnly() {
    Stack stack = new Stack(new App(), "AsyncFull");
    Model model = HostingFixtures.model(stack, "Model");
    Key bucketKey = Key.Builder.create(stack, "BucketKey").enableKeyRotation(true).build();
    Bucket bucket = Bucket.Builder.create(stack, "Responses").encryption(BucketEncryption.KMS)
        .encryptionKey(bucketKey).build();
    Key topicKey = NotificationTopics.createKey(stack, "TopicKey");
    Topic success = NotificationTopics.create(stack, "SuccessTopic", topicKey);
    EndpointConfig config = config(stack, model, AsyncInferenceConfig.builder()
        .outputPath(S3Path.fromBucket(bucket, "out/"))
        .successTopic(success)
        .errorTopic(Topic.fromTopicArn(stack, "Errors", TOPIC_ARN))
        .includeInferenceResponseIn(List.of(InferenceResponseTopic.SUCCESS_NOTIFICATION_TOPIC,
            InferenceResponseTopic.ERROR_NOTIFICATION_TOPIC))
        .encryptionKey(Key.fromKeyArn(stack, "OutputKey", KEY_ARN))
        .build());

    Template template = templates.of(stack);
    String bucketArn = "<" + Cfn.logicalId(bucket, "Resource") + ".Arn>";
    String bucketKeyArn = "<" + Cfn.logicalId(bucketKey, "Resource") + ".Arn>";
    String topicKeyArn = "<" + Cfn.logicalId(topicKey, "Resource") + ".Arn>";
    String successArn = "<" + Cfn.logicalId(success, "Resource") + ">";
    assertEquals("{ClientConfig=null, OutputConfig={KmsKeyId=" + KEY_ARN + ", NotificationConfig={ErrorTopic="
            + TOPIC_ARN + ", IncludeInferenceResponseIn=[SUCCESS_NOTIFICATION_TOPIC, ERROR_NOTIFICATION_TOPIC],"
            + " SuccessTopic=" + successArn + "}, S3OutputPath=s3://<" + Cfn.logicalId(bucket, "Resource") + ">/out/}}",
        flatAsync(template, config));
    assertEquals(withHosting(List.of(PULL, LOGIN, READ,
            "Allow s3:PutObject on " + bucketArn + "/out/*",
            "Allow kms:Decrypt,kms:GenerateDataKey on " + bucketKeyArn,
            "Allow kms:Decrypt,kms:GenerateDataKey on " + KEY_ARN,
            "Allow sns:Publish on " + successArn,
            "Allow kms:Decrypt,kms:GenerateDataKey on " + topicKeyArn,
            "Allow sns:Publish on " + TOPIC_ARN)),
        Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy")));
    // The created topic: encrypted with the key, and TLS only.
    Map<String, Object> topic = Cfn.properties(template, Cfn.logicalId(success, "Resource"));
    assertEquals(topicKeyArn, Cfn.flat(topic.get("KmsMasterKeyId")));
    template.hasResourceProperties("AWS::SNS::TopicPolicy", Match.objectLike(Map.of("PolicyDocument",
        Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of("Effect", "Deny",
            "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))))));
    template.hasResourceProperties("AWS::KMS::Key", Match.objectLike(Map.of("EnableKeyRotation", true,
        "Description", "Encrypts the notification topics of SageMaker asynchronous inference")));
  }

  @SuppressWarnings("unchecked")
  private static String flatAsync(Template template, EndpointConfig config) {
    Map<String, Object> async = (Map<String, Object>) Cfn.properties(template, Cfn.logicalId(config, "EndpointConfig"))
        .get("AsyncInferenceConfig");
    Map<String, Object> output = (Map<String, Object>) async.get("OutputConfig");
    Map<String, Object> notification = (Map<String, Object>) output.get("NotificationConfig");
    return "{ClientConfig=" + async.get("ClientConfig") + ", OutputConfig={KmsKeyId=" + output.get("KmsKeyId")
        + ", NotificationConfig={ErrorTopic=" + Cfn.flat(notification.get("ErrorTopic"))
        + ", IncludeInferenceResponseIn=" + notification.get("IncludeInferenceResponseIn")
        + ", SuccessTopic=" + Cfn.flat(notification.get("SuccessTopic")) + "}, S3OutputPath="
        + Cfn.flat(output.get("S3OutputPath")) + "}}";
  }

  @Test
  void anOutputKeyByAliasIsHeldToTheKeyBehindTheAlias() {
    Stack stack = new Stack(new App(), "AsyncAlias");
    Model model = HostingFixtures.model(stack, "Model");
    config(stack, model, AsyncInferenceConfig.builder()
        .outputPath(S3Path.fromUri("s3://churn-async/output/"))
        .encryptionKey(Key.fromKeyArn(stack, "OutputKey", "arn:aws:kms:eu-west-1:123456789012:alias/async-output"))
        .build());

    Template template = templates.of(stack);
    String policy = Cfn.logicalId(model.getRole(), "DefaultPolicy");
    assertEquals(withHosting(List.of(PULL, LOGIN, READ,
            "Allow s3:PutObject on arn:<AWS::Partition>:s3:::churn-async/output/*",
            "Allow kms:Decrypt,kms:GenerateDataKey on arn:aws:kms:eu-west-1:123456789012:key/*"
                + " if ForAnyValue:StringEquals kms:ResourceAliases=alias/async-output")),
        Cfn.statements(template, policy));
    assertTrue(Cfn.nagSuppressions(template, policy).contains("AwsSolutions-IAM5"
            + " [Resource::arn:aws:kms:eu-west-1:123456789012:key/*]: The asynchronous inference key is known by its"
            + " alias, and IAM matches no alias ARN in Resource: the statement names the keys of the alias's account"
            + " and region, and the condition ForAnyValue:StringEquals kms:ResourceAliases keeps it to the one key"
            + " behind that alias."),
        String.join("\n", Cfn.nagSuppressions(template, policy)));
  }

  @Test
  void aModelServingTwoVariantsIsGrantedOnceAndAVariantAddedLaterToo() {
    Stack stack = new Stack(new App(), "AsyncVariants");
    Model model = HostingFixtures.model(stack, "Model");
    Model other = HostingFixtures.model(stack, "Other");
    EndpointConfig config = new EndpointConfig(stack, "EndpointConfig", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("A", model).build(),
            HostingFixtures.instanceVariant("B", model).build()))
        .asyncInference(AsyncInferenceConfig.builder().outputPath(S3Path.fromUri("s3://churn-async/out")).build())
        .build());
    config.addInstanceProductionVariant(HostingFixtures.instanceVariant("C", other).build());

    Template template = templates.of(stack);
    String put = "Allow s3:PutObject on arn:<AWS::Partition>:s3:::churn-async/out*";
    assertEquals(1, Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy")).stream()
        .filter(put::equals).count());
    assertTrue(Cfn.statements(template, Cfn.logicalId(other.getRole(), "DefaultPolicy")).contains(put));
  }

  @Test
  void backlogScalingGoesDownToZeroAndComesBackOnWaitingRequests() {
    Stack stack = new Stack(new App(), "AsyncScaling");
    Model model = HostingFixtures.model(stack, "Model");
    EndpointConfig config = config(stack, model, AsyncInferenceConfig.builder()
        .outputPath(S3Path.fromUri("s3://churn-async/output/")).build());
    Endpoint endpoint = new Endpoint(stack, "Endpoint", EndpointProps.builder().endpointConfig(config).build());
    endpoint.findInstanceProductionVariant("AllTraffic")
        .autoScaleInstanceCount(EnableScalingProps.builder().minCapacity(0).maxCapacity(4).build())
        .scaleOnBacklog("BacklogScaling", BacklogScalingProps.builder().targetBacklogPerInstance(5).build());

    Template template = templates.of(stack);
    template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget",
        Match.objectLike(Map.of("MinCapacity", 0, "MaxCapacity", 4)));
    String endpointName = Cfn.logicalId(endpoint, "Endpoint");
    template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Match.objectLike(Map.of(
        "PolicyType", "TargetTrackingScaling",
        "TargetTrackingScalingPolicyConfiguration", Match.objectLike(Map.of(
            "TargetValue", 5,
            "CustomizedMetricSpecification", Map.of(
                "MetricName", "ApproximateBacklogSizePerInstance",
                "Namespace", "AWS/SageMaker",
                "Dimensions", List.of(Map.of("Name", "EndpointName",
                    "Value", Map.of("Fn::GetAtt", List.of(endpointName, "EndpointName")))),
                "Statistic", "Average"))))));
    template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Match.objectLike(Map.of(
        "PolicyType", "StepScaling",
        "StepScalingPolicyConfiguration", Match.objectLike(Map.of(
            "AdjustmentType", "ChangeInCapacity",
            "StepAdjustments", List.of(Map.of("MetricIntervalLowerBound", 0, "ScalingAdjustment", 1)))))));
    template.resourceCountIs("AWS::CloudWatch::Alarm", 1);
    template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
        "MetricName", "HasBacklogWithoutCapacity", "Namespace", "AWS/SageMaker",
        "ComparisonOperator", "GreaterThanOrEqualToThreshold", "Threshold", 1)));
  }

  @Test
  void withAMinimumOfOneThereIsNoScaleOutFromZero() {
    Stack stack = new Stack(new App(), "AsyncScalingFromOne");
    Model model = HostingFixtures.model(stack, "Model");
    EndpointConfig config = config(stack, model, AsyncInferenceConfig.builder()
        .outputPath(S3Path.fromUri("s3://churn-async/output/")).build());
    Endpoint endpoint = new Endpoint(stack, "Endpoint", EndpointProps.builder().endpointConfig(config).build());
    endpoint.findInstanceProductionVariant("AllTraffic")
        .autoScaleInstanceCount(EnableScalingProps.builder().minCapacity(1).maxCapacity(4).build())
        .scaleOnBacklog("BacklogScaling", BacklogScalingProps.builder().targetBacklogPerInstance(2.5).build());

    Template template = templates.of(stack);
    template.resourceCountIs("AWS::ApplicationAutoScaling::ScalingPolicy", 1);
    template.resourceCountIs("AWS::CloudWatch::Alarm", 0);
  }

  @Test
  void aRealTimeVariantNeitherScalesToZeroNorOnABacklog() {
    Stack stack = new Stack(new App(), "RealTimeZero");
    Model model = HostingFixtures.model(stack, "Model");
    EndpointConfig config = config(stack, model, null);
    Endpoint endpoint = new Endpoint(stack, "Endpoint", EndpointProps.builder().endpointConfig(config).build());
    IEndpointInstanceProductionVariant variant = endpoint.findInstanceProductionVariant("AllTraffic");
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () ->
        variant.autoScaleInstanceCount(EnableScalingProps.builder().minCapacity(0).maxCapacity(4).build()));
    assertTrue(zero.getMessage().startsWith("Endpoint RealTimeZero/Endpoint, variant \"AllTraffic\":"
        + " [SM-AUTO-SCALING-ZERO-REALTIME] auto scaling minCapacity 0 is not valid for a real-time endpoint"),
        zero.getMessage());
    ScalableInstanceCount count = variant.autoScaleInstanceCount(
        EnableScalingProps.builder().minCapacity(1).maxCapacity(4).build());
    IllegalStateException backlog = assertThrows(IllegalStateException.class, () ->
        count.scaleOnBacklog("Backlog", BacklogScalingProps.builder().targetBacklogPerInstance(5).build()));
    assertTrue(backlog.getMessage().contains("[SM-BACKLOG-SCALING-NOT-ASYNCHRONOUS]"), backlog.getMessage());
  }

  @Test
  void theRulesAreCheckedBeforeAnythingIsCreated() {
    Stack stack = new Stack(new App(), "AsyncRules");
    Model model = HostingFixtures.model(stack, "Model");
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> config(stack, model,
        AsyncInferenceConfig.builder()
            .outputPath(S3Path.fromUri("s3://churn-async/out/"))
            .errorTopic(Topic.fromTopicArn(stack, "Errors", TOPIC_ARN))
            .includeInferenceResponseIn(List.of(InferenceResponseTopic.SUCCESS_NOTIFICATION_TOPIC))
            .maxConcurrentInvocationsPerInstance(1001)
            .build()));
    assertEquals("EndpointConfig AsyncRules/EndpointConfig breaks 2 rules:\n"
        + "  [SM-ASYNC-RESPONSE-WITHOUT-TOPIC] includeInferenceResponseIn names SUCCESS_NOTIFICATION_TOPIC, but the"
        + " endpoint has no success topic: give that topic, or leave SUCCESS_NOTIFICATION_TOPIC out\n"
        + "  [SM-ASYNC-MAX-CONCURRENT-INVOCATIONS] maxConcurrentInvocationsPerInstance 1001 is not valid: SageMaker"
        + " sends each instance a whole number of 1 to 1000 concurrent requests; leave it out to let SageMaker"
        + " choose", bad.getMessage());
    assertEquals(null, stack.getNode().tryFindChild("EndpointConfig"));

    IllegalArgumentException serverless = assertThrows(IllegalArgumentException.class, () ->
        new EndpointConfig(stack, "Serverless", EndpointConfigProps.builder()
            .serverlessProductionVariant(HostingFixtures.serverlessVariant("AllTraffic", model).build())
            .asyncInference(AsyncInferenceConfig.builder().outputPath(S3Path.fromUri("s3://churn-async/o")).build())
            .build()));
    assertTrue(serverless.getMessage().startsWith("EndpointConfig AsyncRules/Serverless: [SM-ASYNC-SERVERLESS]"),
        serverless.getMessage());
    EndpointConfig later = new EndpointConfig(stack, "Later", EndpointConfigProps.builder()
        .asyncInference(AsyncInferenceConfig.builder().outputPath(S3Path.fromUri("s3://churn-async/o")).build())
        .build());
    IllegalArgumentException added = assertThrows(IllegalArgumentException.class, () ->
        later.addServerlessProductionVariant(HostingFixtures.serverlessVariant("AllTraffic", model).build()));
    assertTrue(added.getMessage().contains("[SM-ASYNC-SERVERLESS]"), added.getMessage());

    IllegalArgumentException uri = assertThrows(IllegalArgumentException.class, () ->
        S3Path.fromUri("https://churn-async.s3.amazonaws.com/out"));
    assertEquals("S3Path.fromUri: [SM-ASYNC-S3-PATH] uri \"https://churn-async.s3.amazonaws.com/out\" is not valid:"
        + " it is not an s3:// URI; write s3://<bucket>/<prefix> of at most 512 characters, such as"
        + " s3://my-bucket/async/output/", uri.getMessage());
  }

  @Test
  void anAsynchronousEndpointWithCreatedTopicsHasNoCdkNagFindings() {
    Stack stack = new Stack(new App(), "NagAsync");
    Model model = HostingFixtures.model(stack, "Model");
    Key topicKey = NotificationTopics.createKey(stack, "TopicKey");
    EndpointConfig config = config(stack, model, AsyncInferenceConfig.builder()
        .outputPath(S3Path.fromUri("s3://churn-async/output/"))
        .failurePath(S3Path.fromUri("s3://churn-async/failures/"))
        .successTopic(NotificationTopics.create(stack, "SuccessTopic", topicKey))
        .errorTopic(NotificationTopics.create(stack, "ErrorTopic", topicKey))
        .build());
    Endpoint endpoint = new Endpoint(stack, "Endpoint", EndpointProps.builder().endpointConfig(config).build());
    endpoint.findInstanceProductionVariant("AllTraffic")
        .autoScaleInstanceCount(EnableScalingProps.builder().minCapacity(0).maxCapacity(2).build())
        .scaleOnBacklog("BacklogScaling", BacklogScalingProps.builder().targetBacklogPerInstance(5).build());
    Aspects.of(stack).add(new AwsSolutionsChecks());

    Annotations annotations = Annotations.fromStack(stack);
    templates.keep(stack);
    List<SynthesisMessage> errors = annotations.findError("*", Match.anyValue());
    List<SynthesisMessage> warnings = annotations.findWarning("*", Match.anyValue());
    assertEquals(List.of(), errors, describe(errors));
    assertEquals(List.of(), warnings, describe(warnings));
  }

  private static String describe(List<SynthesisMessage> messages) {
    return messages.stream().map(m -> m.getId() + ": " + m.getEntry().getData()).collect(Collectors.joining("\n"));
  }
}
