package io.github.sagemakercdk.benchmarks.compile;

/** The three ways the compilation benchmark compiles the annotated classes. */
enum CompileVariant {
  /** (a) javac with sagemaker-cdk's processor. */
  PROCESSOR("(a) processor"),
  /** (b) javac with {@link FloorProcessor}, which writes the same files and does nothing else. */
  FLOOR("(b) floor processor"),
  /** (c) javac with processing off, over the annotated classes plus (a)'s generated sources. */
  NO_PROCESSING("(c) -proc:none + generated sources");

  private final String label;

  CompileVariant(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
