package io.github.sagemakercdk.processor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The {@code ServiceLoader} file that lets the runtime's {@code SageMakerApp} find every generated stack.
 *
 * <p>Written once, in the last round, from the factories of this compile merged with those the file already
 * lists in the class output (an incremental build compiles only some classes), sorted, so that the same
 * classes always give the same file.
 */
final class ServiceRegistry {
  private final SortedSet<String> factories = new TreeSet<>();
  private final List<TypeElement> origins = new ArrayList<>();

  /** A generated stack's factory, by binary name ({@code com.acme.ChurnPipelineStack$Factory}). */
  void add(String factoryBinaryName, TypeElement origin) {
    factories.add(factoryBinaryName);
    origins.add(origin);
  }

  boolean isEmpty() {
    return factories.isEmpty();
  }

  void write(Filer filer) throws IOException {
    if (factories.isEmpty()) {
      return;
    }
    SortedSet<String> all = new TreeSet<>(existing(filer));
    all.addAll(factories);
    FileObject file = filer.createResource(
        StandardLocation.CLASS_OUTPUT, "", GeneratedTypes.SERVICE_FILE, origins.toArray(new TypeElement[0]));
    // ServiceLoader reads UTF-8 only, whatever encoding the compiler reads and writes sources in.
    try (Writer writer = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
      for (String factory : all) {
        writer.write(factory);
        writer.write('\n');
      }
    }
  }

  /** The factories a previous build listed; none when there is no such file yet. */
  private static SortedSet<String> existing(Filer filer) {
    SortedSet<String> listed = new TreeSet<>();
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", GeneratedTypes.SERVICE_FILE);
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(file.openInputStream(), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String entry = line.replaceFirst("#.*", "").strip();
          if (!entry.isEmpty()) {
            listed.add(entry);
          }
        }
      }
    } catch (IOException | IllegalArgumentException noFileYet) {
      // The first build: nothing to merge.
    }
    return listed;
  }
}
