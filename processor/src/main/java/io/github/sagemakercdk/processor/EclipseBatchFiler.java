package io.github.sagemakercdk.processor;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Eclipse's batch compiler (ecj) refuses to create a source file for any type it can find, a class file that an
 * earlier build left on the class path included ("Source file already exists", eclipse-jdt/eclipse.jdt.core#1482),
 * where javac refuses only the types of the compile itself. So rebuilding one model with the earlier output on the
 * class path, as IDEs and incremental builds do, failed under ecj. Here the file is created the way ecj's own
 * {@code BatchFilerImpl} creates one, minus that check: ecj compiles it, and when it meets the earlier binary type
 * it restarts with the new source in its place (its "source type collision" path, made for generated types that
 * were looked up before they were generated).
 *
 * <p>That needs ecj's internals (two fields and one public class, unchanged for many releases), by reflection and
 * only when the Filer is ecj's batch Filer. Should they ever differ, nothing is created and ecj's error stands.
 */
final class EclipseBatchFiler {
  private static final String PACKAGE = "org.eclipse.jdt.internal.compiler.apt.dispatch.";
  private static final String BATCH_FILER = PACKAGE + "BatchFilerImpl";
  /** ecj's source file that, once closed, is added to the compile as a new unit. */
  private static final String HOOKED_FILE = PACKAGE + "HookedJavaFileObject";

  private EclipseBatchFiler() {}

  /**
   * A new source file for {@code typeName}, when {@code filer} is ecj's batch Filer; empty otherwise.
   *
   * @throws FilerException when this compile already created that file (as ecj's own check says)
   */
  static Optional<JavaFileObject> createSourceFile(Filer filer, String typeName) throws IOException {
    Class<?> batchFiler = batchFilerClass(filer.getClass());
    if (batchFiler == null) {
      return Optional.empty();
    }
    JavaFileManager files;
    Set<URI> created;
    Constructor<?> hookedFile;
    try {
      files = (JavaFileManager) readField(batchFiler, "_fileManager", filer);
      created = createdFiles(readField(batchFiler, "_createdFiles", filer));
      hookedFile = Class.forName(HOOKED_FILE, true, batchFiler.getClassLoader())
          .getConstructor(JavaFileObject.class, String.class, String.class, batchFiler);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError otherInternals) {
      return Optional.empty();
    }
    JavaFileObject file =
        files.getJavaFileForOutput(StandardLocation.SOURCE_OUTPUT, typeName, JavaFileObject.Kind.SOURCE, null);
    if (created.contains(file.toUri())) {
      throw new FilerException("Source file already created : " + typeName);
    }
    try {
      JavaFileObject hooked = (JavaFileObject) hookedFile.newInstance(file, file.getName(), typeName, filer);
      created.add(file.toUri());
      return Optional.of(hooked);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError otherInternals) {
      return Optional.empty();
    }
  }

  private static Class<?> batchFilerClass(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.getName().equals(BATCH_FILER)) {
        return c;
      }
    }
    return null;
  }

  private static Object readField(Class<?> type, String name, Object instance) throws ReflectiveOperationException {
    Field field = type.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(instance);
  }

  @SuppressWarnings("unchecked") // ecj declares it HashSet<URI>
  private static Set<URI> createdFiles(Object value) {
    if (!(value instanceof Set<?>)) {
      throw new IllegalStateException("ecj's created files are no set: " + value);
    }
    return (Set<URI>) value;
  }
}
