package io.github.sagemakercdk.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * One annotated class the fuzzer generated, as structure: {@link FuzzSource} writes it as Java, {@link FuzzOracle}
 * says what the processor must make of it. Kept as structure (not text) so that a failing case can be shrunk.
 *
 * @param index its number in the run (with the run's seed, all that is needed to generate it again)
 * @param encoding the source encoding it is compiled with (non-UTF-8 sources are written in ASCII)
 * @param packageName its package, empty for the unnamed package
 * @param className its simple name (unique in a compile, so that stack ids do not clash)
 * @param kind what kind of type carries the annotations
 * @param model the {@code @SageMakerModel}, or null when the class has none
 * @param containers the {@code @Container}s in source order
 * @param style how the containers are written: one by one, inside an explicit {@code @Containers}, or mixed
 * @param endpoint the {@code @RealtimeEndpoint} or {@code @Endpoint}, or null when the class has none
 * @param hooks the {@code @CustomizeStack} methods of the class, in declaration order
 * @param layoutSeed the seed of every choice that changes the text but not the meaning (line breaks, spelling)
 * @param hosting the hosting annotations beside the model and endpoint ({@link FuzzHosting#NONE}: none)
 */
record FuzzCase(
    int index,
    String encoding,
    String packageName,
    String className,
    Kind kind,
    ModelAnnotation model,
    List<Container> containers,
    Style style,
    EndpointAnnotation endpoint,
    List<Hook> hooks,
    long layoutSeed,
    FuzzHosting hosting) {

  FuzzCase {
    containers = List.copyOf(containers);
    hooks = List.copyOf(hooks);
    hosting = hosting == null ? FuzzHosting.NONE : hosting;
  }

  /** A case without hosting annotations. */
  FuzzCase(int index, String encoding, String packageName, String className, Kind kind, ModelAnnotation model,
      List<Container> containers, Style style, EndpointAnnotation endpoint, List<Hook> hooks, long layoutSeed) {
    this(index, encoding, packageName, className, kind, model, containers, style, endpoint, hooks, layoutSeed,
        FuzzHosting.NONE);
  }

  /** A model without endpoint and hooks. */
  FuzzCase(int index, String encoding, String packageName, String className, Kind kind, ModelAnnotation model,
      List<Container> containers, Style style, long layoutSeed) {
    this(index, encoding, packageName, className, kind, model, containers, style, null, List.of(), layoutSeed);
  }

  /** Type kinds; only top-level classes may carry {@code @SageMakerModel}. */
  enum Kind {
    CLASS, FINAL_CLASS, ABSTRACT_CLASS, PACKAGE_PRIVATE_CLASS, GENERIC_CLASS,
    NESTED_CLASS, INTERFACE, ENUM, RECORD, ANNOTATION_TYPE;

    boolean topLevelClass() {
      return ordinal() <= GENERIC_CLASS.ordinal();
    }
  }

  enum Style {
    /** Each {@code @Container} on its own (javac wraps several in an implicit {@code @Containers}). */
    REPEATED,
    /** All inside one {@code @Containers({...})}. */
    EXPLICIT,
    /** The first alone, the others in an explicit {@code @Containers} (legal: only one stands alone). */
    SINGLE_THEN_EXPLICIT,
    /** The last alone, after an explicit {@code @Containers} of the others. */
    EXPLICIT_THEN_SINGLE;

    boolean fits(int containers) {
      return this == REPEATED || this == EXPLICIT || containers >= 2;
    }
  }

  /**
   * {@code @SageMakerModel}; an attribute is null when it is not written.
   *
   * @param position where it stands among the container annotations: 0 before all, 1 after the first, ...
   * @param settings role, placement, tags, account and region, or null when none is written
   */
  record ModelAnnotation(FuzzValue name, Boolean networkIsolation, int position, FuzzSettings settings,
      Boolean directInvocation) {
    ModelAnnotation(FuzzValue name, Boolean networkIsolation, int position) {
      this(name, networkIsolation, position, null, null);
    }

    ModelAnnotation(FuzzValue name, Boolean networkIsolation, int position, FuzzSettings settings) {
      this(name, networkIsolation, position, settings, null);
    }

    ModelAnnotation withDirectInvocation(Boolean newDirectInvocation) {
      return new ModelAnnotation(name, networkIsolation, position, settings, newDirectInvocation);
    }

    boolean isDirect() {
      return Boolean.TRUE.equals(directInvocation);
    }
  }

  /**
   * An endpoint annotation; an attribute is null when it is not written.
   *
   * @param annotation its simple name: {@code RealtimeEndpoint}, or {@code Endpoint}, its former name, or
   *     {@code ServerlessEndpoint}
   * @param instanceType, initialInstanceCount, autoScaling of a real-time endpoint only
   * @param position where it stands among the other annotations: 0 before all, 1 after the first, ...
   * @param serverless the settings of a {@code @ServerlessEndpoint}, null for a real-time one
   */
  record EndpointAnnotation(String annotation, FuzzValue name, FuzzValue variantName, FuzzValue instanceType,
      Integer initialInstanceCount, int position, ScalingAnnotation autoScaling, ServerlessValues serverless) {

    EndpointAnnotation(String annotation, FuzzValue name, FuzzValue variantName, FuzzValue instanceType,
        Integer initialInstanceCount, int position) {
      this(annotation, name, variantName, instanceType, initialInstanceCount, position, null, null);
    }

    boolean isServerless() {
      return annotation.equals("ServerlessEndpoint");
    }
  }

  /**
   * A nested {@code @AutoScaling}; {@code maxCapacity} and {@code maxRequestsPerSecond} are required, the others
   * null when not written.
   */
  record ScalingAnnotation(Integer minCapacity, int maxCapacity, double maxRequestsPerSecond, Double safetyFactor) {}

  /** The values of a {@code @ServerlessEndpoint}, each null when not written. */
  record ServerlessValues(Integer memorySizeInMb, Integer maxConcurrency, Integer provisionedConcurrency) {}

  /**
   * A {@code @CustomizeStack} method: its name, and its shape (what the generator got right or wrong about it).
   *
   * @param variant picks among the spellings of the shape (modifiers, parameter type written simple or qualified)
   */
  record Hook(String name, HookShape shape, int variant) {}

  /** The shapes of a {@code @CustomizeStack} method: the one the stack can call, and ways to miss it. */
  enum HookShape {
    VALID, PRIVATE, NOT_STATIC, RETURNS_VALUE, TYPE_PARAMETER, NO_PARAMETER, TWO_PARAMETERS, OTHER_TYPE,
    CHECKED_EXCEPTION;

    boolean valid() {
      return this == VALID;
    }
  }

  /**
   * One {@code @Container}; an optional attribute is null when it is not written.
   *
   * @param environment the entries, or null when the attribute is not written (written empty is {@code {}})
   * @param order the {@code order}, or null when not written (0 written means "not given", as the default)
   * @param modelDataKmsKey the {@code modelDataKmsKey}, or null when not written
   */
  record Container(FuzzValue image, FuzzValue modelData, FuzzValue hostname, List<FuzzValue> environment,
      Integer order, FuzzValue modelDataKmsKey, Boolean multiModel) {

    /** A container without {@code modelDataKmsKey} and {@code multiModel}. */
    Container(FuzzValue image, FuzzValue modelData, FuzzValue hostname, List<FuzzValue> environment, Integer order) {
      this(image, modelData, hostname, environment, order, null, null);
    }

    Container withEnvironment(List<FuzzValue> entries) {
      return new Container(image, modelData, hostname, entries, order, modelDataKmsKey, multiModel);
    }

    Container withModelDataKmsKey(FuzzValue key) {
      return new Container(image, modelData, hostname, environment, order, key, multiModel);
    }

    /** A multi-model container (or {@code multiModel = false} written), its model data replaced by {@code data}. */
    Container withMultiModel(Boolean newMultiModel, FuzzValue data) {
      return new Container(image, data, hostname, environment, order, modelDataKmsKey, newMultiModel);
    }

    boolean isMultiModel() {
      return Boolean.TRUE.equals(multiModel);
    }
  }

  /** The qualified (canonical) name of the annotated class, as the processor names it in messages. */
  String qualifiedName() {
    String simple = kind == Kind.NESTED_CLASS ? className + ".Inner" : className;
    return packageName.isEmpty() ? simple : packageName + "." + simple;
  }

  /** The top-level type of the source file, which names the file. */
  String fileTypeName() {
    return packageName.isEmpty() ? className : packageName + "." + className;
  }

  /** The stack the processor generates for a valid case. */
  String stackName() {
    return fileTypeName() + "Stack";
  }

  /** The simple name of the stack generated for the annotated class (for a nested one, too). */
  String stackSimpleName() {
    return (kind == Kind.NESTED_CLASS ? "Inner" : className) + "Stack";
  }

  FuzzCase withContainers(List<Container> newContainers) {
    Style fitting = style.fits(newContainers.size()) ? style : Style.REPEATED;
    ModelAnnotation newModel = model == null ? null
        : new ModelAnnotation(model.name(), model.networkIsolation(), Math.min(model.position(), newContainers.size()),
            model.settings(), model.directInvocation());
    return new FuzzCase(index, encoding, packageName, className, kind, newModel, newContainers, fitting, endpoint,
        hooks, layoutSeed, hosting);
  }

  FuzzCase withContainer(int i, Container container) {
    List<Container> all = new ArrayList<>(containers);
    all.set(i, container);
    return withContainers(all);
  }

  FuzzCase withModel(ModelAnnotation newModel) {
    return new FuzzCase(index, encoding, packageName, className, kind, newModel, containers, style, endpoint, hooks,
        layoutSeed, hosting);
  }

  /** The same case of another kind; only top-level classes keep their methods (see {@link FuzzGenerator}). */
  FuzzCase withKind(Kind newKind) {
    return new FuzzCase(index, encoding, packageName, className, newKind, model, containers, style, endpoint,
        newKind.topLevelClass() ? hooks : List.of(), layoutSeed, hosting);
  }

  FuzzCase withStyle(Style newStyle) {
    return new FuzzCase(index, encoding, packageName, className, kind, model, containers, newStyle, endpoint, hooks,
        layoutSeed, hosting);
  }

  FuzzCase withEndpoint(EndpointAnnotation newEndpoint) {
    return new FuzzCase(index, encoding, packageName, className, kind, model, containers, style, newEndpoint, hooks,
        layoutSeed, hosting);
  }

  FuzzCase withHooks(List<Hook> newHooks) {
    return new FuzzCase(index, encoding, packageName, className, kind, model, containers, style, endpoint, newHooks,
        layoutSeed, hosting);
  }

  /** The same case with another package and class name. */
  FuzzCase named(String newPackage, String newClass) {
    return new FuzzCase(index, encoding, newPackage, newClass, kind, model, containers, style, endpoint, hooks,
        layoutSeed, hosting);
  }

  FuzzCase withHosting(FuzzHosting newHosting) {
    return new FuzzCase(index, encoding, packageName, className, kind, model, containers, style, endpoint, hooks,
        layoutSeed, newHosting);
  }

  FuzzCase withEncoding(String newEncoding) {
    return new FuzzCase(index, newEncoding, packageName, className, kind, model, containers, style, endpoint, hooks,
        layoutSeed, hosting);
  }
}
