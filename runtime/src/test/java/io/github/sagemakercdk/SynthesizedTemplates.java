package io.github.sagemakercdk;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.assertions.Template;

/**
 * Synthesizes stacks for a test class and keeps a copy of every template under target/cfn-lint/&lt;class&gt;, so
 * that one cfn-lint run per class ({@link #lint}, from {@code @AfterAll}) checks them all: cfn-lint starts Python,
 * which takes a second or two.
 */
public final class SynthesizedTemplates {
  private final Path directory;
  private int count;

  public SynthesizedTemplates(Class<?> testClass) {
    this.directory = Path.of("target", "cfn-lint", testClass.getSimpleName());
    try {
      if (Files.exists(directory)) {
        try (Stream<Path> old = Files.walk(directory)) {
          old.sorted(Comparator.reverseOrder()).forEach(SynthesizedTemplates::delete);
        }
      }
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The synthesized template of {@code stack}, which is kept for cfn-lint. */
  public Template of(Stack stack) {
    Template template = Template.fromStack(stack);
    keep(stack);
    return template;
  }

  /** Keeps the template of a stack whose app has just been synthesized by other means (such as Annotations). */
  public void keep(Stack stack) {
    keep(Path.of(Stage.of(stack).getOutdir(), stack.getTemplateFile()));
  }

  /** Keeps a template file written elsewhere. */
  public void keep(Path template) {
    try {
      Files.copy(template, directory.resolve(String.format("%03d-%s", ++count, template.getFileName())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs cfn-lint once over every template kept, and fails with its report if it has any error or warning. */
  public void lint() throws IOException, InterruptedException {
    List<String> templates;
    try (Stream<Path> files = Files.list(directory)) {
      templates = files.map(Path::toString).filter(name -> name.endsWith(".json")).sorted().toList();
    }
    if (templates.isEmpty()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of("cfn-lint", "--"));
    command.addAll(templates);
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      fail("cfn-lint is not on the PATH; install it with `pip install cfn-lint` (every template the tests"
          + " synthesize must pass it). " + e.getMessage());
      return;
    }
    String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroy();
      fail("cfn-lint did not finish within 5 minutes");
    }
    if (process.exitValue() != 0 || !report.isBlank()) {
      fail("cfn-lint found problems in " + directory + " (exit " + process.exitValue() + "):\n" + report);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
