package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every annotated model the README shows compiles with the processor, against the project folder
 * src/test/resources/readme-project (which holds the Docker folders and archives the snippets' {@code asset:}
 * paths name), and every compiler
 * output it shows is exactly what javac prints for the source shown just before it.
 *
 * <p>The rules, for each ```java block that has a line starting with {@code @SageMakerModel}:
 * <ul>
 *   <li>a block right after the line {@value Readme#PARTIAL} is a fragment (an attribute shown alone): excluded,
 *       and counted;
 *   <li>a block that starts with {@code package} is one complete source file, compiled as it is; any other block is
 *       cut before each line starting with {@code @SageMakerModel}, and each model gets {@link #HEADER};
 *   <li>a block whose next fenced block is a ```text block of {@code file:line: error: message} entries is the
 *       source of those errors: it must be complete (line numbers count), must fail, and javac's errors, printed as
 *       javac prints them (file, line, message, the source line, a caret under the column), must be that text.
 *       Every other model block must compile with no error.
 * </ul>
 */
class ReadmeSnippetsTest {
  /** What a fragment of the README leaves out: its package and the imports its code needs. */
  static final String HEADER = String.join("\n",
      "package com.acme;",
      "",
      "import io.github.sagemakercdk.annotations.*;",
      "import software.amazon.awscdk.Duration;",
      "import software.amazon.awscdk.services.cloudwatch.*;",
      "");

  private static final Pattern CLASS = Pattern.compile("(?m)^public class (\\w+)");
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);");
  private static final Pattern ERROR = Pattern.compile("(?m)^src/\\S+\\.java:\\d+: error: ");

  private static final Readme README = Readme.read();
  private static final String PROJECT =
      "-A" + ProjectDirectory.OPTION + "=" + TestProject.directory().resolveSibling("readme-project");

  private static boolean declaresModel(Readme.Block block) {
    return block.language().equals("java") && block.text().lines().anyMatch(l -> l.startsWith("@SageMakerModel"));
  }

  private static boolean isErrorOutput(Readme.Block block) {
    return block.language().equals("text") && ERROR.matcher(block.text()).find();
  }

  /** The model blocks, each with the error output that follows it, or null. */
  private static List<Snippet> snippets() {
    List<Snippet> snippets = new ArrayList<>();
    List<Readme.Block> blocks = README.blocks;
    for (int i = 0; i < blocks.size(); i++) {
      if (declaresModel(blocks.get(i))) {
        Readme.Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
        snippets.add(new Snippet(blocks.get(i), next != null && isErrorOutput(next) ? next : null));
      }
    }
    return snippets;
  }

  private record Snippet(Readme.Block block, Readme.Block errors) {}

  @Test
  void everyErrorOutputFollowsItsSource() {
    List<Readme.Block> blocks = README.blocks;
    for (int i = 0; i < blocks.size(); i++) {
      if (isErrorOutput(blocks.get(i))) {
        assertWithMessage("the error output at %s follows no model source", blocks.get(i).where())
            .that(i > 0 && declaresModel(blocks.get(i - 1)) && !blocks.get(i - 1).partial()).isTrue();
      }
    }
  }

  @Test
  void countsWhatItChecks() {
    List<Snippet> snippets = snippets();
    long partial = snippets.stream().filter(s -> s.block().partial()).count();
    long failing = snippets.stream().filter(s -> s.errors() != null).count();
    long compiled = snippets.size() - partial - failing;
    System.out.printf(Locale.ROOT, "README: %d model snippets compiled, %d error outputs checked, %d fragments"
        + " excluded (%s)%n", compiled, failing, partial, Readme.PARTIAL);
    assertWithMessage("model snippets compiled").that(compiled).isAtLeast(9L);
    assertWithMessage("error outputs checked").that(failing).isAtLeast(2L);
    for (Snippet snippet : snippets) {
      if (snippet.block().partial()) {
        assertWithMessage("%s is marked partial but declares a class", snippet.block().where())
            .that(CLASS.matcher(snippet.block().text()).find()).isFalse();
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> modelSnippets() {
    return snippets().stream().filter(s -> !s.block().partial()).map(s -> DynamicTest.dynamicTest(
        s.block().where(), () -> {
          if (s.errors() == null) {
            assertCompiles(s.block());
          } else {
            assertErrors(s.block(), s.errors());
          }
        }));
  }

  private static void assertCompiles(Readme.Block block) {
    List<JavaFileObject> sources = new ArrayList<>();
    if (block.text().startsWith("package ")) {
      sources.add(complete(block));
    } else {
      for (String model : block.text().split("(?m)^(?=@SageMakerModel)")) {
        if (!model.isBlank()) {
          sources.add(JavaFileObjects.forSourceString("com.acme." + className(block, model), HEADER + model));
        }
      }
    }
    Compilation compilation = compile(sources);
    assertWithMessage("errors compiling the snippet at %s", block.where())
        .that(compilation.errors().stream().map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).toList())
        .isEmpty();
  }

  private static void assertErrors(Readme.Block block, Readme.Block errors) {
    assertWithMessage("the source of the errors at %s must be a complete file (it starts with package)",
        errors.where()).that(block.text().startsWith("package ")).isTrue();
    Matcher pkg = PACKAGE.matcher(block.text());
    pkg.find();
    String file = "src/" + pkg.group(1).replace('.', '/') + "/" + className(block, block.text()) + ".java";
    List<String> lines = block.text().lines().toList();
    Compilation compilation = compile(List.of(complete(block)));
    String printed = compilation.errors().stream()
        .map(d -> print(file, lines, d))
        .collect(Collectors.joining("\n"));
    assertWithMessage("javac's errors for the source at %s, as the README shows them at %s", block.where(),
        errors.where()).that(printed).isEqualTo(errors.text());
  }

  /**
   * One error as javac prints it: position and the message's first line, the source line, a caret under the
   * column, then the message's other lines (such as a missing symbol's {@code symbol:} and {@code location:}).
   */
  private static String print(String file, List<String> lines, Diagnostic<? extends JavaFileObject> error) {
    int line = (int) error.getLineNumber();
    String[] message = error.getMessage(Locale.ROOT).split("\n", 2);
    return file + ":" + line + ": error: " + message[0] + "\n" + lines.get(line - 1) + "\n"
        + " ".repeat((int) error.getColumnNumber() - 1) + "^" + (message.length > 1 ? "\n" + message[1] : "");
  }

  private static JavaFileObject complete(Readme.Block block) {
    Matcher pkg = PACKAGE.matcher(block.text());
    pkg.find();
    return JavaFileObjects.forSourceString(pkg.group(1) + "." + className(block, block.text()), block.text());
  }

  private static String className(Readme.Block block, String text) {
    Matcher matcher = CLASS.matcher(text);
    assertWithMessage("a model of the snippet at %s declares no public class (mark a fragment %s)", block.where(),
        Readme.PARTIAL).that(matcher.find()).isTrue();
    return matcher.group(1);
  }

  /** A full compile, generated stacks included, as a user's build runs it. */
  private static Compilation compile(List<JavaFileObject> sources) {
    return javac().withProcessors(new SageMakerProcessor()).withOptions(PROJECT).compile(sources);
  }
}
