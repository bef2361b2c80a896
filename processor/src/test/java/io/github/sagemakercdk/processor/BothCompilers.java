package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * Compiles annotated sources with the processor under javac and under Eclipse's compiler (processing only), and
 * checks where each error lands: line and column, under each compiler, given as the text the error must point at
 * ({@link #compile}, one source) or as numbers ({@link #assertErrors}, any sources, the processor's errors only).
 */
final class BothCompilers {
  private final List<String> lines;
  private final FileCompilation.Result javac;
  private final FileCompilation.Result ecj;

  private BothCompilers(List<String> lines, FileCompilation.Result javac, FileCompilation.Result ecj) {
    this.lines = lines;
    this.javac = javac;
    this.ecj = ecj;
  }

  /** Processes the source {@code lines} of class {@code qualifiedName} under both compilers; nothing may be written. */
  static BothCompilers compile(Path temp, String qualifiedName, String... lines) throws IOException {
    return compileWithout(temp, null, qualifiedName, lines);
  }

  /**
   * Processes the source {@code lines} of class {@code qualifiedName}, whose file may hold other (valid) annotated
   * classes, under both compilers: {@code notWritten} must not be written (null: nothing may be written at all).
   */
  static BothCompilers compileWithout(Path temp, String notWritten, String qualifiedName, String... lines)
      throws IOException {
    FileCompilation underJavac = new FileCompilation(temp.resolve("javac"));
    FileCompilation underEcj = new FileCompilation(temp.resolve("ecj"));
    underJavac.write(qualifiedName, lines);
    underEcj.write(qualifiedName, lines);
    SageMakerProcessor javacProcessor = new SageMakerProcessor();
    SageMakerProcessor ecjProcessor = new SageMakerProcessor();
    FileCompilation.Result javac =
        underJavac.compile(ToolProvider.getSystemJavaCompiler(), javacProcessor, "-proc:only");
    FileCompilation.Result ecj = underEcj.compile(new EclipseCompiler(), ecjProcessor, "-proc:only");
    if (notWritten == null) {
      assertWithMessage("files written under javac for a model with errors").that(javacProcessor.written()).isEmpty();
      assertWithMessage("files written under ecj for a model with errors").that(ecjProcessor.written()).isEmpty();
    } else {
      assertWithMessage("written under javac").that(javacProcessor.written()).doesNotContain(notWritten);
      assertWithMessage("written under ecj").that(ecjProcessor.written()).doesNotContain(notWritten);
    }
    return new BothCompilers(List.of(lines), javac, ecj);
  }

  /** The error containing {@code message} points at {@code target} under both compilers. */
  BothCompilers errorAt(String message, String target) {
    return errorAt(message, target, target);
  }

  /**
   * The error containing {@code message} points at {@code javacTarget} under javac and {@code ecjTarget} under ecj:
   * the first occurrence of that text in the source gives the line and the column (1-based).
   */
  BothCompilers errorAt(String message, String javacTarget, String ecjTarget) {
    assertPosition("javac", javac, message, javacTarget);
    assertPosition("ecj", ecj, message, ecjTarget);
    return this;
  }

  /** Exactly {@code count} errors under each compiler. */
  BothCompilers errorCount(int count) {
    assertWithMessage("javac errors\n%s", javac.output()).that(javac.errors()).hasSize(count);
    assertWithMessage("ecj errors\n%s", ecj.output()).that(ecj.errors()).hasSize(count);
    return this;
  }

  private void assertPosition(String compiler, FileCompilation.Result result, String message, String target) {
    List<Diagnostic<? extends JavaFileObject>> matching =
        result.errors().stream().filter(d -> d.getMessage(null).contains(message)).toList();
    assertWithMessage("%s errors containing %s\n%s", compiler, message, result.diagnostics())
        .that(matching).hasSize(1);
    Diagnostic<? extends JavaFileObject> error = matching.get(0);
    long[] expected = find(target);
    assertWithMessage("%s line of %s: %s", compiler, message, error).that(error.getLineNumber())
        .isEqualTo(expected[0]);
    assertWithMessage("%s column of %s: %s", compiler, message, error).that(error.getColumnNumber())
        .isEqualTo(expected[1]);
  }

  /** Line and column (both 1-based) of the first occurrence of {@code target}. */
  private long[] find(String target) {
    for (int i = 0; i < lines.size(); i++) {
      int column = lines.get(i).indexOf(target);
      if (column >= 0) {
        return new long[] {i + 1, column + 1};
      }
    }
    throw new AssertionError("no line holds " + target);
  }

  // For checks over several sources, or with the same expectations written as numbers.

  /** Writes the sources of one check into a compilation. */
  interface Sources {
    void write(FileCompilation compilation) throws IOException;
  }

  /**
   * One expected error: the id it starts with, where it stands under javac and under ecj, and what its message says.
   */
  record Expected(String id, int javacLine, int javacColumn, int ecjLine, int ecjColumn, List<String> says) {
    /** The same place under both compilers. */
    static Expected at(String id, int line, int column, String... says) {
      return new Expected(id, line, column, line, column, List.of(says));
    }
  }

  /**
   * Processes the sources ({@code -proc:only}) with both compilers and checks that the processor's errors are exactly
   * the expected ones, each once, at its line and column, and that nothing was generated. (The compilers' own errors,
   * such as the stack type a rejected model never gets, are left to them.)
   */
  static void assertErrors(Path temp, Sources sources, Expected... expected) throws IOException {
    for (String compiler : List.of("javac", "ecj")) {
      FileCompilation compilation = new FileCompilation(temp.resolve(compiler));
      sources.write(compilation);
      SageMakerProcessor processor = new SageMakerProcessor();
      FileCompilation.Result result = compilation.compile(
          compiler.equals("javac") ? ToolProvider.getSystemJavaCompiler() : new EclipseCompiler(), processor,
          "-proc:only");
      boolean javac = compiler.equals("javac");
      for (Expected error : expected) {
        assertWithMessage("%s line of %s\n%s", compiler, error.id(), result.output() + result.errors())
            .that(result.lineOf(error.id())).isEqualTo(javac ? error.javacLine() : error.ecjLine());
        assertWithMessage("%s column of %s\n%s", compiler, error.id(), result.output() + result.errors())
            .that(result.columnOf(error.id())).isEqualTo(javac ? error.javacColumn() : error.ecjColumn());
        String message = result.errors().stream()
            .map(d -> d.getMessage(null)).filter(m -> m.contains(error.id())).findFirst().orElseThrow();
        for (String part : error.says()) {
          assertWithMessage("%s: message of %s", compiler, error.id()).that(message).contains(part);
        }
      }
      List<String> processorErrors = result.errors().stream()
          .map(d -> d.getMessage(null))
          .filter(message -> message.startsWith("[SM-"))
          .toList();
      assertWithMessage("%s: the processor's errors", compiler).that(processorErrors).hasSize(expected.length);
      assertWithMessage("%s: files written", compiler).that(processor.written()).isEmpty();
      assertThat(result.success()).isFalse();
    }
  }

  /** Every warning of the compile that stands in a file under {@code folder}. */
  static List<Diagnostic<? extends JavaFileObject>> warningsIn(FileCompilation.Result result, Path folder) {
    return result.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .filter(d -> d.getSource() != null && Path.of(d.getSource().toUri()).startsWith(folder))
        .toList();
  }
}
