package io.github.sagemakercdk;

import static io.github.sagemakercdk.LeastPrivilegeTest.withHosting;
import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * Data capture of an endpoint config: the DataCaptureConfig CloudFormation gets, the exact statements the models'
 * roles get to write the captured data (and no more), the rules at the call, and cdk-nag.
 */
class DataCaptureTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(DataCaptureTest.class);
  private static final String KEY_ARN = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final String ALIAS_ARN = "arn:aws:kms:eu-west-1:123456789012:alias/captures";
  private static final String MODEL_STATEMENTS_PULL = "Allow ecr:BatchCheckLayerAvailability,ecr:GetDownloadUrlForLayer,"
      + "ecr:BatchGetImage on arn:<AWS::Partition>:ecr:<AWS::Region>:<AWS::AccountId>:repository/xgboost";
  private static final String LOGIN = "Allow ecr:GetAuthorizationToken on *";
  private static final String GET_MODEL_DATA = "Allow s3:GetObject on arn:<AWS::Partition>:s3:::churn-models/xgb/model.tar.gz";

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  /** The statements of a {@link HostingFixtures#model}'s role, then {@code capture}. */
  private static List<String> modelStatements(String... capture) {
    List<String> statements = new ArrayList<>(List.of(MODEL_STATEMENTS_PULL, LOGIN, GET_MODEL_DATA));
    statements.addAll(List.of(capture));
    return withHosting(statements);
  }

  private static IBucket captureBucket(Stack stack) {
    return Bucket.fromBucketName(stack, "Captures", "churn-captures");
  }

  @Test
  void everyOptionGoesIntoTheConfigAndTheRoleMayWriteUnderThePrefixWithTheKey() {
    Stack stack = new Stack(new App(), "FullCapture");
    Model model = HostingFixtures.model(stack, "Model");
    EndpointConfig config = new EndpointConfig(stack, "EndpointConfig", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", model).build()))
        .dataCaptureConfig(DataCaptureConfig.builder()
            .destinationBucket(captureBucket(stack))
            .destinationKeyPrefix("/churn/captures/")
            .initialSamplingPercentage(20)
            .captureMode(CaptureMode.INPUT_AND_OUTPUT)
            .csvContentTypes(List.of("text/csv"))
            .jsonContentTypes(List.of("application/json", "application/jsonlines"))
            .encryptionKey(Key.fromKeyArn(stack, "CaptureKey", KEY_ARN))
            .build())
        .build());

    Template template = templates.of(stack);
    assertEquals(Map.of(
            "DestinationS3Uri", "s3://churn-captures/churn/captures",
            "InitialSamplingPercentage", 20,
            "CaptureOptions", List.of(Map.of("CaptureMode", "Input"), Map.of("CaptureMode", "Output")),
            "CaptureContentTypeHeader", Map.of("CsvContentTypes", List.of("text/csv"),
                "JsonContentTypes", List.of("application/json", "application/jsonlines")),
            "KmsKeyId", KEY_ARN),
        Cfn.properties(template, Cfn.logicalId(config, "EndpointConfig")).get("DataCaptureConfig"));
    String policy = Cfn.logicalId(model.getRole(), "DefaultPolicy");
    assertEquals(modelStatements(
            "Allow s3:PutObject on arn:<AWS::Partition>:s3:::churn-captures/churn/captures/*",
            "Allow kms:Encrypt,kms:GenerateDataKey on " + KEY_ARN),
        Cfn.statements(template, policy));
    assertTrue(Cfn.nagSuppressions(template, policy).stream().anyMatch(s -> s.startsWith("AwsSolutions-IAM5"
            + " [Resource::arn:<AWS::Partition>:s3:::churn-captures/churn/captures/*]: SageMaker writes each captured"
            + " invocation to a new object")),
        String.join("\n", Cfn.nagSuppressions(template, policy)));
  }

  @Test
  void defaultsCaptureBothWithoutHeadersAndABucketKeyIsUsedForUploadsOnly() {
    Stack stack = new Stack(new App(), "DefaultCapture");
    Model model = HostingFixtures.model(stack, "Model");
    Bucket bucket = Bucket.Builder.create(stack, "CaptureBucket")
        .encryption(BucketEncryption.KMS)
        .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
        .enforceSsl(true)
        .build();
    EndpointConfig config = new EndpointConfig(stack, "EndpointConfig", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", model).build()))
        .dataCaptureConfig(DataCaptureConfig.builder().destinationBucket(bucket).initialSamplingPercentage(0).build())
        .build());

    Template template = templates.of(stack);
    Map<?, ?> capture = (Map<?, ?>) Cfn.properties(template, Cfn.logicalId(config, "EndpointConfig"))
        .get("DataCaptureConfig");
    assertEquals("s3://<" + Cfn.logicalId(bucket, "Resource") + ">", Cfn.flat(capture.get("DestinationS3Uri")));
    assertEquals(0, capture.get("InitialSamplingPercentage"));
    assertEquals(List.of(Map.of("CaptureMode", "Input"), Map.of("CaptureMode", "Output")),
        capture.get("CaptureOptions"));
    assertEquals(3, capture.size(), "no headers, no key: " + capture);
    List<String> statements = Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy"));
    String bucketArn = "<" + Cfn.logicalId(bucket, "Resource") + ".Arn>";
    String keyArn = "<" + Cfn.logicalId(bucket.getEncryptionKey(), "Resource") + ".Arn>";
    assertEquals(modelStatements("Allow s3:PutObject on " + bucketArn + "/*",
        "Allow kms:GenerateDataKey on " + keyArn), statements);
  }

  @Test
  void inputOrOutputAloneIsOneCaptureOption() {
    Stack stack = new Stack(new App(), "InputCapture");
    Model model = HostingFixtures.model(stack, "Model");
    IBucket bucket = captureBucket(stack);
    EndpointConfig input = new EndpointConfig(stack, "Input", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", model).build()))
        .dataCaptureConfig(DataCaptureConfig.builder().destinationBucket(bucket)
            .destinationKeyPrefix("in").initialSamplingPercentage(100).captureMode(CaptureMode.INPUT).build())
        .build());
    EndpointConfig output = new EndpointConfig(stack, "Output", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", model).build()))
        .dataCaptureConfig(DataCaptureConfig.builder().destinationBucket(bucket)
            .destinationKeyPrefix("out").initialSamplingPercentage(100).captureMode(CaptureMode.OUTPUT).build())
        .build());
    Template template = templates.of(stack);
    assertEquals(List.of(Map.of("CaptureMode", "Input")), ((Map<?, ?>) Cfn.properties(template,
        Cfn.logicalId(input, "EndpointConfig")).get("DataCaptureConfig")).get("CaptureOptions"));
    assertEquals(List.of(Map.of("CaptureMode", "Output")), ((Map<?, ?>) Cfn.properties(template,
        Cfn.logicalId(output, "EndpointConfig")).get("DataCaptureConfig")).get("CaptureOptions"));
    assertEquals(modelStatements("Allow s3:PutObject on arn:<AWS::Partition>:s3:::churn-captures/in/*",
            "Allow s3:PutObject on arn:<AWS::Partition>:s3:::churn-captures/out/*"),
        Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy")));
  }

  @Test
  void theModelOfEveryVariantMayWriteAlsoWhenAddedLaterAndAnAliasKeyIsHeldToItsKey() {
    Stack stack = new Stack(new App(), "TwoVariantCapture");
    Model first = HostingFixtures.model(stack, "First");
    Model second = HostingFixtures.model(stack, "Second");
    EndpointConfig config = new EndpointConfig(stack, "EndpointConfig", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("First", first).build()))
        .dataCaptureConfig(DataCaptureConfig.builder().destinationBucket(captureBucket(stack))
            .destinationKeyPrefix("ab").initialSamplingPercentage(50)
            .encryptionKey(Key.fromKeyArn(stack, "CaptureKey", ALIAS_ARN)).build())
        .build());
    config.addInstanceProductionVariant(HostingFixtures.instanceVariant("Second", second).build());

    Template template = templates.of(stack);
    String aliasStatement = "Allow kms:Encrypt,kms:GenerateDataKey on arn:aws:kms:eu-west-1:123456789012:key/*"
        + " if ForAnyValue:StringEquals kms:ResourceAliases=alias/captures";
    for (Model model : List.of(first, second)) {
      String policy = Cfn.logicalId(model.getRole(), "DefaultPolicy");
      assertEquals(modelStatements("Allow s3:PutObject on arn:<AWS::Partition>:s3:::churn-captures/ab/*",
          aliasStatement), Cfn.statements(template, policy));
      assertTrue(Cfn.nagSuppressions(template, policy).stream().anyMatch(s -> s.startsWith(
          "AwsSolutions-IAM5 [Resource::arn:aws:kms:eu-west-1:123456789012:key/*]: The data capture key is known by"
              + " its alias")), String.join("\n", Cfn.nagSuppressions(template, policy)));
    }
  }

  @Test
  void sageMakersLimitsAreCheckedAtTheCall() {
    Stack stack = new Stack(new App(), "CaptureRules");
    Model model = HostingFixtures.model(stack, "Model");
    List<String> eleven = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      eleven.add("text/csv" + i);
    }
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new EndpointConfig(stack,
        "Bad", EndpointConfigProps.builder()
            .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", model).build()))
            .dataCaptureConfig(DataCaptureConfig.builder()
                .destinationBucket(Bucket.fromBucketName(stack, "BadBucket", "Churn_Captures"))
                .initialSamplingPercentage(101)
                .csvContentTypes(eleven)
                .jsonContentTypes(List.of("json"))
                .encryptionKey(Key.fromKeyArn(stack, "ShortKey", "arn:aws:kms:eu-west-1:123456789012:key/short"))
                .build())
            .build()));
    assertMessage(error, "EndpointConfig CaptureRules/Bad, data capture breaks 5 rules",
        "[SM-S3-BUCKET-NAME] S3 bucket name \"Churn_Captures\"",
        "[SM-DATA-CAPTURE-SAMPLING-PERCENTAGE] initialSamplingPercentage 101 is not valid",
        "[SM-DATA-CAPTURE-CONTENT-TYPE-COUNT] csvContentTypes holds 11 content types",
        "[SM-DATA-CAPTURE-CONTENT-TYPE] content type \"json\" is not valid",
        "[SM-KMS-KEY-ARN]");
    assertEquals(null, stack.getNode().tryFindChild("Bad"), "nothing half-built");

    IllegalArgumentException fraction = assertThrows(IllegalArgumentException.class, () -> new EndpointConfig(stack,
        "Fraction", EndpointConfigProps.builder()
            .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", model).build()))
            .dataCaptureConfig(DataCaptureConfig.builder().destinationBucket(captureBucket(stack))
                .initialSamplingPercentage(12.5).build())
            .build()));
    assertMessage(fraction, "EndpointConfig CaptureRules/Fraction, data capture: "
        + "[SM-DATA-CAPTURE-SAMPLING-PERCENTAGE] initialSamplingPercentage 12.5 is not valid");
    NullPointerException noBucket = assertThrows(NullPointerException.class,
        () -> DataCaptureConfig.builder().initialSamplingPercentage(10).build());
    assertMessage(noBucket, "DataCaptureConfig: destinationBucket is required");
  }

  @Test
  void aServerlessVariantCannotCaptureDataWhicheverComesFirst() {
    Stack stack = new Stack(new App(), "ServerlessCapture");
    Model model = HostingFixtures.model(stack, "Model");
    DataCaptureConfig capture = DataCaptureConfig.builder().destinationBucket(captureBucket(stack))
        .initialSamplingPercentage(10).build();
    IllegalArgumentException together = assertThrows(IllegalArgumentException.class, () -> new EndpointConfig(stack,
        "Together", EndpointConfigProps.builder()
            .serverlessProductionVariant(HostingFixtures.serverlessVariant("AllTraffic", model).build())
            .dataCaptureConfig(capture)
            .build()));
    assertMessage(together, "EndpointConfig ServerlessCapture/Together, data capture: [SM-DATA-CAPTURE-SERVERLESS]"
        + " data capture cannot be used on a serverless endpoint");
    EndpointConfig later = new EndpointConfig(stack, "Later", EndpointConfigProps.builder()
        .dataCaptureConfig(capture).build());
    IllegalArgumentException added = assertThrows(IllegalArgumentException.class, () ->
        later.addServerlessProductionVariant(HostingFixtures.serverlessVariant("AllTraffic", model).build()));
    assertMessage(added, "EndpointConfig ServerlessCapture/Later, data capture: [SM-DATA-CAPTURE-SERVERLESS]");
  }

  @Test
  void cdkNagFindsNothingOnAnEndpointThatCapturesData() {
    Stack stack = new Stack(new App(), "NagCapture", StackProps.builder()
        .env(Environment.builder().account("123456789012").region("eu-west-1").build()).build());
    Model model = HostingFixtures.model(stack, "Model");
    new Endpoint(stack, "Endpoint", EndpointProps.builder()
        .endpointConfig(new EndpointConfig(stack, "EndpointConfig", EndpointConfigProps.builder()
            .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", model).build()))
            .dataCaptureConfig(DataCaptureConfig.builder().destinationBucket(captureBucket(stack))
                .destinationKeyPrefix("captures").initialSamplingPercentage(25)
                .encryptionKey(Key.fromKeyArn(stack, "CaptureKey", ALIAS_ARN)).build())
            .build()))
        .build());
    Aspects.of(stack).add(new AwsSolutionsChecks());

    Annotations annotations = Annotations.fromStack(stack);
    templates.keep(stack);
    List<SynthesisMessage> errors = annotations.findError("*", Match.anyValue());
    List<SynthesisMessage> warnings = annotations.findWarning("*", Match.anyValue());
    assertEquals(List.of(), errors.stream().map(m -> m.getId() + ": " + m.getEntry().getData()).toList());
    assertEquals(List.of(), warnings.stream().map(m -> m.getId() + ": " + m.getEntry().getData()).toList());
  }
}
