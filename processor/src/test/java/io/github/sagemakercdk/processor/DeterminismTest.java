package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The same annotations give the same bytes, whatever order the compiler is given the sources in. */
class DeterminismTest {

  @Test
  void twoCompilesGiveByteIdenticalOutput() throws IOException {
    // A file holding two annotated classes (a model and its host) is the source of two cases: compiled once.
    List<JavaFileObject> sources = GoldenModels.ALL.stream().map(GoldenModels.Case::source).distinct()
        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    Map<String, byte[]> first = generated(Compilations.compile(sources.toArray(new JavaFileObject[0])));
    List<JavaFileObject> reversed = new ArrayList<>(sources);
    Collections.reverse(reversed);
    Map<String, byte[]> second = generated(Compilations.compile(reversed.toArray(new JavaFileObject[0])));

    assertThat(first.keySet()).containsExactlyElementsIn(second.keySet());
    // The stacks, the stack of the shadow candidate's class (com.acme.Candidate, beside Shadowed), the service file.
    assertThat(first).hasSize(GoldenModels.ALL.size() + 2);
    for (String file : first.keySet()) {
      assertThat(second.get(file)).isEqualTo(first.get(file));
    }
  }

  /** Generated sources and resources (not class files, whose bytes are javac's business), by name. */
  private static Map<String, byte[]> generated(Compilation compilation) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, byte[]> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        continue;
      }
      try (InputStream in = file.openInputStream()) {
        files.put(file.toUri().toString(), in.readAllBytes());
      }
    }
    return files;
  }
}
