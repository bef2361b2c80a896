package io.github.sagemakercdk.processor;

import com.squareup.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * Writes generated source files, also when an earlier build left the type on the class path: rebuilding one model
 * with the earlier output on the class path (an IDE's or an incremental build) must regenerate its stack under
 * javac and ecj alike. javac's Filer allows that; ecj's refuses it, so there {@link EclipseBatchFiler} creates the
 * file. A type that this compile itself declares or generated is still refused, under both compilers.
 */
final class SourceFiles {
  private final Filer filer;
  /** The top-level types of every round so far: this compile's own sources and generated ones. */
  private final Set<String> compiledTypes = new HashSet<>();

  SourceFiles(Filer filer) {
    this.filer = filer;
  }

  /** Called at the start of every round. */
  void startRound(RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        compiledTypes.add(type.getQualifiedName().toString());
      }
    }
  }

  /** Writes the file, in the compiler's encoding; nothing half-written stays behind on a failure. */
  void write(JavaFile file) throws IOException {
    String name = file.packageName.isEmpty() ? file.typeSpec.name : file.packageName + "." + file.typeSpec.name;
    // Formatted before the file is created and written in one call: the Filer's writer (an encoder) gets one
    // string instead of every token of JavaPoet's formatting, and a formatting failure leaves no file behind.
    String text = file.toString();
    JavaFileObject source = create(name, file.typeSpec.originatingElements.toArray(new Element[0]));
    try (Writer writer = source.openWriter()) {
      writer.write(text);
    } catch (IOException | RuntimeException failure) {
      source.delete();
      throw failure;
    }
  }

  private JavaFileObject create(String name, Element[] origins) throws IOException {
    try {
      return filer.createSourceFile(name, origins);
    } catch (FilerException refused) {
      if (compiledTypes.contains(name)) {
        throw refused;
      }
      Optional<JavaFileObject> overClassPath = EclipseBatchFiler.createSourceFile(filer, name);
      if (overClassPath.isEmpty()) {
        throw refused;
      }
      return overClassPath.get();
    }
  }
}
