package io.github.sagemakercdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.s3.Bucket;

/** Each example of the seed README (written for TypeScript), in Java, and the template it gives. */
class ReadmeExamplesTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(ReadmeExamplesTest.class);
  private static final Pattern ASSET_IMAGE = Pattern.compile(
      "<AWS::AccountId>\\.dkr\\.ecr\\.<AWS::Region>\\.<AWS::URLSuffix>/"
          + "cdk-hnb659fds-container-assets-<AWS::AccountId>-<AWS::Region>:[0-9a-f]{64}");
  private static final Pattern ASSET_MODEL_DATA = Pattern.compile(
      "https://s3\\.<AWS::Region>\\.<AWS::URLSuffix>/cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/[0-9a-f]{64}\\.gz");

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  @Test
  void singleContainerModel() throws IOException {
    Stack stack = new Stack(new App(), "SingleContainer");
    ContainerImage image = ContainerImage.fromAsset(Fixtures.dockerDirectory());
    ModelData modelData = ModelData.fromAsset(Fixtures.modelArchive());

    Model model = new Model(stack, "PrimaryContainerModel", ModelProps.builder()
        .containers(List.of(ContainerDefinition.builder().image(image).modelData(modelData).build()))
        .build());

    Template template = templates.of(stack);
    Map<String, Object> properties = Cfn.modelProperties(template, model);
    assertFalse(properties.containsKey("Containers"), "one container is the primary container");
    List<Map<String, Object>> containers = Cfn.containers(template, model);
    assertEquals(1, containers.size());
    assertTrue(ASSET_IMAGE.matcher(Cfn.flat(containers.get(0).get("Image"))).matches());
    assertTrue(ASSET_MODEL_DATA.matcher(Cfn.flat(containers.get(0).get("ModelDataUrl"))).matches());
    assertEquals("<" + Cfn.logicalId(model, "Role") + ".Arn>", Cfn.flat(properties.get("ExecutionRoleArn")));
    assertEquals(Map.of("dockerImages", 1, "files", 2), assetCounts(stack), "one image, the model data and the template");
  }

  @Test
  void inferencePipelineModel() {
    Stack stack = new Stack(new App(), "InferencePipeline");
    ContainerImage image1 = ContainerImage.fromEcrRepository(repository(stack, "preprocess"), "1.0");
    ModelData modelData1 = ModelData.fromBucket(Bucket.fromBucketName(stack, "Bucket", "churn-models"), "pre/model.tar.gz");
    ContainerImage image2 = ContainerImage.fromEcrRepository(repository(stack, "xgboost"), "1.7-1");
    ModelData modelData2 = ModelData.fromBucket(Bucket.fromBucketName(stack, "Bucket2", "churn-models"), "xgb/model.tar.gz");
    ContainerImage image3 = ContainerImage.fromEcrRepository(repository(stack, "postprocess"), "2.0");
    ModelData modelData3 = ModelData.fromBucket(Bucket.fromBucketName(stack, "Bucket3", "churn-models"), "post/model.tar.gz");

    Model model = new Model(stack, "InferencePipelineModel", ModelProps.builder()
        .containers(List.of(
            ContainerDefinition.builder().image(image1).modelData(modelData1).build(),
            ContainerDefinition.builder().image(image2).modelData(modelData2).build(),
            ContainerDefinition.builder().image(image3).modelData(modelData3).build()))
        .build());

    Template template = templates.of(stack);
    assertFalse(Cfn.modelProperties(template, model).containsKey("PrimaryContainer"));
    List<Map<String, Object>> containers = Cfn.containers(template, model);
    assertEquals(List.of(ecrImage("preprocess:1.0"), ecrImage("xgboost:1.7-1"), ecrImage("postprocess:2.0")),
        containers.stream().map(c -> Cfn.flat(c.get("Image"))).toList());
    assertEquals(List.of(s3Url("churn-models/pre/model.tar.gz"), s3Url("churn-models/xgb/model.tar.gz"),
            s3Url("churn-models/post/model.tar.gz")),
        containers.stream().map(c -> Cfn.flat(c.get("ModelDataUrl"))).toList());
  }

  @Test
  void assetImage() throws IOException {
    Stack stack = new Stack(new App(), "AssetImage");
    ContainerImage image = ContainerImage.fromAsset(Fixtures.dockerDirectory());

    Model model = oneContainer(stack, ContainerDefinition.builder().image(image).build());

    Template template = templates.of(stack);
    Map<String, Object> container = Cfn.containers(template, model).get(0);
    assertTrue(ASSET_IMAGE.matcher(Cfn.flat(container.get("Image"))).matches());
    assertFalse(container.containsKey("ModelDataUrl"), "no model data by default");
    assertEquals(Map.of("dockerImages", 1, "files", 1), assetCounts(stack));
  }

  @Test
  void ecrImage() {
    Stack stack = new Stack(new App(), "EcrImage");
    IRepository repository = Repository.fromRepositoryName(stack, "Repository", "repo");
    ContainerImage image = ContainerImage.fromEcrRepository(repository, "tag");

    Model model = oneContainer(stack, ContainerDefinition.builder().image(image).build());

    assertEquals(ecrImage("repo:tag"), Cfn.flat(Cfn.containers(templates.of(stack), model).get(0).get("Image")));
  }

  @Test
  void assetModelData() throws IOException {
    Stack stack = new Stack(new App(), "AssetModelData");
    ModelData modelData = ModelData.fromAsset(Fixtures.modelArchive());

    Model model = oneContainer(stack, ContainerDefinition.builder()
        .image(ContainerImage.fromEcrRepository(repository(stack, "repo"))).modelData(modelData).build());

    Template template = templates.of(stack);
    Map<String, Object> container = Cfn.containers(template, model).get(0);
    assertTrue(ASSET_MODEL_DATA.matcher(Cfn.flat(container.get("ModelDataUrl"))).matches());
    assertEquals(ecrImage("repo:latest"), Cfn.flat(container.get("Image")), "the tag defaults to latest");
    assertEquals(Map.of("dockerImages", 0, "files", 2), assetCounts(stack));
  }

  @Test
  void s3ModelData() {
    Stack stack = new Stack(new App(), "S3ModelData");
    Bucket bucket = new Bucket(stack, "MyBucket");
    ModelData modelData = ModelData.fromBucket(bucket, "path/to/artifact/file.tar.gz");

    Model model = oneContainer(stack, ContainerDefinition.builder()
        .image(ContainerImage.fromEcrRepository(repository(stack, "repo"))).modelData(modelData).build());

    Template template = templates.of(stack);
    assertEquals("https://s3.<AWS::Region>.<AWS::URLSuffix>/<" + Cfn.logicalId(bucket, "Resource")
            + ">/path/to/artifact/file.tar.gz",
        Cfn.flat(Cfn.containers(template, model).get(0).get("ModelDataUrl")));
  }

  private static Model oneContainer(Stack stack, ContainerDefinition container) {
    return new Model(stack, "Model", ModelProps.builder().containers(List.of(container)).build());
  }

  private static IRepository repository(Stack stack, String name) {
    return Repository.fromRepositoryName(stack, name + "Repository", name);
  }

  static String ecrImage(String repositoryAndTag) {
    return "<AWS::AccountId>.dkr.ecr.<AWS::Region>.<AWS::URLSuffix>/" + repositoryAndTag;
  }

  static String s3Url(String bucketAndKey) {
    return "https://s3.<AWS::Region>.<AWS::URLSuffix>/" + bucketAndKey;
  }

  /** How many Docker images and files the stack's asset manifest lists (the template is one of the files). */
  private static Map<String, Integer> assetCounts(Stack stack) throws IOException {
    String manifest = Files.readString(
        Path.of(Stage.of(stack).getOutdir(), stack.getArtifactId() + ".assets.json"));
    return Map.of("dockerImages", count(manifest, "dockerImages"), "files", count(manifest, "files"));
  }

  /** The entries of one top-level section of an asset manifest: keys are 64-hex-digit asset hashes. */
  private static int count(String manifest, String section) {
    int start = manifest.indexOf("\"" + section + "\"");
    if (start < 0) {
      return 0;
    }
    int open = manifest.indexOf('{', start);
    int depth = 0;
    int entries = 0;
    for (int i = open; i < manifest.length(); i++) {
      char c = manifest.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        break;
      } else if (c == '"' && depth == 1) {
        entries++;
        i = manifest.indexOf('"', i + 1);
      }
    }
    return entries;
  }
}
