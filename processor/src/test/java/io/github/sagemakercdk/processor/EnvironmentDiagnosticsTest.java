package io.github.sagemakercdk.processor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Environment entries: {@code NAME=value} form and SageMaker's limits. Entries stand one per line inside a
 * repeated {@code @Container}, so each error must land on its own entry's line.
 */
class EnvironmentDiagnosticsTest {

  @TempDir
  Path temp;

  /** A first container, then one whose environment entries stand one per line. */
  private BothCompilers compile(String... entries) throws IOException {
    List<String> lines = new ArrayList<>(List.of(
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", environment = \"FIRST=1\")",
        "@Container(image = \"ecr:second:1\", environment = {"));
    for (int i = 0; i < entries.length; i++) {
      lines.add("    " + entries[i] + (i < entries.length - 1 ? "," : ""));
    }
    lines.add("})");
    return BothCompilers.compileClass(temp, "Pipeline", lines);
  }

  @Test
  void entryWithoutEquals() throws IOException {
    BothCompilers compilation = compile("\"OK=1\"", "\"JUST_A_NAME\"", "\"ALSO_OK=2\"");
    compilation.errorCount(1);
    compilation.error("\"JUST_A_NAME\"", "environment = {",
        "[SM-ENVIRONMENT-ENTRY-FORM] environment entry \"JUST_A_NAME\" has no '=': write NAME=value");
  }

  @Test
  void entryWithEmptyName() throws IOException {
    BothCompilers compilation = compile("\"OK=1\"", "\"=orphan\"");
    compilation.errorCount(1);
    compilation.error("\"=orphan\"", "environment = {",
        "[SM-ENVIRONMENT-ENTRY-NAME] environment entry \"=orphan\" has an empty name");
  }

  @Test
  void invalidName() throws IOException {
    BothCompilers compilation = compile("\"OK=1\"", "\"9LIVES=cat\"");
    compilation.errorCount(1);
    compilation.error("\"9LIVES=cat\"", "environment = {",
        "[SM-ENVIRONMENT-KEY-PATTERN] environment variable name \"9LIVES\" is not valid");
  }

  @Test
  void nameGivenTwice() throws IOException {
    BothCompilers compilation = compile("\"MODE=a\"", "\"OTHER=b\"", "\"MODE=c\"");
    compilation.errorCount(1);
    compilation.error("\"MODE=c\"", "environment = {",
        "[SM-ENVIRONMENT-DUPLICATE-KEY] environment variable MODE is set twice in container 2");
  }

  @Test
  void valueTooLong() throws IOException {
    BothCompilers compilation = compile("\"OK=1\"", "\"BIG=" + "v".repeat(1025) + "\"");
    compilation.errorCount(1);
    compilation.error("\"BIG=vvvvvvvvvv",
        "environment = {",
        "[SM-ENVIRONMENT-VALUE-LENGTH] environment variable BIG has a value of 1025 bytes");
  }

  @Test
  void nameTooLong() throws IOException {
    BothCompilers compilation = compile("\"OK=1\"", "\"" + "N".repeat(1025) + "=x\"");
    compilation.errorCount(1);
    compilation.error("\"NNNNNNNNNN",
        "environment = {", "[SM-ENVIRONMENT-KEY-LENGTH]", "is 1025 bytes long");
  }

  @Test
  void tooManyEntries() throws IOException {
    String[] entries = new String[101];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = "\"VAR_" + i + "=x\"";
    }
    BothCompilers compilation = compile(entries);
    compilation.errorCount(1);
    compilation.error("{", "environment = {",
        "[SM-ENVIRONMENT-COUNT] container 2 has 101 environment variables: SageMaker allows at most 100");
  }

  @Test
  void totalSizeOverAllContainers() throws IOException {
    // 40 values of 1000 bytes: each within its limit, together over 32 KB.
    String[] entries = new String[40];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = "\"VAR_" + i + "=" + "v".repeat(1000) + "\"";
    }
    BothCompilers compilation = compile(entries);
    compilation.errorCount(1);
    compilation.error("@SageMakerModel", "@SageMakerModel", "[SM-ENVIRONMENT-TOTAL-SIZE]", "32 KB");
  }
}
