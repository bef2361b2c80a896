package io.github.sagemakercdk.processor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
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
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The {@code ServiceLoader} file that lets the runtime's {@code SageMakerApp} find every generated stack.
 *
 * <p>Written once, in the last round, from the factories of this compile merged with those the file already
 * lists in the class output (an incremental build compiles only some classes) that are still built, sorted, so that
 * the same classes always give the same file.
 */
final class ServiceRegistry {
  private static final String FACTORY_SUFFIX = "$Factory";
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

  void write(Filer filer, Elements elements) throws IOException {
    if (factories.isEmpty()) {
      return;
    }
    SortedSet<String> all = new TreeSet<>(factories);
    for (String earlier : existing(filer)) {
      if (stillBuilt(earlier, filer, elements)) {
        all.add(earlier);
      }
    }
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

  /**
   * Whether an earlier build's factory is still there: its class in the class output, or its stack as a type of
   * this compile or its class path. When a model class is deleted, an incremental build deletes its stack with it
   * (the stack's origin); an entry left for it would make ServiceLoader fail on the whole file.
   */
  private static boolean stillBuilt(String factoryBinaryName, Filer filer, Elements elements) {
    int lastDot = factoryBinaryName.lastIndexOf('.');
    String packageName = lastDot < 0 ? "" : factoryBinaryName.substring(0, lastDot);
    String classFile = factoryBinaryName.substring(lastDot + 1) + ".class";
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, packageName, classFile);
      try (InputStream in = file.openInputStream()) {
        return true;
      }
    } catch (IOException | IllegalArgumentException notInTheClassOutput) {
      // Not built into this output: maybe still a type this compile sees.
    }
    String stack = factoryBinaryName.endsWith(FACTORY_SUFFIX)
        ? factoryBinaryName.substring(0, factoryBinaryName.length() - FACTORY_SUFFIX.length())
        : factoryBinaryName;
    return elements.getTypeElement(stack) != null;
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
