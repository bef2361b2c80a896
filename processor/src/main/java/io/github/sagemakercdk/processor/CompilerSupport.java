package io.github.sagemakercdk.processor;

import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.Diagnostic.Kind;

/**
 * What the processor needs beyond the portable annotation-processing API, which only some compilers give:
 * where a class's source file is, and placing a message on the exact source tree of an annotation value.
 *
 * <p>{@link #detect} picks javac's implementation when the compiler is javac (also behind a wrapped
 * environment), and the portable one otherwise, without ever loading javac's classes elsewhere.
 */
interface CompilerSupport {

  /** The class's source file, when the compiler can tell. */
  Optional<Path> sourceFile(javax.lang.model.element.TypeElement type);

  /**
   * Prints the message on the source tree of the site; false when this compiler cannot, and the caller
   * falls back to {@code Messager}.
   */
  boolean print(Kind kind, String message, Site site);

  /** javac's support when it works here, else the portable one. */
  static CompilerSupport detect(ProcessingEnvironment environment) {
    Optional<CompilerSupport> direct = javac(environment);
    if (direct.isPresent()) {
      return direct.get();
    }
    for (ProcessingEnvironment candidate : EnvironmentUnwrapper.candidates(environment)) {
      Optional<CompilerSupport> wrapped = javac(candidate);
      if (wrapped.isPresent()) {
        return wrapped.get();
      }
    }
    return new PortableCompilerSupport(environment.getFiler());
  }

  private static Optional<CompilerSupport> javac(ProcessingEnvironment environment) {
    try {
      // By name, so that no class of com.sun.source is linked unless javac is really there.
      Class<?> javac = Class.forName(
          "io.github.sagemakercdk.processor.JavacCompilerSupport", true, CompilerSupport.class.getClassLoader());
      return Optional.of(
          (CompilerSupport) javac.getDeclaredConstructor(ProcessingEnvironment.class).newInstance(environment));
    } catch (ReflectiveOperationException | LinkageError | RuntimeException notJavac) {
      // Trees.instance refuses anything but javac's own environment (Eclipse's, a wrapper's).
      return Optional.empty();
    }
  }
}
