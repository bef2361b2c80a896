package io.github.sagemakercdk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One container of a model: the image that runs the inference code, and optionally its model data,
 * environment and hostname.
 */
public final class ContainerDefinition {
  private final ContainerImage image;
  private final ModelData modelData;
  private final Map<String, String> environment;
  private final String containerHostname;
  private final ContainerMode mode;
  private final IModelPackage modelPackage;

  private ContainerDefinition(Builder builder) {
    if (builder.image == null && builder.modelPackage == null) {
      throw new IllegalArgumentException("ContainerDefinition: image is required; set it with ContainerImage.fromAsset,"
          + " fromEcrRepository or fromDlc, or create the container from a model package with modelPackage");
    }
    if (builder.image != null && builder.modelPackage != null) {
      throw new IllegalArgumentException("ContainerDefinition: give an image or a model package, not both: the"
          + " package supplies the image");
    }
    this.image = builder.image;
    this.modelPackage = builder.modelPackage;
    this.modelData = builder.modelData;
    this.environment = builder.environment;
    this.containerHostname = builder.containerHostname;
    this.mode = builder.mode;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The image that runs the inference code, or null for a container created from a model package. */
  public ContainerImage getImage() {
    return image;
  }

  /** The versioned model package the container is created from (it supplies image and model data), or null. */
  public IModelPackage getModelPackage() {
    return modelPackage;
  }

  /** The model artifacts, or null when the container has none. */
  public ModelData getModelData() {
    return modelData;
  }

  /** The environment variables in the order they will be rendered, or null when there are none. */
  public Map<String, String> getEnvironment() {
    return environment;
  }

  /**
   * The container's hostname within an inference pipeline, or null: SageMaker then names it by its position.
   * SageMaker ignores it for a single-container model.
   */
  public String getContainerHostname() {
    return containerHostname;
  }

  /** How the container serves its model data, or null for CloudFormation's default ({@link ContainerMode#SINGLE_MODEL}). */
  public ContainerMode getMode() {
    return mode;
  }

  /** Whether the container is a multi-model container. */
  boolean isMultiModel() {
    return mode == ContainerMode.MULTI_MODEL;
  }

  /** Builds a {@link ContainerDefinition}. */
  public static final class Builder {
    private ContainerImage image;
    private ModelData modelData;
    private Map<String, String> environment;
    private String containerHostname;
    private ContainerMode mode;
    private IModelPackage modelPackage;

    private Builder() {}

    public Builder image(ContainerImage image) {
      this.image = image;
      return this;
    }

    public Builder modelData(ModelData modelData) {
      this.modelData = modelData;
      return this;
    }

    /**
     * The environment variables. A {@link LinkedHashMap} or a {@link SortedMap} keeps its order in the
     * template; any other map (such as {@code Map.of}, whose order changes from run to run) is sorted by name,
     * so that the same input always gives the same template.
     */
    public Builder environment(Map<String, String> environment) {
      this.environment = environment == null ? null : ordered(environment);
      return this;
    }

    /**
     * Creates the container from a versioned model package of the Model Registry ({@code ModelPackageName}), such as
     * {@code ModelPackage.fromModelPackageArn(this, "Churn", "arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/3")}
     * or a {@link ModelPackage} of this app: the package supplies the image and the model data, so give neither.
     */
    public Builder modelPackage(IModelPackage modelPackage) {
      this.modelPackage = modelPackage;
      return this;
    }

    public Builder containerHostname(String containerHostname) {
      this.containerHostname = containerHostname;
      return this;
    }

    /**
     * {@link ContainerMode#MULTI_MODEL} for a multi-model container, whose model data is an S3 prefix
     * ({@link ModelData#fromBucketPrefix}); null or {@link ContainerMode#SINGLE_MODEL} for one model.
     */
    public Builder mode(ContainerMode mode) {
      this.mode = mode;
      return this;
    }

    public ContainerDefinition build() {
      return new ContainerDefinition(this);
    }

    private static Map<String, String> ordered(Map<String, String> environment) {
      Map<String, String> copy = environment instanceof LinkedHashMap || environment instanceof SortedMap
          ? new LinkedHashMap<>()
          : new TreeMap<>();
      for (Map.Entry<String, String> entry : environment.entrySet()) {
        if (entry.getKey() == null || entry.getValue() == null) {
          throw new IllegalArgumentException("ContainerDefinition: environment variable " + entry.getKey()
              + " has a null " + (entry.getKey() == null ? "name" : "value")
              + "; give every variable a name and a value");
        }
        copy.put(entry.getKey(), entry.getValue());
      }
      return Collections.unmodifiableMap(copy);
    }
  }
}
