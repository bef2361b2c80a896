package io.github.sagemakercdk;

import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.sagemaker.CfnModelPackageGroup;
import software.constructs.Construct;

/** Containers created from versioned model packages of the Model Registry: a package of this app, or imported. */
class ModelPackageTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(ModelPackageTest.class);
  private static final String ARN = "arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/3";
  private static final String LOGIN = "Allow ecr:GetAuthorizationToken on *";

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  private static Model model(Stack stack, IModelPackage modelPackage) {
    return new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(ContainerDefinition.builder()
            .modelPackage(modelPackage)
            .environment(Map.of("SAGEMAKER_MODEL_SERVER_WORKERS", "2"))
            .build()))
        .build());
  }

  private static ModelPackageProps.Builder churnPackage(Stack stack) {
    return ModelPackageProps.builder()
        .modelPackageGroupName("churn")
        .image(ContainerImage.fromEcrRepository(Repository.fromRepositoryName(stack, "Repository", "churn"), "1.4"))
        .modelData(ModelData.fromBucket(Bucket.fromBucketName(stack, "Models", "churn-models"), "churn/model.tar.gz"))
        .supportedContentTypes(List.of("text/csv"))
        .supportedResponseMimeTypes(List.of("text/csv"));
  }

  @Test
  void aPackageOfThisAppRecordsItsImageAndArchiveAndItsModelsMayUseExactlyThose() {
    Stack stack = new Stack(new App(), "RegisteredPackage");
    CfnModelPackageGroup group = CfnModelPackageGroup.Builder.create(stack, "Group")
        .modelPackageGroupName("churn").build();
    ModelPackage modelPackage = new ModelPackage(stack, "Package", churnPackage(stack)
        .approvalStatus(ModelApprovalStatus.APPROVED).description("churn scorer, June").build());
    modelPackage.getNode().addDependency(group);
    Model model = model(stack, modelPackage);

    Template template = templates.of(stack);
    template.hasResourceProperties("AWS::SageMaker::ModelPackage", Map.of(
        "ModelPackageGroupName", "churn",
        "ModelApprovalStatus", "Approved",
        "ModelPackageDescription", "churn scorer, June",
        "InferenceSpecification", Map.of(
            "Containers", List.of(Map.of(
                "Image", Map.of("Fn::Join", List.of("", List.of(Map.of("Ref", "AWS::AccountId"), ".dkr.ecr.",
                    Map.of("Ref", "AWS::Region"), ".", Map.of("Ref", "AWS::URLSuffix"), "/churn:1.4"))),
                "ModelDataUrl", Map.of("Fn::Join", List.of("", List.of("https://s3.", Map.of("Ref", "AWS::Region"),
                    ".", Map.of("Ref", "AWS::URLSuffix"), "/churn-models/churn/model.tar.gz"))))),
            "SupportedContentTypes", List.of("text/csv"),
            "SupportedResponseMIMETypes", List.of("text/csv"))));
    Map<String, Object> container = Cfn.containers(template, model).get(0);
    assertEquals(Map.of("ModelPackageName", "<" + Cfn.logicalId(modelPackage, "Resource") + ".ModelPackageArn>",
            "Environment", "{SAGEMAKER_MODEL_SERVER_WORKERS=2}"),
        Map.of("ModelPackageName", Cfn.flat(container.get("ModelPackageName")),
            "Environment", String.valueOf(container.get("Environment"))));
    assertEquals(List.of("Environment", "ModelPackageName"), container.keySet().stream().sorted().toList(),
        "no Image, no ModelDataUrl: the package supplies them");
    assertEquals(LeastPrivilegeTest.withHosting(List.of(
            "Allow ecr:BatchCheckLayerAvailability,ecr:GetDownloadUrlForLayer,ecr:BatchGetImage on"
                + " arn:<AWS::Partition>:ecr:<AWS::Region>:<AWS::AccountId>:repository/churn",
            LOGIN,
            "Allow s3:GetObject on arn:<AWS::Partition>:s3:::churn-models/churn/model.tar.gz")),
        Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy")));
  }

  @Test
  void anImportedPackageGrantsWhatItIsSaidToHold() {
    Stack stack = new Stack(new App(), "SharedPackage");
    IModelPackage shared = ModelPackage.fromModelPackageAttributes(stack, "Shared", ModelPackageAttributes.builder()
        .modelPackageArn("arn:aws:sagemaker:eu-west-1:210987654321:model-package/churn/12")
        .image(ContainerImage.fromEcrRepository(Repository.fromRepositoryArn(stack, "SharedRepository",
            "arn:aws:ecr:eu-west-1:210987654321:repository/churn"), "1.4"))
        .modelData(ModelData.fromBucket(Bucket.fromBucketName(stack, "SharedModels", "registry-models"),
            "churn/12/model.tar.gz"))
        .build());
    Model model = model(stack, shared);

    Template template = templates.of(stack);
    assertEquals("arn:aws:sagemaker:eu-west-1:210987654321:model-package/churn/12",
        Cfn.containers(template, model).get(0).get("ModelPackageName"));
    assertEquals(LeastPrivilegeTest.withHosting(List.of(
            "Allow ecr:BatchCheckLayerAvailability,ecr:GetDownloadUrlForLayer,ecr:BatchGetImage on"
                + " arn:aws:ecr:eu-west-1:210987654321:repository/churn",
            LOGIN,
            "Allow s3:GetObject on arn:<AWS::Partition>:s3:::registry-models/churn/12/model.tar.gz")),
        Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy")));
  }

  @Test
  void aPackageKnownByItsArnAloneGrantsNothingMore() {
    Stack stack = new Stack(new App(), "PackageByArn");
    Model model = model(stack, ModelPackage.fromModelPackageArn(stack, "Churn", ARN));
    Template template = templates.of(stack);
    assertEquals(ARN, Cfn.containers(template, model).get(0).get("ModelPackageName"));
    assertEquals(LeastPrivilegeTest.withHosting(List.of()),
        Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy")));
  }

  @Test
  void theArnIsAVersionedModelPackageArn() {
    Stack stack = new Stack(new App(), "PackageArns");
    for (String arn : List.of("arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn",
        "arn:aws:sagemaker:eu-west-1:123456789012:model-package-group/churn/3", "churn",
        "arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn-/3")) {
      assertMessage(assertThrows(IllegalArgumentException.class,
              () -> ModelPackage.fromModelPackageArn(stack, "Bad", arn)),
          "ModelPackage.fromModelPackageAttributes(" + arn + "): [SM-MODEL-PACKAGE-ARN] model package \"" + arn
              + "\" is not a versioned model package ARN");
    }
    assertMessage(assertThrows(IllegalArgumentException.class,
            () -> ModelPackage.fromModelPackageArn(stack, "Missing", null)),
        "give the versioned ARN");
  }

  @Test
  void aPackageContainerTakesNoImageModelDataOrMultiModelMode() {
    Stack stack = new Stack(new App(), "PackageContainers");
    IModelPackage churn = ModelPackage.fromModelPackageArn(stack, "Churn", ARN);
    ContainerImage image = ContainerImage.fromDlc("pytorch-inference", "2.1.0-cpu-py310");
    assertMessage(assertThrows(IllegalArgumentException.class,
            () -> ContainerDefinition.builder().image(image).modelPackage(churn).build()),
        "ContainerDefinition: give an image or a model package, not both");
    ModelData data = ModelData.fromBucket(Bucket.fromBucketName(stack, "Models", "churn-models"), "m.tar.gz");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> new Model(stack, "WithData", ModelProps.builder()
            .containers(List.of(ContainerDefinition.builder().modelPackage(churn).modelData(data).build())).build())),
        "Model PackageContainers/WithData: container 1: [SM-MODEL-PACKAGE-MODEL-DATA] the container is created from model package "
            + ARN + ", which supplies the image and the model data: remove the container's own model data");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> new Model(stack, "MultiModel", ModelProps.builder()
            .containers(List.of(ContainerDefinition.builder().modelPackage(churn).mode(ContainerMode.MULTI_MODEL)
                .build())).build())),
        "[SM-MODEL-PACKAGE-MULTI-MODEL]");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ContainerDefinition.builder().build()),
        "or create the container from a model package with modelPackage");
  }

  @Test
  void aPackageOfThisAppIsChecked() {
    Stack stack = new Stack(new App(), "PackageRules");
    assertMessage(assertThrows(IllegalArgumentException.class,
            () -> new ModelPackage(stack, "BadGroup", churnPackage(new Stack(new App(), "A")).modelPackageGroupName("churn_scorer").build())),
        "ModelPackage PackageRules/BadGroup: [SM-MODEL-PACKAGE-GROUP-NAME] model package group name \"churn_scorer\"");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> new ModelPackage(stack, "NoTypes",
            ModelPackageProps.builder().modelPackageGroupName("churn")
                .image(ContainerImage.fromDlc("pytorch-inference", "2.1.0-cpu-py310")).build())),
        "ModelPackage PackageRules/NoTypes: give modelPackageGroupName, image, supportedContentTypes and"
            + " supportedResponseMimeTypes");
    ContainerImage custom = new ContainerImage() {
      @Override
      public ContainerImageConfig bind(Construct scope, IModel model) {
        return ContainerImageConfig.builder().imageName("public.ecr.aws/acme/serve:1").build();
      }
    };
    assertMessage(assertThrows(IllegalArgumentException.class,
            () -> new ModelPackage(stack, "Custom", churnPackage(new Stack(new App(), "B")).image(custom).build())),
        "a package records its image by URI");
    ModelData prefix = ModelData.fromS3DataSource(Bucket.fromBucketName(stack, "Weights", "llm-weights"), "llama/");
    assertMessage(assertThrows(IllegalArgumentException.class,
            () -> new ModelPackage(stack, "Prefix", churnPackage(new Stack(new App(), "C")).modelData(prefix).build())),
        "a package records one model archive by URL");
    assertEquals(0, stack.getNode().getChildren().stream().filter(c -> c instanceof ModelPackage).count(),
        "a rejected package leaves nothing behind");
  }
}
