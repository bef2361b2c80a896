package io.github.sagemakercdk;

import java.util.Objects;

/** What a {@link ContainerImage} gives the model once bound: the image SageMaker pulls. */
public final class ContainerImageConfig {
  private final String imageName;

  private ContainerImageConfig(Builder builder) {
    this.imageName = Objects.requireNonNull(builder.imageName, "ContainerImageConfig: imageName is required");
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The image, as {@code <registry>/<repository>:<tag>} or {@code <registry>/<repository>@sha256:<digest>},
   * for example {@code 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1.0}.
   */
  public String getImageName() {
    return imageName;
  }

  /** Builds a {@link ContainerImageConfig}. */
  public static final class Builder {
    private String imageName;

    private Builder() {}

    public Builder imageName(String imageName) {
      this.imageName = imageName;
      return this;
    }

    public ContainerImageConfig build() {
      return new ContainerImageConfig(this);
    }
  }
}
