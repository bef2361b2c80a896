package io.github.sagemakercdk.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;
import static io.github.sagemakercdk.processor.Compilations.failing;
import static io.github.sagemakercdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Environment entries: {@code NAME=value} form and SageMaker's limits. Entries stand one per line inside a
 * repeated {@code @Container}, so each error must land on its own entry's line.
 */
class EnvironmentDiagnosticsTest {

  /** A first container, then one whose environment entries stand one per line. */
  private static Compilation compile(String... entries) {
    List<String> lines = new ArrayList<>(List.of(
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", environment = \"FIRST=1\")",
        "@Container(image = \"ecr:second:1\", environment = {"));
    for (int i = 0; i < entries.length; i++) {
      lines.add("    " + entries[i] + (i < entries.length - 1 ? "," : ""));
    }
    lines.add("})");
    lines.add("public class Pipeline {}");
    return failing(source("test.Pipeline", lines.toArray(new String[0])));
  }

  private static void assertError(Compilation compilation, String line, String... parts) {
    for (String part : parts) {
      assertThat(compilation).hadErrorContaining(part).inFile(compilation.sourceFiles().get(0)).onLineContaining(line);
    }
  }

  @Test
  void entryWithoutEquals() {
    Compilation compilation = compile("\"OK=1\"", "\"JUST_A_NAME\"", "\"ALSO_OK=2\"");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "JUST_A_NAME",
        "[SM-ENVIRONMENT-ENTRY-FORM] environment entry \"JUST_A_NAME\" has no '=': write NAME=value");
  }

  @Test
  void entryWithEmptyName() {
    Compilation compilation = compile("\"OK=1\"", "\"=orphan\"");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "=orphan",
        "[SM-ENVIRONMENT-ENTRY-NAME] environment entry \"=orphan\" has an empty name");
  }

  @Test
  void invalidName() {
    Compilation compilation = compile("\"OK=1\"", "\"9LIVES=cat\"");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "9LIVES",
        "[SM-ENVIRONMENT-KEY-PATTERN] environment variable name \"9LIVES\" is not valid");
  }

  @Test
  void nameGivenTwice() {
    Compilation compilation = compile("\"MODE=a\"", "\"OTHER=b\"", "\"MODE=c\"");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "MODE=c",
        "[SM-ENVIRONMENT-DUPLICATE-KEY] environment variable MODE is set twice in container 2");
  }

  @Test
  void valueTooLong() {
    Compilation compilation = compile("\"OK=1\"", "\"BIG=" + "v".repeat(1025) + "\"");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "BIG=",
        "[SM-ENVIRONMENT-VALUE-LENGTH] environment variable BIG has a value of 1025 bytes");
  }

  @Test
  void nameTooLong() {
    Compilation compilation = compile("\"OK=1\"", "\"" + "N".repeat(1025) + "=x\"");
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "NNNN", "[SM-ENVIRONMENT-KEY-LENGTH]", "is 1025 bytes long");
  }

  @Test
  void tooManyEntries() {
    String[] entries = new String[101];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = "\"VAR_" + i + "=x\"";
    }
    Compilation compilation = compile(entries);
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "ecr:second:1",
        "[SM-ENVIRONMENT-COUNT] container 2 has 101 environment variables: SageMaker allows at most 100");
  }

  @Test
  void totalSizeOverAllContainers() {
    // 40 values of 1000 bytes: each within its limit, together over 32 KB.
    String[] entries = new String[40];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = "\"VAR_" + i + "=" + "v".repeat(1000) + "\"";
    }
    Compilation compilation = compile(entries);
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, "@SageMakerModel", "[SM-ENVIRONMENT-TOTAL-SIZE]", "32 KB");
  }
}
