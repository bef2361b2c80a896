package io.github.sagemakercdk;

import io.github.sagemakercdk.rules.Messages;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * One CDK app for every model stack of a project: a project's {@code cdk.json} names this one command however
 * many models it has, and jsii's start-up is paid once.
 */
public final class SageMakerApp {
  static final String OUTDIR_VARIABLE = "CDK_OUTDIR";
  static final String DEFAULT_OUTDIR = "cdk.out";
  static final String SERVICE_FILE = "META-INF/services/" + ModelStackFactory.class.getName();
  /** The class named in ServiceLoader's message ("...: Provider com.acme.ChurnStack$Factory not found"). */
  private static final Pattern PROVIDER = Pattern.compile("Provider (\\S+)");

  private SageMakerApp() {}

  /** Synthesizes every stack registered as a {@link ModelStackFactory} into $CDK_OUTDIR, or ./cdk.out. */
  public static void main(String[] args) {
    synthesize(registeredFactories(), defaultOutdir(), System.err);
  }

  /** Synthesizes the one stack of {@code factory} into $CDK_OUTDIR, or ./cdk.out: a generated stack's main. */
  public static void synthesize(ModelStackFactory factory) {
    synthesize(List.of(factory), defaultOutdir(), System.err);
  }

  /**
   * Creates the stacks in one app, in the order of their ids, tags them with the {@link ContextTags}, synthesizes it
   * into {@code outdir} and tells {@code report} where each template went. Without the CDK CLI, the app gets the
   * context of {@code ./cdk.json}.
   */
  static CloudAssembly synthesize(List<ModelStackFactory> factories, String outdir, PrintStream report) {
    if (factories.isEmpty()) {
      throw new IllegalStateException("No stacks to synthesize: no " + ModelStackFactory.class.getName()
          + " is registered on the class path. Annotate a class with @SageMakerModel (the annotation processor"
          + " registers its stack), or list your own factories in " + SERVICE_FILE + ".");
    }
    return synthesize(factories, outdir, report, CdkJsonContext.read(Path.of(""), System::getenv));
  }

  /** The same, in an app with {@code context} besides what the CDK CLI passes (empty: none). */
  static CloudAssembly synthesize(List<ModelStackFactory> factories, String outdir, PrintStream report,
      Map<String, Object> context) {
    List<ModelStackFactory> ordered = inStackIdOrder(factories);
    AppProps.Builder props = AppProps.builder().outdir(outdir);
    if (!context.isEmpty()) {
      props.context(context);
    }
    App app = new App(props.build());
    ContextTags defaultTags = ContextTags.of(app);
    List<Stack> stacks = new ArrayList<>();
    for (ModelStackFactory factory : ordered) {
      Stack stack = factory.create(app, factory.stackId());
      if (stack == null) {
        throw new IllegalStateException(
            factory.getClass().getName() + ".create gave no stack for " + factory.stackId());
      }
      defaultTags.applyTo(stack);
      stacks.add(stack);
    }
    addDependencies(ordered, stacks);
    CloudAssembly assembly = app.synth();
    for (int i = 0; i < stacks.size(); i++) {
      Path template = Path.of(assembly.getDirectory(), stacks.get(i).getTemplateFile());
      report.println(ordered.get(i).stackId() + ": " + template);
    }
    return assembly;
  }

  /** Each stack after the stacks its factory depends on that this app holds (others are deployed on their own). */
  private static void addDependencies(List<ModelStackFactory> ordered, List<Stack> stacks) {
    Map<String, Stack> byId = new LinkedHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      byId.put(ordered.get(i).stackId(), stacks.get(i));
    }
    for (int i = 0; i < ordered.size(); i++) {
      for (String id : ordered.get(i).dependsOn()) {
        Stack first = byId.get(id);
        if (first != null && first != stacks.get(i)) {
          stacks.get(i).addStackDependency(first);
        }
      }
    }
  }

  /** The factories listed in every META-INF/services/io.github.sagemakercdk.ModelStackFactory on the class path. */
  static List<ModelStackFactory> registeredFactories() {
    List<ModelStackFactory> factories = new ArrayList<>();
    try {
      ServiceLoader.load(ModelStackFactory.class).forEach(factories::add);
    } catch (ServiceConfigurationError error) {
      throw staleRegistration(error);
    }
    return factories;
  }

  /**
   * What a factory listed but not loadable means: nearly always a model class deleted or renamed since the build
   * that listed its stack, whose class an incremental build removed while the list kept it.
   */
  private static IllegalStateException staleRegistration(ServiceConfigurationError error) {
    Matcher provider = PROVIDER.matcher(String.valueOf(error.getMessage()));
    String which = provider.find() ? provider.group(1) : "a factory";
    return new IllegalStateException("Cannot load " + which + ", listed in " + SERVICE_FILE + " on the class path ("
        + error.getMessage() + "): its stack class is gone, most likely because its model class was deleted or"
        + " renamed since the build that listed it. Rebuild from clean (mvn clean package, or gradle clean build) so"
        + " that the list names the models there are.", error);
  }

  private static List<ModelStackFactory> inStackIdOrder(List<ModelStackFactory> factories) {
    Map<String, List<ModelStackFactory>> byId = new LinkedHashMap<>();
    for (ModelStackFactory factory : factories) {
      String id = factory.stackId();
      if (id == null || id.isBlank()) {
        throw new IllegalStateException(factory.getClass().getName() + ".stackId() gives no stack id");
      }
      byId.computeIfAbsent(id, key -> new ArrayList<>()).add(factory);
    }
    String clashes = byId.entrySet().stream()
        .filter(entry -> entry.getValue().size() > 1)
        .map(entry -> Messages.quoted(entry.getKey()) + " by " + entry.getValue().stream()
            .map(factory -> factory.getClass().getName()).sorted().collect(Collectors.joining(" and ")))
        .sorted()
        .collect(Collectors.joining("; "));
    if (!clashes.isEmpty()) {
      throw new IllegalStateException("Two stacks of one app cannot share a construct id: " + clashes
          + ". Rename one of the model classes, or remove the factory registered twice.");
    }
    return factories.stream().sorted(Comparator.comparing(ModelStackFactory::stackId)).toList();
  }

  private static String defaultOutdir() {
    String outdir = System.getenv(OUTDIR_VARIABLE);
    return outdir == null || outdir.isBlank() ? DEFAULT_OUTDIR : outdir;
  }
}
