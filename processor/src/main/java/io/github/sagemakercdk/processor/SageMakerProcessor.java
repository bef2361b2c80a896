package io.github.sagemakercdk.processor;

import com.google.auto.service.AutoService;
import com.squareup.javapoet.JavaFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Turns each class annotated with {@code @SageMakerModel} and {@code @Container}s into a CDK stack class
 * ({@code com.acme.ChurnPipeline} gives {@code com.acme.ChurnPipelineStack}), with the endpoint of its
 * {@code @RealtimeEndpoint} (formerly {@code @Endpoint}) or {@code @ServerlessEndpoint} if it has one, calling its
 * {@code @CustomizeStack} methods, and lists every generated stack for the runtime's {@code SageMakerApp} in
 * {@code META-INF/services/io.github.sagemakercdk.ModelStackFactory}.
 *
 * <p>Per class: read the annotations ({@link ModelReader}, {@link EndpointReader}, {@link HookReader}), check them
 * (each validator, such as {@link ModelValidator}, {@link EndpointValidator} or {@link HookValidator}, returns its
 * {@link ValidationReport}), join the reports ({@link StackIds}), and write code ({@link StackWriter}) only for a
 * class whose joined report is clean. Every problem is a compiler error on the annotation value that causes it. Nothing
 * escapes {@link #process}: an unexpected failure becomes one error on the class being processed.
 *
 * <p>Option: {@code -Asagemaker.projectDir=<dir>}, the folder relative {@code asset:} paths resolve against
 * (see {@link ProjectDirectory} for the default).
 */
@AutoService(Processor.class)
public final class SageMakerProcessor extends AbstractProcessor {
  private final ModelReader reader = new ModelReader();
  private final ShadowVariantReader shadowReader = new ShadowVariantReader(reader);
  private final EndpointReader endpointReader = new EndpointReader();
  private final HookReader hookReader = new HookReader();
  private final Diagnostics diagnostics = new Diagnostics();
  private final EndpointValidator endpointValidator = new EndpointValidator();
  private final SettingsValidator settingsValidator = new SettingsValidator();
  private final HostingValidator hostingValidator = new HostingValidator();
  private final DataCaptureValidator dataCaptureValidator = new DataCaptureValidator(settingsValidator);
  private final ComponentValidator componentValidator = new ComponentValidator();
  private final StackIds stackIds = new StackIds();
  private final ServiceRegistry services = new ServiceRegistry();
  /** Classes whose values the compiler could not evaluate yet: a later round may resolve them. */
  private final Set<String> deferred = new TreeSet<>();
  /** What this processor wrote, in order, for tests to see that a class with errors generates nothing. */
  private final List<String> written = new ArrayList<>();
  private DiagnosticPrinter printer;
  private ModelValidator validator;
  private ShadowVariantValidator shadowValidator;
  private SourceFiles sources;
  private HookValidator hookValidator;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(AnnotationNames.MODEL, AnnotationNames.CONTAINER, AnnotationNames.CONTAINERS,
        AnnotationNames.ENDPOINT, AnnotationNames.REALTIME_ENDPOINT, AnnotationNames.SERVERLESS_ENDPOINT,
        AnnotationNames.DATA_CAPTURE, AnnotationNames.SHADOW_VARIANT, AnnotationNames.CUSTOMIZE_STACK,
        AnnotationNames.ASYNC_ENDPOINT, AnnotationNames.BLUE_GREEN_DEPLOYMENT,
        AnnotationNames.ROLLING_DEPLOYMENT, AnnotationNames.INFERENCE_COMPONENT_ENDPOINT,
        AnnotationNames.INFERENCE_COMPONENT);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(ProjectDirectory.OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    CompilerSupport compiler = CompilerSupport.detect(environment);
    printer = new DiagnosticPrinter(environment.getMessager(), compiler);
    ProjectDirectory projectDirectory =
        new ProjectDirectory(environment.getOptions(), compiler, Path.of("").toAbsolutePath());
    validator = new ModelValidator(projectDirectory);
    shadowValidator = new ShadowVariantValidator(validator);
    sources = new SourceFiles(environment.getFiler());
    hookValidator = new HookValidator(environment.getTypeUtils(), environment.getElementUtils());
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      sources.startRound(round);
      for (TypeElement type : typesOf(annotations, round)) {
        processType(type, round.processingOver());
      }
      if (round.processingOver()) {
        writeServiceFile();
      }
    } catch (Throwable unexpected) {
      report(null, unexpected);
    }
    printNewDiagnostics();
    return false;
  }

  /**
   * This round's annotated classes (with the classes of annotated methods) and the deferred ones, each once, by
   * name (so in a stable order). The classes come from one scan for the annotations of ours this round holds, and
   * from none in a round without them (the rounds of the generated stacks).
   */
  private Iterable<TypeElement> typesOf(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Map<String, TypeElement> types = new TreeMap<>();
    if (!annotations.isEmpty()) {
      for (Element element : round.getElementsAnnotatedWithAny(annotations.toArray(new TypeElement[0]))) {
        if (element instanceof TypeElement type) {
          types.put(type.getQualifiedName().toString(), type);
        } else if (element.getKind() == ElementKind.METHOD
            && element.getEnclosingElement() instanceof TypeElement type) {
          types.put(type.getQualifiedName().toString(), type); // a @CustomizeStack method's class
        }
      }
    }
    for (String name : List.copyOf(deferred)) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.putIfAbsent(name, type);
      }
    }
    deferred.clear();
    return types.values();
  }

  private void processType(TypeElement type, boolean lastRound) {
    try {
      ModelDeclaration model = reader.read(type);
      DeclaredEndpoints endpoints = endpointReader.read(type);
      List<HookDeclaration> hooks = hookReader.read(type);
      List<Site> unreadable = new ArrayList<>(model.unreadable());
      unreadable.addAll(endpoints.unreadable());
      Optional<DataCaptureDeclaration> capture = DataCaptureReader.read(type, unreadable);
      Optional<ShadowVariantDeclaration> shadow = shadowReader.read(type, unreadable);
      Optional<HostDeclaration> host = ComponentReader.readHost(type, unreadable);
      Optional<ComponentDeclaration> component = ComponentReader.readComponent(type, unreadable);
      if (!unreadable.isEmpty()) {
        deferOrReport(type, unreadable, lastRound);
        return;
      }
      boolean unknownExceptions = HookValidator.waitsForTypes(hooks);
      if (unknownExceptions && !lastRound) {
        deferred.add(type.getQualifiedName().toString());
        return;
      }
      // A class with only an endpoint annotation is no model: only the endpoint's checks say so.
      ValidationReport<StackPlan> stack = model.hasModelAnnotation() || !model.containers().isEmpty()
          ? validator.validate(model)
          : ValidationReport.about(type).build();
      ValidationReport<EndpointPlan> endpoint = endpointValidator.validate(model, endpoints);
      ValidationReport<Void> endpointSettings = settingsValidator.checkEndpoint(model, endpoints);
      ValidationReport<Void> hosting = hostingValidator.validate(model, endpoints);
      ValidationReport<DataCapturePlan> capturePlan = dataCaptureValidator.validate(model, endpoints, capture);
      ValidationReport<ShadowPlan> shadowPlan = shadowValidator.validate(model, endpoints, shadow);
      ValidationReport<HostPlan> hostPlan = componentValidator.validateHost(model, host);
      ValidationReport<ComponentPlan> componentPlan = componentValidator.validateComponent(model, endpoints, component);
      ValidationReport<Hooks> calls = hooks.isEmpty()
          ? ValidationReport.about(type).build(() -> Hooks.NONE)
          : hookValidator.validate(model, hooks);
      ValidationReport<Void> joined = stackIds.join(model, host.map(HostDeclaration::site).orElse(null),
          List.of(stack, endpoint, endpointSettings, hosting, capturePlan, shadowPlan, hostPlan, componentPlan, calls));
      diagnostics.addAll(joined);
      // Exception types still unknown in the last round: the compiler reports them; the rest is checked, not written.
      if (joined.isClean() && stack.result().isPresent() && !unknownExceptions) {
        write(stack.result().get().withEndpoint(endpoint.result().orElse(null), capturePlan.result().orElse(null),
            shadowPlan.result().orElse(null)).withHooks(calls.result().orElseThrow())
            .withComponent(componentPlan.result().orElse(null)));
      }
      if (joined.isClean() && hostPlan.result().isPresent()) {
        writeHost(hostPlan.result().get());
      }
    } catch (Throwable unexpected) {
      report(type, unexpected);
    }
  }

  private void deferOrReport(TypeElement type, List<Site> unreadable, boolean lastRound) {
    if (!lastRound) {
      deferred.add(type.getQualifiedName().toString());
      return;
    }
    for (Site site : unreadable) {
      diagnostics.error(site, Problem.UNREADABLE_VALUE.message(site.annotation().kind().simpleName(),
          site.attribute() == null ? "value" : site.attribute(), type.getQualifiedName()));
    }
  }

  private void write(StackPlan plan) {
    write(StackWriter.write(plan), plan.origin());
  }

  private void writeHost(HostPlan plan) {
    write(HostStackWriter.write(plan), plan.origin());
  }

  /** Writes a stack class and registers its factory for SageMakerApp. */
  private void write(JavaFile stack, TypeElement origin) {
    String name = stack.packageName.isEmpty() ? stack.typeSpec.name : stack.packageName + "." + stack.typeSpec.name;
    try {
      sources.write(stack);
      written.add(name);
      services.add(name + "$Factory", origin);
    } catch (IOException e) {
      diagnostics.error(Site.of(origin), Problem.WRITE_FAILED.message(name, e.getMessage()));
    }
  }

  private void writeServiceFile() {
    try {
      if (!services.isEmpty()) {
        services.write(processingEnv.getFiler(), processingEnv.getElementUtils());
        written.add(GeneratedTypes.SERVICE_FILE);
      }
    } catch (IOException e) {
      printer.print(Problem.WRITE_FAILED.message(GeneratedTypes.SERVICE_FILE, e.getMessage()));
    }
  }

  private void report(TypeElement type, Throwable unexpected) {
    String message = Problem.INTERNAL_ERROR.message(InternalErrors.describe(unexpected));
    try {
      if (type != null) {
        diagnostics.error(Site.of(type), message);
      } else {
        printer.print(message);
      }
    } catch (Throwable printing) {
      // Even reporting failed: the compile must still end normally, so there is nothing left to do.
    }
  }

  /** The names of the classes and files this instance wrote so far. */
  List<String> written() {
    return List.copyOf(written);
  }

  private void printNewDiagnostics() {
    List<Diagnostic> unprinted = diagnostics.takeUnprinted().stream()
        .sorted(Comparator.comparing(d -> d.site().type().getQualifiedName().toString()))
        .toList();
    for (Diagnostic diagnostic : unprinted) {
      try {
        printer.print(diagnostic);
      } catch (Throwable printing) {
        // Messager itself failed on this one; the others must still get out.
      }
    }
  }
}
