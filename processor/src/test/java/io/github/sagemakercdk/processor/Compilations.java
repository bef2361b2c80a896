package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor, the way a user's build would, against the test project. */
final class Compilations {
  static final String IMPORTS = "import io.github.sagemakercdk.annotations.*;";

  private Compilations() {}

  /** One source file, {@code lines} joined; the class name gives the file name. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** Compiles fully: generated stacks are compiled too, so the runtime must be on the classpath. */
  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new SageMakerProcessor()).withOptions(TestProject.option()).compile(sources);
  }

  /** Runs the processor only, for models that must fail: their tests need no runtime. */
  static Compilation process(SageMakerProcessor processor, JavaFileObject... sources) {
    return javac().withProcessors(processor).withOptions(TestProject.option(), "-proc:only").compile(sources);
  }

  /**
   * Processes the sources, which must fail, and checks that the processor wrote nothing (compile-testing shows
   * no generated files of a failed compile, so the processor's own record is asked).
   */
  static Compilation failing(JavaFileObject... sources) {
    SageMakerProcessor processor = new SageMakerProcessor();
    Compilation compilation = process(processor, sources);
    assertThat(compilation).failed();
    assertWithMessage("files written for a model with errors").that(processor.written()).isEmpty();
    return compilation;
  }
}
