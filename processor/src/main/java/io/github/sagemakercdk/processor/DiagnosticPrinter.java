package io.github.sagemakercdk.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic.Kind;

/**
 * Prints diagnostics as precisely as the compiler allows: on the source tree where javac's support finds
 * it, else through {@code Messager} with element, annotation mirror and value, which IDEs and Eclipse's
 * compiler use to underline the value.
 *
 * <p>No message is ever lost to a compiler that cannot place it: when {@code Messager} fails on the precise form
 * (Eclipse's compiler throws when an annotation before the one asked for holds an empty array, such as
 * {@code environment = {}}), the message goes out in a coarser one, and says itself which annotation it is about.
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
    try {
      if (compiler.print(Kind.ERROR, diagnostic.message(), site)) {
        return;
      }
    } catch (RuntimeException | LinkageError treesFailed) {
      // The exact place is a nicety; the message must get out anyway.
    }
    // Eclipse's compiler places no message on a record (it names no file at all), so such a message says where.
    boolean record = site.type().getKind() == ElementKind.RECORD;
    String message = record ? located(diagnostic) : diagnostic.message();
    if (site.mirror() == null) {
      if (!printed(() -> messager.printMessage(Kind.ERROR, message, site.element()))) {
        messager.printMessage(Kind.ERROR, located(diagnostic));
      }
      return;
    }
    AnnotationValue value = messagerValue(site);
    if (value != null && printed(() -> messager.printMessage(Kind.ERROR, message, site.type(), site.mirror(), value))) {
      return;
    }
    if (printed(() -> messager.printMessage(Kind.ERROR, message, site.type(), site.mirror()))) {
      return;
    }
    String located = located(diagnostic);
    if (!printed(() -> messager.printMessage(Kind.ERROR, located, site.type()))) {
      messager.printMessage(Kind.ERROR, located);
    }
  }

  /** Whether the compiler took the message: false when its Messager threw on this form. */
  private static boolean printed(Runnable print) {
    try {
      print.run();
      return true;
    } catch (RuntimeException | LinkageError messagerFailed) {
      return false;
    }
  }

  /** The message with the class, annotation, attribute and entry it is about, for when it cannot stand there. */
  private static String located(Diagnostic diagnostic) {
    Site site = diagnostic.site();
    StringBuilder where = new StringBuilder(diagnostic.message()).append(" [in ").append(site.type().getQualifiedName());
    switch (site.annotation().kind()) {
      case NONE -> { }
      case CONTAINER -> where.append(", @Container #").append(site.annotation().occurrence() + 1);
      case HOOK -> where.append(", method ").append(site.method().getSimpleName());
      // Every other annotation by its name, so that a message about it says which one it is.
      default -> where.append(", @").append(site.annotation().kind().simpleName());
    }
    if (site.attribute() != null) {
      where.append(", attribute ").append(site.attribute());
    }
    if (site.entry() >= 0) {
      where.append(", entry ").append(site.entry() + 1);
    }
    return where.append(']').toString();
  }

  /**
   * The value to hand to {@code Messager}. For one entry of an array it is the whole array: Eclipse's compiler
   * matches a value only against the attribute's own value, and would otherwise fall back to the annotation.
   */
  private static AnnotationValue messagerValue(Site site) {
    if (site.entry() < 0 || site.mirror() == null) {
      return site.value();
    }
    AnnotationValue whole = AnnotationValues.written(site.mirror(), site.attribute());
    return whole == null ? site.value() : whole;
  }

  /** For failures that belong to no class. */
  void print(String message) {
    messager.printMessage(Kind.ERROR, message);
  }
}
