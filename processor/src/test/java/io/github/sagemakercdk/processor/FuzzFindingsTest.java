package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;
import static io.github.sagemakercdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression tests for the processor bugs {@link ProcessorFuzzTest} found, each reduced to its smallest source. */
class FuzzFindingsTest {

  /**
   * The name pattern's runs of hyphens are unbounded, so a model name or hostname of 72 characters passed it; SageMaker
   * takes at most 63 (fixed in the rules module, which the runtime shares).
   */
  @Test
  void namesWithRunsOfHyphensAreAtMost63Characters(@TempDir Path temp) throws IOException {
    String tooLong = "a" + "-".repeat(70) + "b";
    BothCompilers.compileClass(temp, "Hyphens", List.of(
        "@SageMakerModel(name = \"" + tooLong + "\")",
        "@Container(image = \"ecr:first:1\", hostname = \"" + tooLong + "\")",
        "@Container(image = \"ecr:second:1\", hostname = \"second\")"))
        .errorCount(2)
        .errorAt("[SM-MODEL-NAME]", "@SageMakerModel(name = |\"a-", "@SageMakerModel(|name = ")
        .errorAt("[SM-HOSTNAME-PATTERN]", "hostname = |\"a-", "|hostname = \"a-");
  }

  /**
   * ecj's Messager throws (a NullPointerException in its own code) when the annotation it looks for comes after one
   * that holds an empty array such as {@code environment = {}}. That one failure used to swallow every message
   * still to be printed in the round, of every class: their models generated nothing, yet the compile succeeded.
   * Now such a message falls back to the class, and says which annotation and attribute it is about.
   */
  @Test
  void underEcjAMessagerFailureLosesNoError(@TempDir Path temp) throws IOException {
    FileCompilation compilation = new FileCompilation(temp);
    compilation.write("test.Empty",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\", environment = {})",
        "@Container(image = \"ecr:Second:1\")",
        "public class Empty {}");
    compilation.write("test.Later",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:Third:1\")",
        "public class Later {}");

    FileCompilation.Result ecj = compilation.compile(new EclipseCompiler(), new SageMakerProcessor(), "-proc:only");

    assertThat(ecj.success()).isFalse();
    assertWithMessage(ecj.output()).that(ecj.errors()).hasSize(2);
    assertThat(ecj.lineOf("[SM-ECR-REPOSITORY-NAME] ECR repository name \"Second\"")).isEqualTo(6);
    assertThat(ecj.lineOf("[in test.Empty, @Container #2, attribute image]")).isEqualTo(6);
    assertThat(ecj.lineOf("[SM-ECR-REPOSITORY-NAME] ECR repository name \"Third\"")).isEqualTo(4);
  }

  /**
   * JavaPoet's string literals ({@code $S}) leave U+2028 and U+2029 raw, and its writer then breaks the line there,
   * inside the literal: an environment value holding one gave a stack that did not compile.
   */
  @Test
  void lineSeparatorsInValuesGiveStacksThatCompile() throws IOException {
    JavaFileObject model = source("test.Separators",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\",",
        "    environment = {\"LINE=a\\u2028b\", \"PARAGRAPH=c\\u2029d\", \"NEXT=e\\u0085f\", \"OTHER=g\\u000bh\\ri\"})",
        "public class Separators {}");
    Compilation compilation = Compilations.compile(model);
    assertThat(compilation).succeededWithoutWarnings();
    String stack = compilation.generatedSourceFile("test.SeparatorsStack").orElseThrow().getCharContent(false).toString();
    assertThat(stack).contains("container1Environment.put(\"LINE\", \"a\\u2028b\");");
    assertThat(stack).contains("container1Environment.put(\"OTHER\", \"g\\u000bh\\ri\");");
  }

  /**
   * Values were written into the generated source as they are, in the encoding the compiler writes sources in:
   * under {@code -encoding ISO-8859-1}, whatever Latin-1 cannot hold became '?', silently. Now the generated source
   * is ASCII, whatever the values hold, and the compiled stack holds them exactly.
   */
  @Test
  void valuesSurviveASourceEncodingThatCannotHoldThem(@TempDir Path temp) throws IOException {
    FileCompilation compilation = new FileCompilation(temp, StandardCharsets.ISO_8859_1);
    compilation.write("test.Latin",
        "package test;",
        IMPORTS,
        "@SageMakerModel(name = \"latin\")",
        "@Container(image = \"ecr:first:1\", environment = {\"GREETING=\\u4e2d\\u6587 \\ud83d\\ude00 caf\\u00e9\"})",
        "public class Latin {}");

    FileCompilation.Result javac = compilation.compile(ToolProvider.getSystemJavaCompiler(), new SageMakerProcessor());

    assertWithMessage(javac.output()).that(javac.errors()).isEmpty();
    assertThat(ClassFileStrings.of(compilation.classes.resolve("test/LatinStack.class")))
        .contains("\u4e2d\u6587 \ud83d\ude00 caf\u00e9");
    String source = Files.readString(compilation.generated.resolve("test/LatinStack.java"), StandardCharsets.ISO_8859_1);
    assertThat(source.chars().allMatch(c -> c < 0x80)).isTrue();
  }

  /**
   * The service file was written (and an earlier one read) in the compiler's source encoding; ServiceLoader reads it
   * as UTF-8 only. Under {@code -encoding ISO-8859-1} a stack in a package named with a non-ASCII letter was listed in
   * bytes ServiceLoader cannot decode, so the one-app entry point could not load any stack.
   */
  @Test
  void theServiceFileIsUtf8WhateverTheSourceEncoding(@TempDir Path temp) throws IOException {
    FileCompilation compilation = new FileCompilation(temp, StandardCharsets.ISO_8859_1);
    Path earlier = compilation.classes.resolve(GeneratedTypes.SERVICE_FILE);
    Files.createDirectories(earlier.getParent());
    Files.writeString(earlier, "caf\u00e9.OldStack$Factory\n", StandardCharsets.UTF_8);
    ServiceFileTest.builtEarlier(compilation, "caf\u00e9/OldStack$Factory.class");
    compilation.write("donn\u00e9es.Churn",
        "package donn\\u00e9es;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\")",
        "public class Churn {}");

    FileCompilation.Result javac = compilation.compile(ToolProvider.getSystemJavaCompiler(), new SageMakerProcessor());

    assertWithMessage(javac.output()).that(javac.errors()).isEmpty();
    String services = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(earlier))).toString();
    assertThat(services).isEqualTo("caf\u00e9.OldStack$Factory\ndonn\u00e9es.ChurnStack$Factory\n");
  }

  /**
   * A class with {@code @Container}s but no {@code @SageMakerModel} had the problems of the model as a whole (16
   * containers here) reported on the class declaration; now on its first {@code @Container}.
   */
  @Test
  void withoutSageMakerModelModelProblemsStandOnTheFirstContainer(@TempDir Path temp) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 16; i++) {
      lines.add("@Container(image = \"ecr:container" + i + ":1\")");
    }
    String first = "@Container(image = \"ecr:container1:";
    BothCompilers.compileClass(temp, "Orphans", lines)
        .errorCount(2)
        .errorAt("[SM-CONTAINER-WITHOUT-MODEL]", first)
        .errorAt("[SM-CONTAINER-COUNT] a model has 16 containers", first);
  }

  /**
   * A model class named with '_', '$' or a non-ASCII letter gave a stack that compiled, then failed at synth: CDK
   * takes the id ({@code Churn_ModelStack}) as the stack name, which CloudFormation restricts to ASCII letters,
   * digits and hyphens.
   */
  @Test
  void classNamesThatMakeNoStackNameAreErrors(@TempDir Path temp) throws IOException {
    for (String name : List.of("Churn_Model", "Churn$Model", "Mod\u00e8le", "_Churn")) {
      BothCompilers.compileClass(temp.resolve(name), name,
              List.of("@SageMakerModel", "@Container(image = \"ecr:first:1\")"))
          .errorCount(1)
          .errorAt("[SM-STACK-ID-INVALID] test." + name + " would generate a stack with the id \"" + name + "Stack\"",
              "@SageMakerModel");
    }
  }

  /**
   * ecj's Messager places no message on a record (it reports neither file nor line), so an error there could not be
   * told apart from one of any other class; now the message names the class and the annotation itself.
   */
  @Test
  void underEcjAnErrorOnARecordNamesItsClassAndAnnotation(@TempDir Path temp) throws IOException {
    FileCompilation compilation = new FileCompilation(temp);
    compilation.write("test.Point",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\")",
        "public record Point(int x) {}");

    FileCompilation.Result ecj = compilation.compile(new EclipseCompiler(), new SageMakerProcessor(), "-proc:only");

    assertWithMessage(ecj.output()).that(ecj.errors()).hasSize(1);
    assertThat(ecj.errors().get(0).getMessage(null)).startsWith("[SM-MODEL-PLACEMENT] @SageMakerModel is on the record");
    assertThat(ecj.errors().get(0).getMessage(null)).endsWith(" [in test.Point, @SageMakerModel]");
  }
  /**
   * Where ecj cannot place a message (here after {@code environment = {}}), it stands on the class and names the
   * annotation it is about; for the hosting annotations ({@code @DataCapture}, {@code @ShadowVariant},
   * {@code @AsyncEndpoint} and its {@code @BacklogScaling}, the deployment annotations) it named the class only, so the
   * message could not be told from one about the model.
   */
  @Test
  void underEcjAnUnplacedMessageNamesTheHostingAnnotation(@TempDir Path temp) throws IOException {
    FileCompilation compilation = new FileCompilation(temp);
    compilation.write("test.Captured",
        "package test;",
        IMPORTS,
        "@Container(image = \"ecr:first:1\", environment = {})",
        "@SageMakerModel",
        "@DataCapture(destination = \"s3://captures\", initialSamplingPercentage = 100)",
        "@AsyncEndpoint(outputPath = \"s3://results/out/\", maxConcurrentInvocationsPerInstance = -1,",
        "    autoScaling = @BacklogScaling(maxCapacity = 2, targetBacklogPerInstance = 0))",
        "public class Captured {}");

    FileCompilation.Result ecj = compilation.compile(new EclipseCompiler(), new SageMakerProcessor(), "-proc:only");

    assertWithMessage(ecj.output()).that(ecj.errors()).hasSize(2);
    assertThat(ecj.lineOf("[SM-ASYNC-MAX-CONCURRENT-INVOCATIONS] maxConcurrentInvocationsPerInstance -1")).isEqualTo(8);
    assertThat(ecj.lineOf("[in test.Captured, @AsyncEndpoint, attribute maxConcurrentInvocationsPerInstance]"))
        .isEqualTo(8);
    assertThat(ecj.lineOf("[SM-TARGET-BACKLOG-PER-INSTANCE] targetBacklogPerInstance 0")).isEqualTo(8);
    assertThat(ecj.lineOf("[in test.Captured, @BacklogScaling, attribute targetBacklogPerInstance]")).isEqualTo(8);
  }
}
