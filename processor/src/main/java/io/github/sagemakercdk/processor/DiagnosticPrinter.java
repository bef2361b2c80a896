package io.github.sagemakercdk.processor;

import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic.Kind;

/**
 * Prints diagnostics as precisely as the compiler allows: on the source tree where javac's support finds
 * it, else through {@code Messager} with element, annotation mirror and value, which IDEs and Eclipse's
 * compiler use to underline the value.
 */
final class DiagnosticPrinter {
  private final Messager messager;
  private final CompilerSupport compiler;

  DiagnosticPrinter(Messager messager, CompilerSupport compiler) {
    this.messager = messager;
    this.compiler = compiler;
  }

  void print(Diagnostic diagnostic) {
    Site site = diagnostic.site();
    String message = diagnostic.message();
    try {
      if (compiler.print(Kind.ERROR, message, site)) {
        return;
      }
    } catch (RuntimeException | LinkageError treesFailed) {
      // The exact place is a nicety; the message must get out anyway.
    }
    AnnotationValue value = messagerValue(site);
    if (site.mirror() == null) {
      messager.printMessage(Kind.ERROR, message, site.type());
    } else if (value == null) {
      messager.printMessage(Kind.ERROR, message, site.type(), site.mirror());
    } else {
      messager.printMessage(Kind.ERROR, message, site.type(), site.mirror(), value);
    }
  }

  /**
   * The value to hand to {@code Messager}. For one entry of an array it is the whole array: Eclipse's compiler
   * matches a value only against the attribute's own value, and would otherwise fall back to the annotation.
   */
  private static AnnotationValue messagerValue(Site site) {
    if (site.entry() < 0 || site.mirror() == null) {
      return site.value();
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> written
        : site.mirror().getElementValues().entrySet()) {
      if (written.getKey().getSimpleName().contentEquals(site.attribute())) {
        return written.getValue();
      }
    }
    return site.value();
  }

  /** For failures that belong to no class. */
  void print(String message) {
    messager.printMessage(Kind.ERROR, message);
  }
}
