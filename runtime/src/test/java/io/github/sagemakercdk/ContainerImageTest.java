package io.github.sagemakercdk;

import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sagemakercdk.rules.FrameworkImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.assets.DockerImageAsset;
import software.amazon.awscdk.services.ecr.assets.DockerImageAssetOptions;
import software.amazon.awscdk.services.iam.User;
import software.constructs.Construct;
import software.constructs.IConstruct;

/** ContainerImage: asset, ECR and Deep Learning Container images, and images of one's own. */
class ContainerImageTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(ContainerImageTest.class);
  private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

  @TempDir Path temp;

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  /** A model of {@code images}, one container each (with hostnames when there are several). */
  static Model model(Stack stack, ContainerImage... images) {
    List<ContainerDefinition> containers = new java.util.ArrayList<>();
    for (int i = 0; i < images.length; i++) {
      containers.add(ContainerDefinition.builder().image(images[i])
          .containerHostname(images.length > 1 ? "c" + (i + 1) : null).build());
    }
    return new Model(stack, "Model", ModelProps.builder().containers(containers).build());
  }

  static String image(Template template, Model model, int index) {
    return Cfn.flat(Cfn.containers(template, model).get(index).get("Image"));
  }

  private static long dockerImageAssets(IConstruct scope) {
    return scope.getNode().findAll().stream().filter(c -> c instanceof DockerImageAsset).count();
  }

  @Test
  void anAssetImageBoundTwiceIsBuiltOnce() {
    Stack stack = new Stack(new App(), "SharedAsset");
    ContainerImage shared = ContainerImage.fromAsset(Fixtures.dockerDirectory());
    // Another image of the same directory in the same model gets its own construct id, not a clash.
    ContainerImage sameDirectory = ContainerImage.fromAsset(Fixtures.dockerDirectory());
    Model model = model(stack, shared, shared, sameDirectory);

    Template template = templates.of(stack);
    assertEquals(2, dockerImageAssets(model), "one per ContainerImage, not one per container");
    assertEquals(image(template, model, 0), image(template, model, 1));
    assertEquals(image(template, model, 0), image(template, model, 2), "the same directory gives the same image");
  }

  @Test
  void assetOptionsArePassedOn() {
    Stack stack = new Stack(new App(), "AssetOptions");
    Model model = model(stack, ContainerImage.fromAsset(Fixtures.customDockerfileDirectory(),
        DockerImageAssetOptions.builder().file("Serve.dockerfile").buildArgs(Map.of("MODE", "serve")).build()));

    Template template = templates.of(stack);
    DockerImageAsset asset = (DockerImageAsset) model.getNode().findAll().stream()
        .filter(c -> c instanceof DockerImageAsset).findFirst().orElseThrow();
    assertTrue(image(template, model, 0).endsWith(":" + asset.getAssetHash()));
    assertEquals(1, dockerImageAssets(model));
  }

  @Test
  void anAssetDirectoryMustExistAndHoldItsBuildFile() throws IOException {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> ContainerImage.fromAsset(temp.resolve("missing").toString()));
    assertMessage(missing, "ContainerImage.fromAsset: [SM-IMAGE-ASSET-DIRECTORY]", temp.resolve("missing").toString(),
        "it does not exist");

    Path file = Files.writeString(temp.resolve("Dockerfile"), "FROM scratch\n");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ContainerImage.fromAsset(file.toString())),
        "[SM-IMAGE-ASSET-DIRECTORY]", "not a directory");

    Path empty = Files.createDirectories(temp.resolve("empty"));
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ContainerImage.fromAsset(empty.toString())),
        "[SM-IMAGE-ASSET-DIRECTORY]", "no build file \"Dockerfile\"");

    assertMessage(assertThrows(IllegalArgumentException.class, () -> ContainerImage.fromAsset(
            Fixtures.dockerDirectory(), DockerImageAssetOptions.builder().file("Serve.dockerfile").build())),
        "[SM-IMAGE-ASSET-DIRECTORY]", "no build file \"Serve.dockerfile\"");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ContainerImage.fromAsset(null)),
        "ContainerImage.fromAsset: give the directory");
  }

  @Test
  void ecrImagesByTagOrDigest() {
    Stack stack = new Stack(new App(), "EcrTagsAndDigests");
    IRepository repository = Repository.fromRepositoryName(stack, "Repository", "team/churn-model");
    CfnParameter tag = CfnParameter.Builder.create(stack, "ImageTag").type("String").build();
    Model model = model(stack,
        ContainerImage.fromEcrRepository(repository),
        ContainerImage.fromEcrRepository(repository, "2024.06-gpu"),
        ContainerImage.fromEcrRepository(repository, DIGEST),
        ContainerImage.fromEcrRepository(repository, tag.getValueAsString()));

    Template template = templates.of(stack);
    assertEquals(ReadmeExamplesTest.ecrImage("team/churn-model:latest"), image(template, model, 0));
    assertEquals(ReadmeExamplesTest.ecrImage("team/churn-model:2024.06-gpu"), image(template, model, 1));
    assertEquals(ReadmeExamplesTest.ecrImage("team/churn-model@" + DIGEST), image(template, model, 2));
    assertEquals(ReadmeExamplesTest.ecrImage("team/churn-model:<ImageTag>"), image(template, model, 3),
        "a tag known only at deploy time is not checked");
  }

  @Test
  void ecrTagsDigestsAndRepositoryNamesAreChecked() {
    Stack stack = new Stack(new App(), "EcrRules");
    IRepository repository = Repository.fromRepositoryName(stack, "Repository", "xgboost");
    assertMessage(assertThrows(IllegalArgumentException.class,
            () -> ContainerImage.fromEcrRepository(repository, "-bad")),
        "ContainerImage.fromEcrRepository(xgboost): [SM-ECR-TAG] image tag \"-bad\" is not valid");
    assertMessage(assertThrows(IllegalArgumentException.class,
            () -> ContainerImage.fromEcrRepository(repository, "sha256:ABC")),
        "ContainerImage.fromEcrRepository(xgboost): [SM-ECR-DIGEST]");
    IRepository upper = Repository.fromRepositoryName(stack, "Upper", "MyModel");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ContainerImage.fromEcrRepository(upper)),
        "ContainerImage.fromEcrRepository(MyModel): [SM-ECR-REPOSITORY-NAME] ECR repository name \"MyModel\"");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ContainerImage.fromEcrRepository(repository, null)),
        "give a tag or a sha256: digest");
  }

  @Test
  void dlcInARegionAgnosticStackLooksTheRegistryUpAtDeployTime() {
    Stack stack = new Stack(new App(), "DlcAnyRegion");
    Model model = model(stack, ContainerImage.fromDlc("pytorch-inference", "2.1.0-cpu-py310"));

    Template template = templates.of(stack);
    String account = "<DlcRepositoryAccountMap[<AWS::Region>].value>";
    assertEquals(account + ".dkr.ecr.<AWS::Region>.<AWS::URLSuffix>/pytorch-inference:2.1.0-cpu-py310",
        image(template, model, 0), "the registry account comes from a mapping by region");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, String>> mapping = (Map<String, Map<String, String>>)
        ((Map<String, Object>) template.toJSON().get("Mappings")).get("DlcRepositoryAccountMap");
    assertEquals(Map.of("value", "763104351884"), mapping.get("us-east-1"));
    assertEquals(Map.of("value", "727897471807"), mapping.get("cn-north-1"));
    assertEquals(Map.of("value", "886529160074"), mapping.get("us-iso-east-1"), "every partition without the flag");
    assertNull(mapping.get("eu-south-3"), "only regions with a registry");
    assertEquals(FrameworkImages.shipped().dlcRegistry().accounts().keySet(), mapping.keySet(),
        "the Deep Learning Containers registry of the framework images, sorted");
    assertEquals(LeastPrivilegeTest.withHosting(List.of(
            "Allow ecr:BatchCheckLayerAvailability,ecr:GetDownloadUrlForLayer,ecr:BatchGetImage on"
                + " arn:<AWS::Partition>:ecr:<AWS::Region>:" + account + ":repository/pytorch-inference",
            "Allow ecr:GetAuthorizationToken on *")),
        Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy")));
  }

  @Test
  void dlcInAKnownRegionUsesThatRegionsRegistry() {
    Stack stack = new Stack(new App(), "DlcKnownRegion", StackProps.builder()
        .env(Environment.builder().account("123456789012").region("eu-central-1").build()).build());
    Model model = model(stack, ContainerImage.fromDlc("pytorch-inference", "2.1.0-cpu-py310"));

    Template template = templates.of(stack);
    assertEquals("763104351884.dkr.ecr.eu-central-1.<AWS::URLSuffix>/pytorch-inference:2.1.0-cpu-py310",
        image(template, model, 0));
    assertEquals(LeastPrivilegeTest.withHosting(LeastPrivilegeTest.hosting("eu-central-1:123456789012"), List.of(
            "Allow ecr:BatchCheckLayerAvailability,ecr:GetDownloadUrlForLayer,ecr:BatchGetImage on"
                + " arn:<AWS::Partition>:ecr:eu-central-1:763104351884:repository/pytorch-inference",
            "Allow ecr:GetAuthorizationToken on *")),
        Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy")));
  }

  @Test
  void dlcWithAnAccountWorksInAnyRegion() {
    Stack stack = new Stack(new App(), "DlcGivenAccount", StackProps.builder()
        .env(Environment.builder().account("123456789012").region("us-iso-east-1").build()).build());
    Model model = model(stack,
        ContainerImage.fromDlc("pytorch-inference", "2.1.0-cpu-py310", "111122223333"),
        ContainerImage.fromDlc("tensorflow-inference", "2.14-cpu", "111122223333"));

    Template template = templates.of(stack);
    assertEquals("111122223333.dkr.ecr.us-iso-east-1.<AWS::URLSuffix>/pytorch-inference:2.1.0-cpu-py310",
        image(template, model, 0));
    assertEquals("111122223333.dkr.ecr.us-iso-east-1.<AWS::URLSuffix>/tensorflow-inference:2.14-cpu",
        image(template, model, 1), "two DLC images in one model do not clash");
  }

  @Test
  void dlcInARegionWithoutRegistryNamesTheModelAndTheRule() {
    assertTrue(FrameworkImages.shipped().dlcRegistry().account("eu-south-3").isEmpty(), "premise: no registry there");
    Stack stack = new Stack(new App(), "DlcUnknownRegion", StackProps.builder()
        .env(Environment.builder().account("123456789012").region("eu-south-3").build()).build());

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> model(stack, ContainerImage.fromDlc("pytorch-inference", "2.1.0-cpu-py310")));
    assertMessage(error, "Model DlcUnknownRegion/Model, container 1: ContainerImage.fromDlc(pytorch-inference,"
        + " 2.1.0-cpu-py310): [SM-DLC-REGION] no AWS Deep Learning Containers registry is known for region"
        + " eu-south-3", "fromDlc(repositoryName, tag, accountId)");
  }

  @Test
  void dlcArgumentsAreChecked() {
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ContainerImage.fromDlc("PyTorch", "1.0")),
        "ContainerImage.fromDlc(PyTorch, 1.0): [SM-ECR-REPOSITORY-NAME]");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ContainerImage.fromDlc("pytorch", "a b")),
        "[SM-ECR-TAG]");
    assertMessage(assertThrows(IllegalArgumentException.class,
            () -> ContainerImage.fromDlc("pytorch", "1.0", "anyAwsAccount")),
        "[SM-ECR-REGISTRY-ID] registry account \"anyAwsAccount\" is not valid");
  }

  @Test
  void anImageOfOnesOwnMayAddConstructs() {
    Stack stack = new Stack(new App(), "CustomImage");
    ContainerImage custom = new ContainerImage() {
      @Override
      public ContainerImageConfig bind(Construct scope, IModel model) {
        User.Builder.create(scope, "User").userName("ExtraConstructUserName").build();
        return ContainerImageConfig.builder().imageName("123456789012.dkr.ecr.us-east-1.amazonaws.com/own:1").build();
      }
    };
    Model model = model(stack, custom);

    Template template = templates.of(stack);
    assertEquals("123456789012.dkr.ecr.us-east-1.amazonaws.com/own:1", image(template, model, 0));
    template.hasResourceProperties("AWS::IAM::User", Map.of("UserName", "ExtraConstructUserName"));
  }

  @Test
  void anImageOfOnesOwnMustGiveAValidUri() {
    Stack stack = new Stack(new App(), "BadCustomImage");
    ContainerImage spaced = new ContainerImage() {
      @Override
      public ContainerImageConfig bind(Construct scope, IModel model) {
        return ContainerImageConfig.builder().imageName("my image:latest").build();
      }
    };
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> model(stack, spaced));
    assertMessage(error, "Model BadCustomImage/Model, container 1: [SM-IMAGE-URI] image \"my image:latest\" is not valid");
  }
}
