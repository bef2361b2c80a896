package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rebuilding one changed model alone, with the earlier output on the class path ({@code -cp out -d out A.java}),
 * as an IDE or an incremental build does: its stack is generated and compiled again from the changed annotations,
 * and the service file still lists every model. ecj's Filer used to refuse this ("Source file already exists",
 * because the earlier stack is on the class path; see {@link EclipseBatchFiler}), javac's always allowed it.
 */
class OneFileRebuildTest {

  /** javac and ecj, each with generated sources in their own folder and in the class output. */
  static Stream<Arguments> compilersAndLayouts() {
    return Stream.of(
        Arguments.of("javac", false), Arguments.of("javac", true),
        Arguments.of("ecj", false), Arguments.of("ecj", true));
  }

  static Stream<Arguments> compilers() {
    return Stream.of(Arguments.of("javac"), Arguments.of("ecj"));
  }

  private static JavaCompiler compiler(String name) {
    return name.equals("ecj") ? new EclipseCompiler() : ToolProvider.getSystemJavaCompiler();
  }

  private static FileCompilation compilation(Path root, boolean generatedIntoClassOutput) throws IOException {
    return generatedIntoClassOutput ? FileCompilation.generatingIntoClassOutput(root) : new FileCompilation(root);
  }

  private static Path writeChurn(FileCompilation compilation, String repository, String... body) throws IOException {
    String[] head = {
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel(name = \"churn\")",
      "@Container(image = \"ecr:" + repository + ":1\")",
      "public class Churn {"};
    String[] lines = Stream.concat(Stream.concat(Stream.of(head), Stream.of(body)), Stream.of("}"))
        .toArray(String[]::new);
    return compilation.write("com.acme.Churn", lines);
  }

  private static Path writeFraud(FileCompilation compilation) throws IOException {
    return compilation.write("com.acme.Fraud",
        "package com.acme;",
        IMPORTS,
        "@SageMakerModel(name = \"fraud\")",
        "@Container(image = \"ecr:fraud-repository:1\")",
        "public class Fraud {}");
  }

  private static void assertSucceeded(FileCompilation.Result result) {
    assertWithMessage(result.output() + result.errors()).that(result.success()).isTrue();
    assertWithMessage(result.output()).that(result.errors()).isEmpty();
  }

  @ParameterizedTest(name = "{0}, generated sources in the class output: {1}")
  @MethodSource("compilersAndLayouts")
  void rebuildingOneModelRegeneratesItsStackAndKeepsEveryModel(
      String compilerName, boolean generatedIntoClassOutput, @TempDir Path temp) throws IOException {
    FileCompilation compilation = compilation(temp.resolve("project"), generatedIntoClassOutput);
    writeChurn(compilation, "first-repository");
    writeFraud(compilation);
    assertSucceeded(compilation.compile(compiler(compilerName), new SageMakerProcessor()));

    Path churn = writeChurn(compilation, "second-repository");
    assertSucceeded(compilation.recompile(List.of(churn), compiler(compilerName), new SageMakerProcessor()));

    Path stackSource = compilation.generated.resolve("com/acme/ChurnStack.java");
    assertThat(Files.readString(stackSource)).contains("\"second-repository\"");
    assertThat(Files.readString(stackSource)).doesNotContain("first-repository");
    assertThat(ClassFileStrings.of(compilation.classes.resolve("com/acme/ChurnStack.class")))
        .containsAtLeast("second-repository", "churn");
    assertThat(ClassFileStrings.of(compilation.classes.resolve("com/acme/ChurnStack.class")))
        .doesNotContain("first-repository");
    assertThat(compilation.classOutputFile(GeneratedTypes.SERVICE_FILE))
        .isEqualTo("com.acme.ChurnStack$Factory\ncom.acme.FraudStack$Factory\n");

    // The same bytes as a clean build of the changed model writes.
    FileCompilation clean = compilation(temp.resolve("clean"), generatedIntoClassOutput);
    writeChurn(clean, "second-repository");
    assertSucceeded(clean.compile(compiler(compilerName), new SageMakerProcessor()));
    assertThat(Files.readAllBytes(stackSource))
        .isEqualTo(Files.readAllBytes(clean.generated.resolve("com/acme/ChurnStack.java")));
  }

  /** The model's own code names its stack: the compiler has read the earlier stack before it is regenerated. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("compilers")
  void aModelWhoseCodeUsesItsStackRebuildsToo(String compilerName, @TempDir Path temp) throws IOException {
    FileCompilation compilation = new FileCompilation(temp);
    String usesStack = "  static String stackName(ChurnStack stack) { return stack.getStackName(); }";
    writeChurn(compilation, "first-repository", usesStack);
    writeFraud(compilation);
    assertSucceeded(compilation.compile(compiler(compilerName), new SageMakerProcessor()));

    Path churn = writeChurn(compilation, "second-repository", usesStack);
    assertSucceeded(compilation.recompile(List.of(churn), compiler(compilerName), new SageMakerProcessor()));

    assertThat(ClassFileStrings.of(compilation.classes.resolve("com/acme/ChurnStack.class")))
        .contains("second-repository");
    assertThat(ClassFileStrings.of(compilation.classes.resolve("com/acme/ChurnStack.class")))
        .doesNotContain("first-repository");
    assertThat(compilation.classOutputFile(GeneratedTypes.SERVICE_FILE))
        .isEqualTo("com.acme.ChurnStack$Factory\ncom.acme.FraudStack$Factory\n");
  }

  /** Only a type from an earlier build gives way: one of the compile's own sources is still a clash. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("compilers")
  void aSourceNamedLikeTheStackInTheSameCompileIsStillAnError(String compilerName, @TempDir Path temp)
      throws IOException {
    FileCompilation compilation = new FileCompilation(temp);
    writeChurn(compilation, "first-repository");
    compilation.write("com.acme.ChurnStack", "package com.acme;", "public class ChurnStack {}");

    FileCompilation.Result result = compilation.compile(compiler(compilerName), new SageMakerProcessor());

    assertThat(result.success()).isFalse();
    Diagnostic<? extends JavaFileObject> error = result.errors().get(0);
    assertWithMessage(result.output()).that(result.errors()).hasSize(1);
    assertThat(error.getMessage(null)).startsWith("[SM-WRITE-FAILED] could not write com.acme.ChurnStack: ");
    // On the class: javac points at its "class" keyword, ecj at its name.
    assertThat(error.getLineNumber()).isEqualTo(5);
    assertThat(error.getColumnNumber()).isEqualTo(compilerName.equals("ecj") ? 14 : 8);
    assertThat(Files.readString(compilation.sources.resolve("com/acme/ChurnStack.java")))
        .isEqualTo("package com.acme;\npublic class ChurnStack {}\n");
    assertThat(compilation.classOutputFile(GeneratedTypes.SERVICE_FILE)).isNull();
  }
}
