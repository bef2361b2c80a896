package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stack calls the {@code @CustomizeStack} methods: under javac and ecj, whose first round knows the stack the
 * methods take only as a missing type; in an incremental build, where the stack of the previous build is a real
 * type on the class path; and for class names that the stack's own scope hides.
 */
class HookGenerationTest {
  private static final String STACK = "com/acme/ScorerStack.java";

  @TempDir
  Path temp;

  private static void writeScorer(FileCompilation compilation) throws IOException {
    compilation.write("com.acme.Scorer",
        "package com.acme;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:scorer:1\")",
        "@RealtimeEndpoint",
        "public class Scorer {",
        "  @CustomizeStack",
        "  static void second(ScorerStack stack) {",
        "    stack.getRole().getRoleArn();",
        "  }",
        "  static void notAHook(ScorerStack stack) {}",
        "  @CustomizeStack",
        "  public static void first(com.acme.ScorerStack stack) throws IllegalStateException {",
        "    stack.getEndpoint().getEndpointName();",
        "  }",
        "}");
  }

  private static FileCompilation.Result compile(FileCompilation compilation, JavaCompiler compiler) throws IOException {
    FileCompilation.Result result = compilation.compile(compiler, new SageMakerProcessor(), "-Xlint:all");
    assertWithMessage(result.output() + result.diagnostics()).that(result.success()).isTrue();
    assertWithMessage("warnings in generated code")
        .that(BothCompilers.warningsIn(result, compilation.generated)).isEmpty();
    return result;
  }

  private static String generated(FileCompilation compilation, String path) throws IOException {
    return Files.readString(compilation.generated.resolve(path), StandardCharsets.UTF_8);
  }

  @Test
  void theStackCallsEachMethodInDeclarationOrderUnderBothCompilers() throws IOException {
    FileCompilation underJavac = new FileCompilation(temp.resolve("javac"));
    FileCompilation underEcj = new FileCompilation(temp.resolve("ecj"));
    writeScorer(underJavac);
    writeScorer(underEcj);
    compile(underJavac, ToolProvider.getSystemJavaCompiler());
    compile(underEcj, new EclipseCompiler());

    String stack = generated(underJavac, STACK);
    assertThat(stack).contains("""
            this.endpoint = new Endpoint(this, "Endpoint", EndpointProps.builder()
                .endpointConfig(endpointConfig)
                .build());
            Scorer.second(this);
            Scorer.first(this);
          }
        """);
    assertThat(stack).doesNotContain("notAHook");
    assertThat(generated(underEcj, STACK)).isEqualTo(stack);
    assertThat(Files.exists(underEcj.classes.resolve("com/acme/ScorerStack.class"))).isTrue();
  }

  /**
   * An incremental build (an IDE's, or a one-file rebuild) compiles the model class again with the class output of the
   * last build, stack included, on the class path: the method's parameter is then a real type, checked by its
   * qualified name, and the stack comes out the same. Under both compilers.
   */
  @Test
  void anIncrementalBuildTakesTheCompiledStack() throws IOException {
    for (JavaCompiler compiler : new JavaCompiler[] {ToolProvider.getSystemJavaCompiler(), new EclipseCompiler()}) {
      FileCompilation compilation = new FileCompilation(temp.resolve(compiler.getClass().getSimpleName()));
      writeScorer(compilation);
      compile(compilation, compiler);
      String full = generated(compilation, STACK);

      FileCompilation.Result again = compilation.recompile(
          List.of(compilation.sources.resolve("com/acme/Scorer.java")), compiler, new SageMakerProcessor());
      assertWithMessage(again.output() + again.diagnostics()).that(again.success()).isTrue();
      assertThat(generated(compilation, STACK)).isEqualTo(full);
    }
  }

  /** ...and a compiled stack of another model is not this model's stack. */
  @Test
  void anIncrementalBuildRejectsTheCompiledStackOfAnotherModel() throws IOException {
    for (JavaCompiler compiler : new JavaCompiler[] {ToolProvider.getSystemJavaCompiler(), new EclipseCompiler()}) {
      FileCompilation compilation = new FileCompilation(temp.resolve(compiler.getClass().getSimpleName()));
      writeScorer(compilation);
      compile(compilation, compiler);

      Path ranker = compilation.write("com.acme.Ranker",
          "package com.acme;",
          IMPORTS,
          "@SageMakerModel",
          "@Container(image = \"ecr:ranker:1\")",
          "public class Ranker {",
          "  @CustomizeStack static void tune(ScorerStack stack) {}",
          "}");
      SageMakerProcessor processor = new SageMakerProcessor();
      FileCompilation.Result result = compilation.recompile(List.of(ranker), compiler, processor, "-proc:only");
      assertThat(processor.written()).isEmpty();
      assertThat(result.errors()).hasSize(1);
      assertThat(result.lineOf("[SM-HOOK-SIGNATURE]")).isEqualTo(6);
      assertThat(result.columnOf("[SM-HOOK-SIGNATURE]")).isEqualTo(31);
      assertThat(result.errors().get(0).getMessage(null)).contains(
          "takes a com.acme.ScorerStack, but the generated RankerStack calls it with itself at the end of its"
              + " constructor: declare it as: static void tune(RankerStack stack)");
    }
  }

  /**
   * Inside the stack, {@code Builder} is the builder it inherits from aws-cdk-lib's {@code Stack} and {@code Factory}
   * its own factory; a model class of such a name is called by its qualified name. {@code Model} is the runtime's
   * model class too, which is then the one written qualified.
   */
  @Test
  void classesNamedLikeTypesInTheStacksScope() throws IOException {
    FileCompilation compilation = new FileCompilation(temp);
    for (String name : new String[] {"Builder", "Factory", "Model", "Endpoint", "IRole"}) {
      compilation.write("com.acme." + name,
          "package com.acme;",
          IMPORTS,
          "@SageMakerModel",
          "@Container(image = \"ecr:scorer:1\")",
          "@RealtimeEndpoint",
          "public class " + name + " {",
          "  @CustomizeStack static void tune(" + name + "Stack stack) { stack.getModel().getRole(); }",
          "}");
    }
    compile(compilation, ToolProvider.getSystemJavaCompiler());
    assertThat(generated(compilation, "com/acme/BuilderStack.java")).contains("    com.acme.Builder.tune(this);\n");
    assertThat(generated(compilation, "com/acme/FactoryStack.java")).contains("    com.acme.Factory.tune(this);\n");
    assertThat(generated(compilation, "com/acme/ModelStack.java")).contains("    Model.tune(this);\n");
    assertThat(generated(compilation, "com/acme/ModelStack.java")).contains("  private final io.github.sagemakercdk.Model model;\n");
  }

  /**
   * Calling a deprecated class's method, or a method deprecated for removal, would warn in the generated code: the
   * constructor suppresses exactly those warnings (found by the fuzz test, whose classes are sometimes deprecated).
   */
  @Test
  void callsOfDeprecatedMethodsGiveNoWarning() throws IOException {
    for (JavaCompiler compiler : new JavaCompiler[] {ToolProvider.getSystemJavaCompiler(), new EclipseCompiler()}) {
      FileCompilation compilation = new FileCompilation(temp.resolve(compiler.getClass().getSimpleName()));
      compilation.write("com.acme.Old",
          "package com.acme;",
          IMPORTS,
          "@Deprecated",
          "@SageMakerModel",
          "@Container(image = \"ecr:old:1\")",
          "public class Old {",
          "  @CustomizeStack static void tune(OldStack stack) {}",
          "}");
      compilation.write("com.acme.Leaving",
          "package com.acme;",
          IMPORTS,
          "@SageMakerModel",
          "@Container(image = \"ecr:old:1\")",
          "public class Leaving {",
          "  @CustomizeStack @Deprecated(forRemoval = true) static void tune(LeavingStack stack) {}",
          "  @CustomizeStack static void stay(LeavingStack stack) {}",
          "}");
      FileCompilation.Result result = compilation.compile(compiler, new SageMakerProcessor(),
          compiler instanceof EclipseCompiler ? "-warn:+deprecation,+unusedSuppressWarnings" : "-Xlint:all");
      assertWithMessage(result.output() + result.diagnostics()).that(result.success()).isTrue();
      assertWithMessage(result.output()).that(BothCompilers.warningsIn(result, compilation.generated)).isEmpty();
      assertThat(generated(compilation, "com/acme/OldStack.java"))
          .contains("  @SuppressWarnings(\"deprecation\")\n  public OldStack(Construct scope, String id, StackProps props) {");
      assertThat(generated(compilation, "com/acme/LeavingStack.java"))
          .contains("  @SuppressWarnings(\"removal\")\n  public LeavingStack(");
    }
  }

  /**
   * Whether an exception type the compiler cannot resolve is checked is unknown: the processor waits for a later round
   * that may bring the type, and when none does, it generates nothing and leaves the missing type to the compiler's
   * own error, still reporting everything else.
   */
  @Test
  void anUnknownExceptionTypeIsLeftToTheCompiler() throws IOException {
    for (JavaCompiler compiler : new JavaCompiler[] {ToolProvider.getSystemJavaCompiler(), new EclipseCompiler()}) {
      FileCompilation compilation = new FileCompilation(temp.resolve(compiler.getClass().getSimpleName()));
      compilation.write("com.acme.Scorer",
          "package com.acme;",
          IMPORTS,
          "@SageMakerModel(name = \"bad_name\")",
          "@Container(image = \"ecr:scorer:1\")",
          "public class Scorer {",
          "  @CustomizeStack static void tune(ScorerStack stack) throws NoSuchThingException {}",
          "  @CustomizeStack void instance(ScorerStack stack) {}",
          "}");
      SageMakerProcessor processor = new SageMakerProcessor();
      FileCompilation.Result result = compilation.compile(compiler, processor);
      assertThat(result.success()).isFalse();
      assertThat(processor.written()).isEmpty();
      assertThat(result.errors().stream().map(d -> d.getMessage(null)).filter(m -> m.startsWith("[SM-"))
          .map(m -> m.substring(0, m.indexOf(']') + 1)).toList())
          .containsExactly("[SM-MODEL-NAME]", "[SM-HOOK-SIGNATURE]");
      assertThat(result.errors().stream().map(d -> d.getMessage(null)).filter(m -> m.contains("NoSuchThingException"))
          .toList()).isNotEmpty();
    }
  }
}
