package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.Subject;
import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.ModelPackageRules;
import java.util.List;
import software.amazon.awscdk.Resource;
import software.amazon.awscdk.ResourceProps;
import software.amazon.awscdk.services.sagemaker.CfnModelPackage;
import software.constructs.Construct;

/**
 * A new version in a model package group of the SageMaker Model Registry ({@code AWS::SageMaker::ModelPackage}): one
 * inference container, its image and model archive. A model created from it
 * ({@code ContainerDefinition.builder().modelPackage(modelPackage)}) names the version by its ARN, and its role may
 * pull exactly that image and read exactly that archive; the package itself grants nothing.
 */
public class ModelPackage extends Resource implements IModelPackage {
  private final ContainerImage image;
  private final ModelData modelData;
  private final CfnModelPackage resource;

  /** Imports the versioned package with this ARN, whose image and model data are not known here. */
  public static IModelPackage fromModelPackageArn(Construct scope, String id, String modelPackageArn) {
    return fromModelPackageAttributes(scope, id,
        ModelPackageAttributes.builder().modelPackageArn(modelPackageArn).build());
  }

  /**
   * Imports a versioned package with the image and model data it holds: a model created from it may then pull and
   * read exactly those (give them as for a container of one's own, such as
   * {@code ContainerImage.fromEcrRepository(Repository.fromRepositoryArn(...), "1.0")}).
   */
  public static IModelPackage fromModelPackageAttributes(Construct scope, String id,
      ModelPackageAttributes attributes) {
    String arn = attributes == null ? null : attributes.getModelPackageArn();
    if (arn == null) {
      throw new IllegalArgumentException("ModelPackage.fromModelPackageAttributes: give the versioned ARN, such as"
          + " arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/3");
    }
    if (!Tokens.isUnresolved(arn)) {
      Violations.check("ModelPackage.fromModelPackageAttributes(" + arn + ")", ModelPackageRules.arn(arn));
    }
    return new Import(scope, id, attributes);
  }

  public ModelPackage(Construct scope, String id, ModelPackageProps props) {
    super(scope, id, checked(scope, id, props));
    this.image = props.getImage();
    this.modelData = props.getModelData();
    this.resource = CfnModelPackage.Builder.create(this, "Resource")
        .modelPackageGroupName(props.getModelPackageGroupName())
        .modelPackageDescription(props.getDescription())
        .modelApprovalStatus(props.getApprovalStatus() == null ? null : props.getApprovalStatus().toString())
        .inferenceSpecification(CfnModelPackage.InferenceSpecificationProperty.builder()
            .containers(List.of(CfnModelPackage.ModelPackageContainerDefinitionProperty.builder()
                .image(image.imageUri(this))
                .modelDataUrl(modelData == null ? null : modelData.archiveUrl(this))
                .build()))
            .supportedContentTypes(props.getSupportedContentTypes())
            .supportedResponseMimeTypes(props.getSupportedResponseMimeTypes())
            .build())
        .build();
  }

  /** Checks the props before anything is created: a rejected package leaves nothing half-built behind. */
  private static ResourceProps checked(Construct scope, String id, ModelPackageProps props) {
    String subject = Subject.MODEL_PACKAGE.of(scope, id);
    if (props == null || props.getModelPackageGroupName() == null || props.getImage() == null
        || props.getSupportedContentTypes() == null || props.getSupportedContentTypes().isEmpty()
        || props.getSupportedResponseMimeTypes() == null || props.getSupportedResponseMimeTypes().isEmpty()) {
      throw new IllegalArgumentException(subject + ": give modelPackageGroupName, image, supportedContentTypes and"
          + " supportedResponseMimeTypes");
    }
    if (!props.getImage().recordable()) {
      throw new IllegalArgumentException(subject + ": a package records its image by URI; give"
          + " ContainerImage.fromAsset, fromEcrRepository or fromDlc");
    }
    if (props.getModelData() != null && !props.getModelData().recordable()) {
      throw new IllegalArgumentException(subject + ": a package records one model archive by URL; give"
          + " ModelData.fromAsset or fromBucket");
    }
    if (!Tokens.isUnresolved(props.getModelPackageGroupName())) {
      Violations.check(subject, ModelPackageRules.groupName(props.getModelPackageGroupName()));
    }
    return ResourceProps.builder().build();
  }

  @Override
  public String getModelPackageArn() {
    return resource.getAttrModelPackageArn();
  }

  @Override
  public void bind(Construct scope, IModel model) {
    image.bind(scope, model);
    if (modelData != null) {
      modelData.bind(scope, model);
    }
  }

  /** A versioned package defined outside this app, known by its ARN and, when given, its image and model data. */
  private static final class Import extends Resource implements IModelPackage {
    private final ModelPackageAttributes attributes;

    Import(Construct scope, String id, ModelPackageAttributes attributes) {
      super(scope, id, ResourceProps.builder().environmentFromArn(attributes.getModelPackageArn()).build());
      this.attributes = attributes;
    }

    @Override
    public String getModelPackageArn() {
      return attributes.getModelPackageArn();
    }

    @Override
    public void bind(Construct scope, IModel model) {
      if (attributes.getImage() != null) {
        attributes.getImage().bind(scope, model);
      }
      if (attributes.getModelData() != null) {
        attributes.getModelData().bind(scope, model);
      }
    }
  }
}
