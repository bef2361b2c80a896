package io.github.sagemakercdk.processor;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * Compiles source files on disk through {@code javax.tools} with any compiler (javac or Eclipse's), the
 * processor set on the task, into a temporary folder: for what compile-testing cannot host (Eclipse's compiler,
 * a class output that already holds files).
 */
final class FileCompilation {
  final Path root;
  final Path sources;
  final Path generated;
  final Path classes;
  /** The encoding sources are written and read in (and generated sources written in, as javac's Filer does). */
  final Charset encoding;

  FileCompilation(Path root) throws IOException {
    this(root, StandardCharsets.UTF_8);
  }

  FileCompilation(Path root, Charset encoding) throws IOException {
    this(root, encoding, "generated");
  }

  private FileCompilation(Path root, Charset encoding, String generatedFolder) throws IOException {
    this.root = root;
    this.encoding = encoding;
    this.sources = Files.createDirectories(root.resolve("src"));
    this.generated = Files.createDirectories(root.resolve(generatedFolder));
    this.classes = Files.createDirectories(root.resolve("classes"));
  }

  /** Generated sources go where the classes go ({@code -d out -s out}), as some builds and IDEs set it up. */
  static FileCompilation generatingIntoClassOutput(Path root) throws IOException {
    return new FileCompilation(root, StandardCharsets.UTF_8, "classes");
  }

  /** Writes a source file, its path from its class name. */
  Path write(String qualifiedName, String... lines) throws IOException {
    Path file = sources.resolve(qualifiedName.replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.write(file, List.of(lines), encoding);
    return file;
  }

  /** The outcome of one compile. */
  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {
    List<Diagnostic<? extends JavaFileObject>> errors() {
      return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }

    /** The line of the one error whose message contains {@code text}. */
    long lineOf(String text) {
      return errorContaining(text).getLineNumber();
    }

    /** The column (1-based) of the one error whose message contains {@code text}. */
    long columnOf(String text) {
      return errorContaining(text).getColumnNumber();
    }

    private Diagnostic<? extends JavaFileObject> errorContaining(String text) {
      List<Diagnostic<? extends JavaFileObject>> matching =
          errors().stream().filter(d -> d.getMessage(null).contains(text)).toList();
      if (matching.size() != 1) {
        throw new AssertionError("expected one error containing " + text + ", got " + matching + "\n" + output);
      }
      return matching.get(0);
    }
  }

  /** Compiles every written source with the processor and {@code options} on the test classpath. */
  Result compile(JavaCompiler compiler, Processor processor, String... options) throws IOException {
    try (Stream<Path> walk = Files.walk(sources)) {
      return compile(walk.filter(p -> p.toString().endsWith(".java")).sorted().toList(), compiler, processor, options);
    }
  }

  /** The same for the given sources, handed to the compiler in this order. */
  Result compile(List<Path> javaFiles, JavaCompiler compiler, Processor processor, String... options)
      throws IOException {
    return compile(javaFiles, testClasspath(), compiler, processor, options);
  }

  /**
   * Compiles only the given sources, with the class output of the earlier compiles on the class path: how an
   * IDE or an incremental build recompiles the files that changed.
   */
  Result recompile(List<Path> javaFiles, JavaCompiler compiler, Processor processor, String... options)
      throws IOException {
    return compile(javaFiles, classes + File.pathSeparator + testClasspath(), compiler, processor, options);
  }

  private Result compile(List<Path> javaFiles, String classpath, JavaCompiler compiler, Processor processor,
      String... options) throws IOException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, encoding)) {
      List<String> arguments = new ArrayList<>(List.of(
          "-d", classes.toString(),
          "-s", generated.toString(),
          "-classpath", classpath,
          "-encoding", encoding.name(),
          "-source", "17", "-target", "17",
          "-A" + ProjectDirectory.OPTION + "=" + TestProject.directory()));
      arguments.addAll(List.of(options));
      JavaCompiler.CompilationTask task = compiler.getTask(
          output, files, diagnostics, arguments, null, files.getJavaFileObjectsFromPaths(javaFiles));
      task.setProcessors(List.of(processor));
      boolean success = task.call();
      return new Result(success, diagnostics.getDiagnostics(), output.toString());
    }
  }

  /** Surefire's full test classpath (java.class.path may be a single manifest-only jar). */
  static String testClasspath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  /** The text of a file under the class output, or null. */
  String classOutputFile(String path) throws IOException {
    Path file = classes.resolve(path);
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
  }
}
