package io.github.sagemakercdk;

import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.IBucket;

/** Model data as an S3 data source: uncompressed files under a prefix or in one object, archives, gated models. */
class ModelDataSourceTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(ModelDataSourceTest.class);
  private static final String ECR_PULL = "Allow ecr:BatchCheckLayerAvailability,ecr:GetDownloadUrlForLayer,"
      + "ecr:BatchGetImage on arn:<AWS::Partition>:ecr:<AWS::Region>:<AWS::AccountId>:repository/djl-inference";
  private static final String LOGIN = "Allow ecr:GetAuthorizationToken on *";
  private static final String KEY_ARN = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  private static Model model(Stack stack, ModelData data, ContainerMode mode) {
    return new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(ContainerDefinition.builder()
            .image(ContainerImage.fromEcrRepository(Repository.fromRepositoryName(stack, "Repository", "djl-inference")))
            .modelData(data)
            .mode(mode)
            .build()))
        .build());
  }

  private static Model model(Stack stack, ModelData data) {
    return model(stack, data, null);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> s3DataSource(Template template, Model model) {
    Map<String, Object> container = Cfn.containers(template, model).get(0);
    assertFalse(container.containsKey("ModelDataUrl"), "an S3 data source replaces ModelDataUrl");
    return (Map<String, Object>) ((Map<String, Object>) container.get("ModelDataSource")).get("S3DataSource");
  }

  private static IBucket bucket(Stack stack, String name) {
    return Bucket.fromBucketName(stack, "Models", name);
  }

  @Test
  void thePrefixOfUncompressedFilesIsListedUnderThePrefixAndReadUnderIt() {
    Stack stack = new Stack(new App(), "UncompressedPrefix");
    Model model = model(stack, ModelData.fromS3DataSource(bucket(stack, "llm-weights"), "llama-3-8b/"));

    Template template = templates.of(stack);
    assertEquals(Map.of("S3Uri", "s3://llm-weights/llama-3-8b/", "S3DataType", "S3Prefix", "CompressionType", "None"),
        s3DataSource(template, model));
    String policy = Cfn.logicalId(model.getRole(), "DefaultPolicy");
    assertEquals(LeastPrivilegeTest.withHosting(List.of(ECR_PULL, LOGIN,
            "Allow s3:ListBucket on arn:<AWS::Partition>:s3:::llm-weights if StringLike s3:prefix=[llama-3-8b/*]",
            "Allow s3:GetObject on arn:<AWS::Partition>:s3:::llm-weights/llama-3-8b/*")),
        Cfn.statements(template, policy));
    assertTrue(Cfn.nagSuppressions(template, policy).stream().anyMatch(line -> line.startsWith(
            "AwsSolutions-IAM5 [Resource::arn:<AWS::Partition>:s3:::llm-weights/llama-3-8b/*]: SageMaker downloads"
                + " every file of an uncompressed model")),
        String.join("\n", Cfn.nagSuppressions(template, policy)));
  }

  @Test
  void oneUncompressedObjectIsReadAlone() {
    Stack stack = new Stack(new App(), "UncompressedObject");
    Model model = model(stack, ModelData.fromS3DataSource(bucket(stack, "llm-weights"), "tiny/model.safetensors"));

    Template template = templates.of(stack);
    assertEquals(Map.of("S3Uri", "s3://llm-weights/tiny/model.safetensors", "S3DataType", "S3Object",
        "CompressionType", "None"), s3DataSource(template, model));
    assertEquals(LeastPrivilegeTest.withHosting(List.of(ECR_PULL, LOGIN,
            "Allow s3:GetObject on arn:<AWS::Partition>:s3:::llm-weights/tiny/model.safetensors")),
        Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy")));
  }

  @Test
  void aGatedArchiveAcceptsItsLicenseAndItsKeyDecrypts() {
    Stack stack = new Stack(new App(), "GatedArchive");
    Model model = model(stack, ModelData.fromS3DataSource(bucket(stack, "jumpstart-private-cache-prod-eu-west-1"),
        "meta/model.tar.gz", S3DataSourceOptions.builder()
            .compression(ModelDataCompression.GZIP)
            .acceptEula(true)
            .encryptionKey(Key.fromKeyArn(stack, "ModelKey", KEY_ARN))
            .build()));

    Template template = templates.of(stack);
    assertEquals(Map.of("S3Uri", "s3://jumpstart-private-cache-prod-eu-west-1/meta/model.tar.gz",
            "S3DataType", "S3Object", "CompressionType", "Gzip", "ModelAccessConfig", Map.of("AcceptEula", true)),
        s3DataSource(template, model));
    assertEquals(LeastPrivilegeTest.withHosting(List.of(ECR_PULL, LOGIN,
            "Allow s3:GetObject on arn:<AWS::Partition>:s3:::jumpstart-private-cache-prod-eu-west-1/meta/model.tar.gz",
            "Allow kms:Decrypt on " + KEY_ARN)),
        Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy")));
  }

  @Test
  void aModelOfAGatedBucketNeedsItsLicenseAccepted() {
    Stack stack = new Stack(new App(), "GatedWithoutLicense");
    IBucket gated = bucket(stack, "jumpstart-private-cache-prod-us-east-1");
    assertMessage(assertThrows(IllegalArgumentException.class,
            () -> ModelData.fromS3DataSource(gated, "meta-textgeneration/llama/")),
        "ModelData.fromS3DataSource(jumpstart-private-cache-prod-us-east-1, meta-textgeneration/llama/):"
            + " [SM-MODEL-DATA-EULA] model data \"s3://jumpstart-private-cache-prod-us-east-1/meta-textgeneration/llama/\""
            + " is in jumpstart-private-cache-prod-us-east-1, a JumpStart bucket of gated models",
        "acceptEula = true");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ModelData.fromS3DataSource(gated,
            "meta-textgeneration/llama/", S3DataSourceOptions.builder().acceptEula(false).build())),
        "[SM-MODEL-DATA-EULA]");
    // JumpStart's public bucket holds no gated models.
    ModelData.fromS3DataSource(Bucket.fromBucketName(stack, "Public", "jumpstart-cache-prod-us-east-1"), "m/");
  }

  @Test
  void compressionAndKeysAreChecked() {
    Stack stack = new Stack(new App(), "DataSourceRules");
    IBucket bucket = bucket(stack, "llm-weights");
    S3DataSourceOptions gzip = S3DataSourceOptions.builder().compression(ModelDataCompression.GZIP).build();
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ModelData.fromS3DataSource(bucket, "llama/", gzip)),
        "[SM-MODEL-DATA-GZIP-PREFIX] model data \"llama/\" is an S3 prefix");
    assertMessage(assertThrows(IllegalArgumentException.class,
            () -> ModelData.fromS3DataSource(bucket, "llama/weights.bin", gzip)),
        "[SM-MODEL-DATA-ARCHIVE]");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ModelData.fromS3DataSource(bucket, "")),
        "[SM-S3-OBJECT-KEY]");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ModelData.fromS3DataSource(bucket, null)),
        "give the key prefix of the model's files");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ModelData.fromS3DataSource(null, "llama/")),
        "ModelData.fromS3DataSource: give the bucket");
    CfnParameter key = CfnParameter.Builder.create(stack, "Key").type("String").build();
    assertMessage(assertThrows(IllegalArgumentException.class,
            () -> ModelData.fromS3DataSource(bucket, key.getValueAsString())),
        "the key must be known at synth");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ModelData.fromS3DataSource(bucket, "llama/",
            S3DataSourceOptions.builder().encryptionKey(Key.fromKeyArn(stack, "Bad", "arn:aws:kms:eu-west-1:1:key/x"))
                .build())),
        "[SM-KMS-KEY-ARN]");
  }

  @Test
  void aMultiModelContainerTakesNoDataSource() {
    Stack stack = new Stack(new App(), "MultiModelDataSource");
    ModelData files = ModelData.fromS3DataSource(bucket(stack, "llm-weights"), "models/");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> model(stack, files, ContainerMode.MULTI_MODEL)),
        "[SM-MULTI-MODEL-DATA-SOURCE] model data \"s3://llm-weights/models/\" is an S3 data source");
  }

  @Test
  void anArchiveWithoutLicenseStaysAModelDataUrl() {
    Stack stack = new Stack(new App(), "ArchiveUrl");
    Model model = model(stack, ModelData.fromBucket(bucket(stack, "llm-weights"), "model.tar.gz"));
    Map<String, Object> container = Cfn.containers(templates.of(stack), model).get(0);
    assertFalse(container.containsKey("ModelDataSource"));
    assertTrue(container.containsKey("ModelDataUrl"));
  }
}
