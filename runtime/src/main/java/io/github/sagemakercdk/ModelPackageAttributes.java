package io.github.sagemakercdk;

/**
 * A model package defined outside this app ({@link ModelPackage#fromModelPackageAttributes}): its versioned ARN, and
 * the image and model data it holds, so that a model created from it may pull and read exactly those.
 */
public final class ModelPackageAttributes {
  private final String modelPackageArn;
  private final ContainerImage image;
  private final ModelData modelData;

  private ModelPackageAttributes(Builder builder) {
    this.modelPackageArn = builder.modelPackageArn;
    this.image = builder.image;
    this.modelData = builder.modelData;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The versioned ARN, {@code arn:<partition>:sagemaker:<region>:<account>:model-package/<group>/<version>}. */
  public String getModelPackageArn() {
    return modelPackageArn;
  }

  /** The package's image (such as {@code ContainerImage.fromEcrRepository(...)}), or null when not known. */
  public ContainerImage getImage() {
    return image;
  }

  /** The package's model data (such as {@code ModelData.fromBucket(...)}), or null when it has none or not known. */
  public ModelData getModelData() {
    return modelData;
  }

  /** Builds {@link ModelPackageAttributes}. */
  public static final class Builder {
    private String modelPackageArn;
    private ContainerImage image;
    private ModelData modelData;

    private Builder() {}

    public Builder modelPackageArn(String modelPackageArn) {
      this.modelPackageArn = modelPackageArn;
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

    public ModelPackageAttributes build() {
      return new ModelPackageAttributes(this);
    }
  }
}
