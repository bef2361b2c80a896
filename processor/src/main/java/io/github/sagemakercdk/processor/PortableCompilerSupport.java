package io.github.sagemakercdk.processor;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * For compilers other than javac (Eclipse's, or javac behind a wrapper that hides it): only the portable API.
 * Messages go through {@code Messager}, which such compilers place on the annotation value themselves.
 */
final class PortableCompilerSupport implements CompilerSupport {
  private final Filer filer;

  PortableCompilerSupport(Filer filer) {
    this.filer = filer;
  }

  @Override
  public Optional<Path> sourceFile(TypeElement type) {
    Element enclosing = type.getEnclosingElement();
    if (enclosing == null || enclosing.getKind() != ElementKind.PACKAGE) {
      return Optional.empty();
    }
    String packageName = ((PackageElement) enclosing).getQualifiedName().toString();
    try {
      FileObject source = filer.getResource(StandardLocation.SOURCE_PATH, packageName, type.getSimpleName() + ".java");
      URI uri = source.toUri();
      if (!"file".equals(uri.getScheme())) {
        return Optional.empty();
      }
      Path path = Path.of(uri);
      return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    } catch (Exception noSourcePath) {
      // Compilers without a source path throw here: the caller falls back to the working directory.
      return Optional.empty();
    }
  }

  @Override
  public boolean print(Kind kind, String message, Site site) {
    return false;
  }
}
