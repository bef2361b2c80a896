package io.github.sagemakercdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.assertions.Template;

/**
 * A {@code @CustomizeStack} method runs however the stack is synthesized, since each entry point creates the stack
 * through its constructor: the generated stack's own {@code main}, and {@code SageMakerApp} (the app of the
 * project's {@code cdk.json}, which {@code cdk synth} runs). Each runs as a program of its own, as users start it.
 */
class CodeHookEntryPointsTest {

  @Test
  void theGeneratedMainRunsTheHook(@TempDir Path outdir) throws Exception {
    run("io.github.sagemakercdk.examples.MonitoredFraudScorerStack", outdir);
    try (var files = Files.list(outdir)) {
      assertEquals(List.of("MonitoredFraudScorerStack.template.json"),
          files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".template.json")).toList());
    }
    ExampleStacksTest.assertLatencyAlarm(template(outdir));
  }

  @Test
  void sageMakerAppRunsTheHook(@TempDir Path outdir) throws Exception {
    run("io.github.sagemakercdk.SageMakerApp", outdir);
    ExampleStacksTest.assertLatencyAlarm(template(outdir));
  }

  private static Template template(Path outdir) throws IOException {
    return Template.fromString(Files.readString(outdir.resolve("MonitoredFraudScorerStack.template.json")));
  }

  /** Runs the class's main in a JVM of its own on the test class path, with CDK_OUTDIR set as the CDK CLI does. */
  private static void run(String mainClass, Path outdir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", classpath, mainClass)
        .redirectErrorStream(true)
        .redirectOutput(outdir.resolveSibling(outdir.getFileName() + ".log").toFile());
    builder.environment().put("CDK_OUTDIR", outdir.toString());
    builder.environment().put("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20");
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(mainClass + " did not end within 5 minutes");
    }
    File log = outdir.resolveSibling(outdir.getFileName() + ".log").toFile();
    assertEquals(0, process.exitValue(),
        mainClass + " failed:\n" + Files.readString(log.toPath(), StandardCharsets.UTF_8));
  }
}
