package io.github.sagemakercdk.benchmarks.synth;

import software.constructs.Construct;

/** One way of writing the benchmark's models: with the library's {@code Model}, or by hand with {@code CfnModel}. */
public enum SynthVariant {
  MODEL("Model", new LibraryModels()),
  HAND_WRITTEN("CfnModel+Role", new HandWrittenModels());

  private final String label;
  private final ModelBuilder builder;

  SynthVariant(String label, ModelBuilder builder) {
    this.label = label;
    this.builder = builder;
  }

  public String label() {
    return label;
  }

  /** Adds the resources of {@code fixture} under {@code scope}. */
  public void build(Construct scope, ModelFixture fixture) {
    builder.build(scope, fixture);
  }

  /** Writes one model's resources. */
  interface ModelBuilder {
    void build(Construct scope, ModelFixture fixture);
  }
}
