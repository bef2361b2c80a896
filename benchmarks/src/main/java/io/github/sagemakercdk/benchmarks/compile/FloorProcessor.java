package io.github.sagemakercdk.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * The compilation benchmark's floor: a processor that claims the same annotations as the real one and writes
 * exactly the files a run of the real one wrote (read from the folder given as {@code -Abench.floor=<dir>}:
 * {@code generated/} for sources, {@code classes/META-INF/services/} for the service file), in the same rounds,
 * and does nothing else. What the real processor costs beyond this is the cost of reading, checking and
 * generating.
 */
public final class FloorProcessor extends AbstractProcessor {
  static final String OPTION = "bench.floor";
  private static final String SERVICE_FILE = "META-INF/services/io.github.sagemakercdk.ModelStackFactory";

  private boolean sourcesWritten;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("io.github.sagemakercdk.annotations.SageMakerModel", "io.github.sagemakercdk.annotations.Container",
        "io.github.sagemakercdk.annotations.Containers");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Path reference = Path.of(processingEnv.getOptions().get(OPTION));
    try {
      if (!sourcesWritten) {
        sourcesWritten = true;
        writeSources(reference.resolve("generated"));
      }
      if (round.processingOver()) {
        FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", SERVICE_FILE);
        copy(reference.resolve("classes").resolve(SERVICE_FILE), file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }

  private void writeSources(Path root) throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(root)) {
      sources = files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
    }
    for (Path source : sources) {
      String relative = root.relativize(source).toString();
      String name = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
      JavaFileObject file = processingEnv.getFiler().createSourceFile(name);
      copy(source, file);
    }
  }

  private static void copy(Path from, FileObject to) throws IOException {
    try (Writer writer = to.openWriter()) {
      writer.write(Files.readString(from, StandardCharsets.UTF_8));
    }
  }
}
