package io.github.sagemakercdk;

import java.util.List;

/** The properties of a {@link ModelPackage}: a new version in a model package group of the Model Registry. */
public final class ModelPackageProps {
  private final String modelPackageGroupName;
  private final ContainerImage image;
  private final ModelData modelData;
  private final List<String> supportedContentTypes;
  private final List<String> supportedResponseMimeTypes;
  private final ModelApprovalStatus approvalStatus;
  private final String description;

  private ModelPackageProps(Builder builder) {
    this.modelPackageGroupName = builder.modelPackageGroupName;
    this.image = builder.image;
    this.modelData = builder.modelData;
    this.supportedContentTypes = builder.supportedContentTypes == null ? null : List.copyOf(builder.supportedContentTypes);
    this.supportedResponseMimeTypes =
        builder.supportedResponseMimeTypes == null ? null : List.copyOf(builder.supportedResponseMimeTypes);
    this.approvalStatus = builder.approvalStatus;
    this.description = builder.description;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The model package group the version goes into (required; it must exist when the stack is deployed). */
  public String getModelPackageGroupName() {
    return modelPackageGroupName;
  }

  /** The inference image (required): from an asset, an ECR repository or a Deep Learning Container. */
  public ContainerImage getImage() {
    return image;
  }

  /** The model archive ({@code ModelData.fromAsset} or {@code fromBucket}), or null for none. */
  public ModelData getModelData() {
    return modelData;
  }

  /** The MIME types of the requests the model takes (required), such as {@code text/csv}. */
  public List<String> getSupportedContentTypes() {
    return supportedContentTypes;
  }

  /** The MIME types of the responses it gives (required), such as {@code text/csv}. */
  public List<String> getSupportedResponseMimeTypes() {
    return supportedResponseMimeTypes;
  }

  /** The approval status, or null for the Registry's default ({@code PendingManualApproval}). */
  public ModelApprovalStatus getApprovalStatus() {
    return approvalStatus;
  }

  /** A description of the version, or null. */
  public String getDescription() {
    return description;
  }

  /** Builds {@link ModelPackageProps}. */
  public static final class Builder {
    private String modelPackageGroupName;
    private ContainerImage image;
    private ModelData modelData;
    private List<String> supportedContentTypes;
    private List<String> supportedResponseMimeTypes;
    private ModelApprovalStatus approvalStatus;
    private String description;

    private Builder() {}

    public Builder modelPackageGroupName(String modelPackageGroupName) {
      this.modelPackageGroupName = modelPackageGroupName;
      return this;
    }

    public Builder image(ContainerImage image) {
      this.image = image;
      return this;
    }

    public Builder modelData(ModelData modelData) {
      this.modelData = modelData;
      return this;
    }

    public Builder supportedContentTypes(List<String> supportedContentTypes) {
      this.supportedContentTypes = supportedContentTypes;
      return this;
    }

    public Builder supportedResponseMimeTypes(List<String> supportedResponseMimeTypes) {
      this.supportedResponseMimeTypes = supportedResponseMimeTypes;
      return this;
    }

    public Builder approvalStatus(ModelApprovalStatus approvalStatus) {
      this.approvalStatus = approvalStatus;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public ModelPackageProps build() {
      return new ModelPackageProps(this);
    }
  }
}
