package io.github.sagemakercdk;

import java.util.Objects;

/** What a {@link ModelData} gives the model once bound: where SageMaker downloads the artifacts from. */
public final class ModelDataConfig {
  private final String uri;

  private ModelDataConfig(Builder builder) {
    this.uri = Objects.requireNonNull(builder.uri, "ModelDataConfig: uri is required");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The s3:// or https:// URL of one gzip-compressed tar archive ({@code .tar.gz}). */
  public String getUri() {
    return uri;
  }

  /** Builds a {@link ModelDataConfig}. */
  public static final class Builder {
    private String uri;

    private Builder() {}

    public Builder uri(String uri) {
      this.uri = uri;
      return this;
    }

    public ModelDataConfig build() {
      return new ModelDataConfig(this);
    }
  }
}
