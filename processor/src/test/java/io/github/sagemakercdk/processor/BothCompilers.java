package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
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
  /** Every source of the compile, by class name. */
  private final Map<String, List<String>> sources;
  private final List<String> lines;
  /** The path of the file under test, from its source folder: the errors checked must stand in it. */
  private final String file;
  private final FileCompilation.Result javac;
  private final FileCompilation.Result ecj;
  private final SageMakerProcessor javacWrote;
  private final SageMakerProcessor ecjWrote;

  private BothCompilers(Map<String, List<String>> sources, String qualifiedName, FileCompilation.Result javac,
      FileCompilation.Result ecj, SageMakerProcessor javacWrote, SageMakerProcessor ecjWrote) {
    this.sources = sources;
    this.lines = sources.get(qualifiedName);
    this.file = qualifiedName.replace('.', '/') + ".java";
    this.javac = javac;
    this.ecj = ecj;
    this.javacWrote = javacWrote;
    this.ecjWrote = ecjWrote;
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
    return compileBeside(temp, notWritten, Map.of(), qualifiedName, lines);
  }

  /**
   * Processes class {@code test.<simpleName>}: the package, the annotations' import, the {@code annotationLines} and
   * {@code public class <simpleName> {}}, the frame every diagnostic test's source shares. Nothing may be written.
   */
  static BothCompilers compileClass(Path temp, String simpleName, List<String> annotationLines) throws IOException {
    List<String> lines = new ArrayList<>(List.of("package test;", Compilations.IMPORTS));
    lines.addAll(annotationLines);
    lines.add("public class " + simpleName + " {}");
    return compile(temp, "test." + simpleName, lines.toArray(new String[0]));
  }

  /**
   * A valid model around the {@code lines} (annotations): {@code @SageMakerModel} unless a line gives it, and one
   * container, then the lines.
   */
  static List<String> modelWith(String... lines) {
    List<String> model = new ArrayList<>();
    if (Stream.of(lines).noneMatch(line -> line.startsWith("@SageMakerModel"))) {
      model.add("@SageMakerModel");
    }
    model.add("@Container(image = \"ecr:serve:1\")");
    model.addAll(List.of(lines));
    return model;
  }

  /**
   * Processes the source {@code lines} of class {@code qualifiedName} beside {@code others} (qualified names to their
   * lines), whose positions are not checked: {@code notWritten} must not be written (null: nothing may be written).
   */
  static BothCompilers compileBeside(Path temp, String notWritten, Map<String, List<String>> others,
      String qualifiedName, String... lines) throws IOException {
    FileCompilation underJavac = new FileCompilation(temp.resolve("javac"));
    FileCompilation underEcj = new FileCompilation(temp.resolve("ecj"));
    for (FileCompilation compilation : List.of(underJavac, underEcj)) {
      compilation.write(qualifiedName, lines);
      for (Map.Entry<String, List<String>> other : new TreeMap<>(others).entrySet()) {
        compilation.write(other.getKey(), other.getValue().toArray(new String[0]));
      }
    }
    SageMakerProcessor javacProcessor = new SageMakerProcessor();
    SageMakerProcessor ecjProcessor = new SageMakerProcessor();
    FileCompilation.Result javac =
        underJavac.compile(ToolProvider.getSystemJavaCompiler(), javacProcessor, "-proc:only", TestProject.option());
    FileCompilation.Result ecj =
        underEcj.compile(new EclipseCompiler(), ecjProcessor, "-proc:only", TestProject.option());
    if (notWritten == null) {
      assertWithMessage("files written under javac for a model with errors").that(javacProcessor.written()).isEmpty();
      assertWithMessage("files written under ecj for a model with errors").that(ecjProcessor.written()).isEmpty();
    } else {
      assertWithMessage("written under javac").that(javacProcessor.written()).doesNotContain(notWritten);
      assertWithMessage("written under ecj").that(ecjProcessor.written()).doesNotContain(notWritten);
    }
    Map<String, List<String>> sources = new TreeMap<>(others);
    sources.put(qualifiedName, List.of(lines));
    return new BothCompilers(sources, qualifiedName, javac, ecj, javacProcessor, ecjProcessor);
  }

  /** The same compile, its errors checked in the source of {@code qualifiedName}, one of the others. */
  BothCompilers inFile(String qualifiedName) {
    return new BothCompilers(sources, qualifiedName, javac, ecj, javacWrote, ecjWrote);
  }

  /** No two errors say the same, under either compiler: each problem is reported once. */
  BothCompilers eachOnce() {
    for (FileCompilation.Result result : List.of(javac, ecj)) {
      assertWithMessage("%s: messages", result == javac ? "javac" : "ecj")
          .that(result.errors().stream().map(d -> d.getMessage(null)).toList()).containsNoDuplicates();
    }
    return this;
  }

  /** The processor wrote exactly {@code names}, in order, under each compiler. */
  BothCompilers wrote(String... names) {
    assertWithMessage("written under javac").that(javacWrote.written()).containsExactlyElementsIn(names).inOrder();
    assertWithMessage("written under ecj").that(ecjWrote.written()).containsExactlyElementsIn(names).inOrder();
    return this;
  }

  /** The error containing {@code message} points at {@code target} under both compilers. */
  BothCompilers errorAt(String message, String target) {
    return errorAt(message, target, target);
  }

  /**
   * The error containing {@code message} points at {@code javacTarget} under javac and {@code ecjTarget} under ecj:
   * the first occurrence of that text in the source gives the line and the column (1-based; see {@link #find}). A
   * null target: the compiler gives the error no place.
   */
  BothCompilers errorAt(String message, String javacTarget, String ecjTarget) {
    assertPosition("javac", javac, message, javacTarget);
    assertPosition("ecj", ecj, message, ecjTarget);
    return this;
  }

  /**
   * The one error containing {@code first} and each of {@code more} points at {@code javacTarget} under javac and at
   * {@code ecjTarget} under ecj (see {@link #errorAt(String, String, String)}).
   */
  BothCompilers error(String javacTarget, String ecjTarget, String first, String... more) {
    return errorAt(first, javacTarget, ecjTarget).errorSays(first, more);
  }

  /** Under javac only, the one error containing {@code message} points at {@code target}: a compiler's own error. */
  BothCompilers javacErrorAt(String message, String target) {
    assertPosition("javac", javac, message, target);
    return this;
  }

  /** The one error containing {@code message} says each of {@code parts} too, under both compilers. */
  BothCompilers errorSays(String message, String... parts) {
    for (FileCompilation.Result result : List.of(javac, ecj)) {
      String compiler = result == javac ? "javac" : "ecj";
      String whole = result.errors().stream().map(d -> d.getMessage(null)).filter(m -> m.contains(message))
          .findFirst().orElseThrow(() -> new AssertionError(compiler + ": no error containing " + message));
      for (String part : parts) {
        assertWithMessage("%s: the error containing %s", compiler, message).that(whole).contains(part);
      }
    }
    return this;
  }

  /** No error stands on the line of {@code target}, under either compiler. */
  BothCompilers noErrorOnLineOf(String target) {
    long line = find(target)[0];
    for (FileCompilation.Result result : List.of(javac, ecj)) {
      for (Diagnostic<? extends JavaFileObject> error : result.errors()) {
        assertWithMessage("%s: error on the line of %s", result == javac ? "javac" : "ecj", target)
            .that(error.getLineNumber()).isNotEqualTo(line);
      }
    }
    return this;
  }

  /** Every error stands on the line of one of {@code targets}, under both compilers. */
  BothCompilers errorsOnlyOnLinesOf(String... targets) {
    List<Long> lines = Stream.of(targets).map(target -> find(target)[0]).toList();
    for (FileCompilation.Result result : List.of(javac, ecj)) {
      for (Diagnostic<? extends JavaFileObject> error : result.errors()) {
        assertWithMessage("%s: line of %s", result == javac ? "javac" : "ecj", error.getMessage(null))
            .that(lines).contains(error.getLineNumber());
      }
    }
    return this;
  }

  /** The one error containing {@code message} does not say {@code absent}, under either compiler. */
  BothCompilers errorDoesNotSay(String message, String absent) {
    for (FileCompilation.Result result : List.of(javac, ecj)) {
      result.errors().stream().map(d -> d.getMessage(null)).filter(m -> m.contains(message))
          .forEach(m -> assertWithMessage("the error containing %s", message).that(m).doesNotContain(absent));
    }
    return this;
  }

  /** Exactly {@code javacCount} errors under javac and {@code ecjCount} under ecj (where their own checks differ). */
  BothCompilers errorCounts(int javacCount, int ecjCount) {
    assertWithMessage("javac errors\n%s", javac.output()).that(javac.errors()).hasSize(javacCount);
    assertWithMessage("ecj errors\n%s", ecj.output()).that(ecj.errors()).hasSize(ecjCount);
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
    if (target == null) {
      // The compiler places this error nowhere (ecj on a record); the message then says where itself.
      assertWithMessage("%s line of %s: %s", compiler, message, error).that(error.getLineNumber()).isAtMost(0L);
      return;
    }
    assertWithMessage("%s file of %s: %s", compiler, message, error).that(error.getSource().toUri().getPath())
        .endsWith(file);
    long[] expected = find(target);
    assertWithMessage("%s line of %s: %s", compiler, message, error).that(error.getLineNumber())
        .isEqualTo(expected[0]);
    assertWithMessage("%s column of %s: %s", compiler, message, error).that(error.getColumnNumber())
        .isEqualTo(expected[1]);
  }

  /**
   * Line and column (both 1-based) of the first occurrence of {@code target}; in a target written {@code "text|rest"}
   * the {@code |} marks the column, in the first line holding the text around it (for a value that stands earlier in
   * the source too).
   */
  private long[] find(String target) {
    int mark = target.indexOf('|');
    String text = mark < 0 ? target : target.substring(0, mark) + target.substring(mark + 1);
    for (int i = 0; i < lines.size(); i++) {
      int column = lines.get(i).indexOf(text);
      if (column >= 0) {
        return new long[] {i + 1, column + 1 + Math.max(mark, 0)};
      }
    }
    throw new AssertionError("no line holds " + text);
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
