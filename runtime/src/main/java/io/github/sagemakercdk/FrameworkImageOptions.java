package io.github.sagemakercdk;

/**
 * Which image of a framework version to run, for {@link ContainerImage#fromFramework(String, String,
 * FrameworkImageOptions)}: needed only where the version has images for more than one processor or Python version.
 */
public final class FrameworkImageOptions {
  private final String processor;
  private final String pythonVersion;

  private FrameworkImageOptions(Builder builder) {
    this.processor = builder.processor;
    this.pythonVersion = builder.pythonVersion;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The processor the image is built for, such as {@code cpu} or {@code gpu}; null: the only one there is. */
  public String getProcessor() {
    return processor;
  }

  /** The image's Python version, such as {@code py312}; null: the only one there is. */
  public String getPythonVersion() {
    return pythonVersion;
  }

  /** Builds {@link FrameworkImageOptions}. */
  public static final class Builder {
    private String processor;
    private String pythonVersion;

    private Builder() {}

    public Builder processor(String processor) {
      this.processor = processor;
      return this;
    }

    public Builder pythonVersion(String pythonVersion) {
      this.pythonVersion = pythonVersion;
      return this;
    }

    public FrameworkImageOptions build() {
      return new FrameworkImageOptions(this);
    }
  }
}
