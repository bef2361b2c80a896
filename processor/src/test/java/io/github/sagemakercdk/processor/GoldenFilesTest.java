package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The generated stacks, compared with src/test/resources/golden/*.java, and compiled against the runtime.
 *
 * <p>The test project's folder stands as {@code ${projectDir}} in the golden files. After an intended change,
 * regenerate them with {@code mvn -pl processor test -Dtest=GoldenFilesTest -Dgolden.update=true} and review
 * the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN_SOURCES = Path.of("src/test/resources/golden");

  @ParameterizedTest
  @FieldSource("io.github.sagemakercdk.processor.GoldenModels#ALL")
  void generatedStackMatchesGoldenFile(GoldenModels.Case model) throws IOException {
    Compilation compilation = Compilations.compile(model.source());
    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject generated = compilation.generatedSourceFile(model.stack()).orElseThrow();
    String actual = generated.getCharContent(false).toString()
        .replace(TestProject.directory().toString(), TestProject.PLACEHOLDER);

    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN_SOURCES.resolve(model.goldenFile()), actual, StandardCharsets.UTF_8);
    }
    assertWithMessage("generated %s (rerun with -Dgolden.update=true to accept a change)", model.stack())
        .that(actual).isEqualTo(golden(model.goldenFile()));
  }

  private static String golden(String file) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + file)) {
      if (in == null) {
        return "<no golden file " + file + ">";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
