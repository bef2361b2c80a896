package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link DeterminismTest} checks on the golden models, at scale and across builds: over a hundred models in
 * one compile (every reference form, pipelines of 15, unicode everywhere, one model with 1500 environment
 * variables), the generated sources and the service file are the same bytes whatever the order of the sources,
 * the folders the build writes to, the compiler (javac or ecj), and whether the build is full or incremental.
 */
class BuildDeterminismTest {
  private static final long SEED = 4_242L;
  private static final int MODELS = 80;

  /** Valid models from the fuzz generator (each class name once), and one as wide as SageMaker allows. */
  private static List<FuzzCase> models() {
    FuzzGenerator generator = new FuzzGenerator(SEED, TestProject.directory());
    List<FuzzCase> models = new ArrayList<>(List.of(widest()));
    Set<String> names = new HashSet<>(Set.of(widest().className()));
    for (int i = 0; models.size() < MODELS; i++) {
      FuzzCase c = generator.generate(i);
      if (c.encoding().equals("UTF-8") && FuzzOracle.expectations(c).isEmpty() && names.add(c.className())) {
        models.add(c);
      }
    }
    return models;
  }

  /** 15 containers of 100 environment variables each, their names in no sorted order. */
  private static FuzzCase widest() {
    List<FuzzCase.Container> containers = new ArrayList<>();
    for (int k = 1; k <= FuzzOracle.MAX_CONTAINERS; k++) {
      List<FuzzValue> environment = new ArrayList<>();
      for (int e = 0; e < FuzzOracle.MAX_ENTRIES; e++) {
        environment.add(FuzzValue.valid("KEY_" + (e * 37 % 100) + "=v" + e + "\u00e9\u4e2d"));
      }
      containers.add(new FuzzCase.Container(FuzzValue.valid("ecr:repository" + k + ":1"), null,
          FuzzValue.valid("host" + k), environment, FuzzOracle.MAX_CONTAINERS + 1 - k));
    }
    return new FuzzCase(-1, "UTF-8", "fuzz.wide", "Widest", FuzzCase.Kind.CLASS,
        new FuzzCase.ModelAnnotation(FuzzValue.valid("widest"), true, 0), containers, FuzzCase.Style.REPEATED, 1L);
  }

  @Test
  void sourceOrderAndOutputFoldersChangeNoByte(@TempDir Path temp) throws IOException {
    List<FuzzCase> models = models();
    Map<String, byte[]> forward = build(temp.resolve("first"), models, false, ToolProvider.getSystemJavaCompiler());
    Map<String, byte[]> backward =
        build(temp.resolve("second/elsewhere"), models, true, ToolProvider.getSystemJavaCompiler());

    long shadowModels = models.stream().filter(c -> c.hosting().candidate() != null).count();
    // The stacks (the class a shadow variant names has its own) and the service file.
    assertThat(forward).hasSize(MODELS + (int) shadowModels + 1);
    assertSameBytes(forward, backward);
  }

  @Test
  void eclipseCompilerGeneratesTheBytesJavacDoes(@TempDir Path temp) throws IOException {
    List<FuzzCase> models = models();
    assertSameBytes(build(temp.resolve("javac"), models, false, ToolProvider.getSystemJavaCompiler()),
        build(temp.resolve("ecj"), models, true, new EclipseCompiler()));
  }

  /** An incremental build compiles a few models again, into the class output of the full build. */
  @Test
  void anIncrementalBuildRewritesTheSameStacksAndServiceFile(@TempDir Path temp) throws IOException {
    List<FuzzCase> models = models();
    FileCompilation compilation = new FileCompilation(temp);
    Map<String, byte[]> full = build(compilation, models, false, ToolProvider.getSystemJavaCompiler());

    try (Stream<Path> files = Files.walk(compilation.sources)) {
      for (Path source : files.filter(Files::isRegularFile).toList()) {
        Files.delete(source);
      }
    }
    Map<String, byte[]> incremental =
        build(compilation, models.subList(0, 3), false, ToolProvider.getSystemJavaCompiler());

    assertSameBytes(full, incremental);
  }

  private static Map<String, byte[]> build(Path root, List<FuzzCase> models, boolean reversed, JavaCompiler compiler)
      throws IOException {
    return build(new FileCompilation(root), models, reversed, compiler);
  }

  /** Compiles the models, every stack too; the generated sources (whole folder) and the service file, by path. */
  private static Map<String, byte[]> build(FileCompilation compilation, List<FuzzCase> models, boolean reversed,
      JavaCompiler compiler) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (FuzzCase model : models) {
      sources.add(compilation.write(model.fileTypeName(), FuzzSource.render(model).lines().toArray(new String[0])));
    }
    if (reversed) {
      Collections.reverse(sources);
    }
    FileCompilation.Result result = compilation.compile(sources, compiler, new SageMakerProcessor());
    assertWithMessage(result.output() + result.errors()).that(result.success()).isTrue();

    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> generated = Files.walk(compilation.generated)) {
      for (Path file : generated.filter(Files::isRegularFile).toList()) {
        files.put(compilation.generated.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    files.put(GeneratedTypes.SERVICE_FILE, Files.readAllBytes(compilation.classes.resolve(GeneratedTypes.SERVICE_FILE)));
    return files;
  }

  /** Every file of {@code actual} is in {@code expected}, byte for byte, and the service files are equal. */
  private static void assertSameBytes(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    if (actual.size() == expected.size()) {
      assertThat(actual.keySet()).containsExactlyElementsIn(expected.keySet());
    }
    for (Map.Entry<String, byte[]> file : actual.entrySet()) {
      assertWithMessage("%s", file.getKey()).that(expected).containsKey(file.getKey());
      byte[] wanted = expected.get(file.getKey());
      assertWithMessage("text of %s", file.getKey())
          .that(new String(file.getValue(), StandardCharsets.UTF_8))
          .isEqualTo(new String(wanted, StandardCharsets.UTF_8));
      assertWithMessage("bytes of %s", file.getKey()).that(Arrays.equals(file.getValue(), wanted)).isTrue();
    }
  }
}
