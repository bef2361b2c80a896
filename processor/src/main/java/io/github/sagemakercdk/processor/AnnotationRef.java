package io.github.sagemakercdk.processor;

/**
 * Which annotation of a class a diagnostic belongs to.
 *
 * <p>A {@code @Container} is named by its occurrence: its index among all {@code @Container}s of the class in
 * source order, whether they are written one by one (and wrapped by the compiler in the implicit
 * {@code @Containers}) or inside an explicit {@code @Containers({...})}. That index is what lets the javac
 * support find the annotation's source tree, which javac's own Messager cannot do for repeated annotations.
 * An {@code @AutoScaling} is named likewise by its index among the {@code @AutoScaling}s of the class's real-time
 * endpoint annotations ({@code @RealtimeEndpoint}, {@code @Endpoint}), in source order; a {@code @CustomizeStack}
 * method by its index among the class's such methods, in declaration order.
 *
 * @param kind the annotation, or {@link Kind#NONE} for the class itself
 * @param occurrence for {@link Kind#CONTAINER}, {@link Kind#AUTO_SCALING}, {@link Kind#HOOK} and
 *     {@link Kind#BACKLOG_SCALING}, the index described above; else -1
 */
record AnnotationRef(Kind kind, int occurrence) {

  enum Kind {
    NONE("Container"),
    MODEL("SageMakerModel"),
    CONTAINER("Container"),
    ENDPOINT("Endpoint"),
    REALTIME_ENDPOINT("RealtimeEndpoint"),
    SERVERLESS_ENDPOINT("ServerlessEndpoint"),
    AUTO_SCALING("AutoScaling"),
    DATA_CAPTURE("DataCapture"),
    SHADOW_VARIANT("ShadowVariant"),
    /** A {@code @CustomizeStack} method: its problems go on the method. */
    HOOK("CustomizeStack"),
    ASYNC_ENDPOINT("AsyncEndpoint"),
    /** The {@code @BacklogScaling} at its index in the {@code autoScaling} array of the class's {@code @AsyncEndpoint}. */
    BACKLOG_SCALING("BacklogScaling"),
    BLUE_GREEN_DEPLOYMENT("BlueGreenDeployment"),
    ROLLING_DEPLOYMENT("RollingDeployment"),
    INFERENCE_COMPONENT_ENDPOINT("InferenceComponentEndpoint"),
    INFERENCE_COMPONENT("InferenceComponent");

    private final String simpleName;

    Kind(String simpleName) {
      this.simpleName = simpleName;
    }

    /** The annotation's simple name, as messages show it (for NONE, the implicit {@code @Containers}' entries). */
    String simpleName() {
      return simpleName;
    }
  }

  static final AnnotationRef NONE = new AnnotationRef(Kind.NONE, -1);
  static final AnnotationRef MODEL = new AnnotationRef(Kind.MODEL, -1);
  static final AnnotationRef ENDPOINT = new AnnotationRef(Kind.ENDPOINT, -1);
  static final AnnotationRef REALTIME_ENDPOINT = new AnnotationRef(Kind.REALTIME_ENDPOINT, -1);
  static final AnnotationRef SERVERLESS_ENDPOINT = new AnnotationRef(Kind.SERVERLESS_ENDPOINT, -1);
  static final AnnotationRef DATA_CAPTURE = new AnnotationRef(Kind.DATA_CAPTURE, -1);
  static final AnnotationRef SHADOW_VARIANT = new AnnotationRef(Kind.SHADOW_VARIANT, -1);
  static final AnnotationRef ASYNC_ENDPOINT = new AnnotationRef(Kind.ASYNC_ENDPOINT, -1);
  static final AnnotationRef BLUE_GREEN_DEPLOYMENT = new AnnotationRef(Kind.BLUE_GREEN_DEPLOYMENT, -1);
  static final AnnotationRef ROLLING_DEPLOYMENT = new AnnotationRef(Kind.ROLLING_DEPLOYMENT, -1);
  static final AnnotationRef INFERENCE_COMPONENT_ENDPOINT = new AnnotationRef(Kind.INFERENCE_COMPONENT_ENDPOINT, -1);
  static final AnnotationRef INFERENCE_COMPONENT = new AnnotationRef(Kind.INFERENCE_COMPONENT, -1);

  static AnnotationRef container(int occurrence) {
    return new AnnotationRef(Kind.CONTAINER, occurrence);
  }

  static AnnotationRef autoScaling(int occurrence) {
    return new AnnotationRef(Kind.AUTO_SCALING, occurrence);
  }

  static AnnotationRef hook(int occurrence) {
    return new AnnotationRef(Kind.HOOK, occurrence);
  }

  static AnnotationRef backlogScaling(int occurrence) {
    return new AnnotationRef(Kind.BACKLOG_SCALING, occurrence);
  }
}
