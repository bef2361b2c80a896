package io.github.sagemakercdk;

import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.constructs.Construct;

/** ModelData: local archives, objects already in S3, and model data of one's own. */
class ModelDataTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(ModelDataTest.class);

  @TempDir Path temp;

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  private static Model model(Stack stack, ModelData... data) {
    List<ContainerDefinition> containers = new java.util.ArrayList<>();
    for (int i = 0; i < data.length; i++) {
      containers.add(ContainerDefinition.builder()
          .image(ContainerImage.fromEcrRepository(Repository.fromRepositoryName(stack, "Repository" + i, "xgboost")))
          .modelData(data[i])
          .containerHostname(data.length > 1 ? "c" + (i + 1) : null)
          .build());
    }
    return new Model(stack, "Model", ModelProps.builder().containers(containers).build());
  }

  private static String modelDataUrl(Template template, Model model, int index) {
    return Cfn.flat(Cfn.containers(template, model).get(index).get("ModelDataUrl"));
  }

  @Test
  void anAssetBoundTwiceIsUploadedOnce() {
    Stack stack = new Stack(new App(), "SharedModelData");
    ModelData shared = ModelData.fromAsset(Fixtures.modelArchive());
    Model model = model(stack, shared, shared);

    Template template = templates.of(stack);
    assertEquals(1, model.getNode().findAll().stream().filter(c -> c instanceof Asset).count());
    assertEquals(modelDataUrl(template, model, 0), modelDataUrl(template, model, 1));
  }

  @Test
  void anAssetMustBeAnExistingTarGzFile() throws IOException {
    String missing = temp.resolve("missing.tar.gz").toString();
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ModelData.fromAsset(missing)),
        "ModelData.fromAsset: [SM-MODEL-DATA-FILE] model data file \"" + missing + "\" cannot be uploaded: it does not exist");

    Path directory = Files.createDirectories(temp.resolve("folder.tar.gz"));
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ModelData.fromAsset(directory.toString())),
        "[SM-MODEL-DATA-FILE]", "it is a directory");

    Path zip = Files.writeString(temp.resolve("model.zip"), "not a tarball");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ModelData.fromAsset(zip.toString())),
        "ModelData.fromAsset: [SM-MODEL-DATA-ARCHIVE] model data \"" + zip + "\" is not a .tar.gz file");

    String neither = temp.resolve("missing.zip").toString();
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ModelData.fromAsset(neither)),
        "ModelData.fromAsset breaks 2 rules:", "\n  [SM-MODEL-DATA-FILE]", "\n  [SM-MODEL-DATA-ARCHIVE]");
  }

  @Test
  void objectsInABucket() {
    Stack stack = new Stack(new App(), "BucketObjects");
    IBucket bucket = Bucket.fromBucketName(stack, "Models", "churn-models");
    CfnParameter key = CfnParameter.Builder.create(stack, "ModelKey").type("String").build();
    Model model = model(stack,
        ModelData.fromBucket(bucket, "models/2024-06/model.tar.gz"),
        ModelData.fromBucket(bucket, key.getValueAsString()));

    Template template = templates.of(stack);
    assertEquals(ReadmeExamplesTest.s3Url("churn-models/models/2024-06/model.tar.gz"), modelDataUrl(template, model, 0));
    assertEquals(ReadmeExamplesTest.s3Url("churn-models/<ModelKey>"), modelDataUrl(template, model, 1),
        "a key known only at deploy time is not checked");
    assertEquals(LeastPrivilegeTest.withHosting(List.of(
            "Allow ecr:BatchCheckLayerAvailability,ecr:GetDownloadUrlForLayer,ecr:BatchGetImage on"
                + " arn:<AWS::Partition>:ecr:<AWS::Region>:<AWS::AccountId>:repository/xgboost",
            "Allow ecr:GetAuthorizationToken on *",
            "Allow s3:GetObject on arn:<AWS::Partition>:s3:::churn-models/models/2024-06/model.tar.gz",
            "Allow s3:GetObject on arn:<AWS::Partition>:s3:::churn-models/<ModelKey>")),
        Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy")));
  }

  @Test
  void bucketKeysAreChecked() {
    Stack stack = new Stack(new App(), "BucketRules");
    IBucket bucket = Bucket.fromBucketName(stack, "Models", "churn-models");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ModelData.fromBucket(bucket, "")),
        "ModelData.fromBucket(churn-models, ): [SM-S3-OBJECT-KEY]", "give the key of the object");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ModelData.fromBucket(bucket, "k".repeat(1025))),
        "[SM-S3-OBJECT-KEY]", "at most 1024 bytes");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ModelData.fromBucket(bucket, null)),
        "ModelData.fromBucket(churn-models, null): give the key of the model archive");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ModelData.fromBucket(null, "model.tar.gz")),
        "ModelData.fromBucket: give the bucket");
  }

  @Test
  void modelDataOfOnesOwnMustGiveAnS3OrHttpsUrl() {
    Stack stack = new Stack(new App(), "CustomModelData");
    ModelData ftp = new ModelData() {
      @Override
      public ModelDataConfig bind(Construct scope, IModel model) {
        return ModelDataConfig.builder().uri("ftp://models.example.com/model.tar.gz").build();
      }
    };
    assertMessage(assertThrows(IllegalArgumentException.class, () -> model(stack, ftp)),
        "Model CustomModelData/Model, container 1: [SM-MODEL-DATA-URL] model data URL"
            + " \"ftp://models.example.com/model.tar.gz\" is not valid");

    ModelData s3 = new ModelData() {
      @Override
      public ModelDataConfig bind(Construct scope, IModel model) {
        return ModelDataConfig.builder().uri("s3://churn-models/model.tar.gz").build();
      }
    };
    Stack valid = new Stack(new App(), "ValidCustomModelData");
    Model model = model(valid, s3);
    assertEquals("s3://churn-models/model.tar.gz", modelDataUrl(templates.of(valid), model, 0));
  }
}
