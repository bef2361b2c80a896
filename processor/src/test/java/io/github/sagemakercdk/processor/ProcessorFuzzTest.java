package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property test of the processor over thousands of generated and mutated annotated classes (see
 * {@link FuzzGenerator} for what is generated, {@link FuzzOracle} for what must hold).
 *
 * <p>Seeded, so every run is the same unless asked otherwise:
 *
 * <pre>
 * mvn -pl processor test -Dtest=ProcessorFuzzTest -Dfuzz.seed=42 -Dfuzz.count=20000   # longer, another seed
 * mvn -pl processor test -Dtest=ProcessorFuzzTest -Dfuzz.seed=42 -Dfuzz.from=1234 -Dfuzz.count=1   # one case
 * </pre>
 *
 * <p>Other knobs: {@code fuzz.batch} (classes per compile, default 100), {@code fuzz.ecjCount} (how many of the
 * same cases ecj compiles too, default 300), {@code fuzz.threads} (compiles at a time, default 2) and
 * {@code fuzz.coverage} (print what the run generated, by shape and by defect). A failure names the seed and the
 * case, and shows its smallest failing variant.
 */
class ProcessorFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20_250_601L);
  private static final int FROM = Integer.getInteger("fuzz.from", 0);
  private static final int COUNT = Integer.getInteger("fuzz.count", 2000);
  private static final int BATCH = Integer.getInteger("fuzz.batch", 100);
  private static final int ECJ_COUNT = Integer.getInteger("fuzz.ecjCount", 300);
  private static final int THREADS =
      Integer.getInteger("fuzz.threads", Math.min(2, Runtime.getRuntime().availableProcessors()));

  @Test
  void javacReportsEveryDefectOnItsAnnotationAndCompilesEveryValidModel(@TempDir Path work) throws Exception {
    FuzzRun run = run(new FuzzCompiler("javac", ToolProvider::getSystemJavaCompiler, false,
        List.of("-Xmaxerrs", "1000000"), work), COUNT);
    if (COUNT >= 1000) {
      // The generator must keep producing both kinds in earnest, or the oracle checks little.
      assertWithMessage(run.summary()).that(run.validCount()).isAtLeast(COUNT / 4);
      assertWithMessage(run.summary()).that(run.invalidCount()).isAtLeast(COUNT / 4);
    }
  }

  @Test
  void ecjReportsEveryDefectOnItsAnnotationAndCompilesEveryValidModel(@TempDir Path work) throws Exception {
    run(new FuzzCompiler("ecj", EclipseCompiler::new, true,
        List.of("-maxProblems", "1000000"), work), Math.min(COUNT, ECJ_COUNT));
  }

  private static FuzzRun run(FuzzCompiler compiler, int count) throws Exception {
    FuzzRun run = new FuzzRun(SEED, new FuzzGenerator(SEED, TestProject.directory()), compiler, BATCH);
    run.run(FROM, count, THREADS);
    String summary = run.summary();
    System.out.print(Boolean.getBoolean("fuzz.coverage") ? summary : summary.lines().findFirst().orElse("") + "\n");
    if (!run.findings().isEmpty()) {
      fail(String.format("fuzz seed %d: %d failing case(s) found by %s (reproduce each with the command shown)%s",
          SEED, run.findings().size(), compiler.name(),
          run.findings().stream().map(run::report).collect(Collectors.joining())));
    }
    return run;
  }
}
