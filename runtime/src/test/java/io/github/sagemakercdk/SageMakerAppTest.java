package io.github.sagemakercdk;

import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.cxapi.CloudAssembly;

/** One app for every registered model stack, found with ServiceLoader. */
class SageMakerAppTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(SageMakerAppTest.class);

  @TempDir Path outdir;

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  private static String synthesize(List<ModelStackFactory> factories, Path outdir) {
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    SageMakerApp.synthesize(factories, outdir.toString(), new PrintStream(report, true, StandardCharsets.UTF_8));
    return report.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyRegisteredStackIsSynthesizedIntoOneAssemblyInStackIdOrder() throws IOException {
    List<ModelStackFactory> registered = SageMakerApp.registeredFactories();
    assertEquals(List.of("ScoringStack", "ChurnStack"), registered.stream().map(ModelStackFactory::stackId).toList(),
        "as listed in META-INF/services");

    String report = synthesize(registered, outdir);

    assertEquals("ChurnStack: " + outdir.resolve("ChurnStack.template.json") + System.lineSeparator()
            + "ScoringStack: " + outdir.resolve("ScoringStack.template.json") + System.lineSeparator(),
        report);
    templates.keep(outdir.resolve("ChurnStack.template.json"));
    templates.keep(outdir.resolve("ScoringStack.template.json"));
  }

  @Test
  void theSameInputGivesTheSameTemplates(@TempDir Path again) throws IOException {
    List<ModelStackFactory> registered = SageMakerApp.registeredFactories();
    synthesize(registered, outdir);
    synthesize(registered, again);
    for (String template : List.of("ChurnStack.template.json", "ScoringStack.template.json", "ChurnStack.assets.json")) {
      assertEquals(Files.readString(outdir.resolve(template)), Files.readString(again.resolve(template)), template);
    }
  }

  /**
   * A services file that names a factory whose class is gone (a model class deleted since the build that listed its
   * stack) gives an error that names it and says how to fix it, not ServiceLoader's bare ServiceConfigurationError.
   */
  @Test
  void aFactoryListedButGoneIsNamedWithTheFix(@TempDir Path classes) throws IOException {
    Path services = classes.resolve(SageMakerApp.SERVICE_FILE);
    Files.createDirectories(services.getParent());
    Files.writeString(services, "com.acme.DeletedStack$Factory\n", StandardCharsets.UTF_8);
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    try (URLClassLoader withStaleFile = new URLClassLoader(new URL[] {classes.toUri().toURL()}, original)) {
      thread.setContextClassLoader(withStaleFile);
      IllegalStateException error = assertThrows(IllegalStateException.class, SageMakerApp::registeredFactories);
      assertMessage(error, "Cannot load com.acme.DeletedStack$Factory, listed in"
          + " META-INF/services/io.github.sagemakercdk.ModelStackFactory on the class path",
          "its model class was deleted or renamed", "Rebuild from clean (mvn clean package, or gradle clean build)");
      assertEquals(ServiceConfigurationError.class, error.getCause().getClass());
    } finally {
      thread.setContextClassLoader(original);
    }
  }

  @Test
  void oneStack() {
    CloudAssembly assembly = SageMakerApp.synthesize(
        List.of(new TestStackFactories.Scoring()), outdir.toString(), new PrintStream(new ByteArrayOutputStream()));
    assertEquals(1, assembly.getStacks().size());
    assertEquals("ScoringStack", assembly.getStacks().get(0).getStackName());
  }

  @Test
  void aStackIsDeployedAfterTheStacksItsFactoryDependsOnThatTheAppHolds() throws IOException {
    ModelStackFactory component = new ModelStackFactory() {
      @Override
      public String stackId() {
        return "AComponentStack";
      }

      @Override
      public software.amazon.awscdk.Stack create(software.constructs.Construct scope, String id) {
        return new TestStackFactories.Scoring().create(scope, id);
      }

      @Override
      public List<String> dependsOn() {
        return List.of("ChurnStack", "HostOfAnotherAppStack");
      }
    };
    CloudAssembly assembly = SageMakerApp.synthesize(List.of(component, new TestStackFactories.Churn()),
        outdir.toString(), new PrintStream(new ByteArrayOutputStream()));
    assertEquals(List.of("ChurnStack"), stackDependencies(assembly, "AComponentStack"));
    assertEquals(List.of(), stackDependencies(assembly, "ChurnStack"));
  }

  /** The stacks {@code stackId} depends on in the assembly's manifest (not its assets). */
  private static List<String> stackDependencies(CloudAssembly assembly, String stackId) {
    List<String> dependencies = assembly.getStackByName(stackId).getManifest().getDependencies();
    return dependencies == null ? List.of()
        : dependencies.stream().filter(id -> id.endsWith("Stack")).toList();
  }

  @Test
  void stackIdsMustBeUnique() {
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> synthesize(
        List.of(new TestStackFactories.Churn(), new TestStackFactories.Scoring(), new TestStackFactories.ChurnAgain()),
        outdir));
    assertMessage(error, "Two stacks of one app cannot share a construct id: \"ChurnStack\" by"
        + " io.github.sagemakercdk.TestStackFactories$Churn and io.github.sagemakercdk.TestStackFactories$ChurnAgain");
  }

  @Test
  void anAppNeedsAStack() {
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> synthesize(List.of(), outdir));
    assertMessage(error, "No stacks to synthesize", "META-INF/services/io.github.sagemakercdk.ModelStackFactory");
  }
}
