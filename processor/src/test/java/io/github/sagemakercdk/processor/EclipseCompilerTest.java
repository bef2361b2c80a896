package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eclipse's compiler (ecj, as in Eclipse and VS Code) has no {@code com.sun.source}: the processor must fall back
 * to {@code Messager} there without failing, and errors must still land on the same lines as under javac.
 */
class EclipseCompilerTest {

  /** Repeated @Containers, an explicit @Containers, an environment entry: each error on its own line. */
  private static void writeInvalidModels(FileCompilation compilation) throws IOException {
    compilation.write("test.Repeated",
        "package test;",
        IMPORTS,
        "@SageMakerModel(name = \"bad_name\")",
        "@Container(image = \"ecr:first:1\", hostname = \"same\")",
        "@Container(image = \"ecr:Second:1\", hostname = \"same\")",
        "@Container(image = \"dlc:third:1\", hostname = \"third\",",
        "    environment = {",
        "        \"OK=1\",",
        "        \"NO_EQUALS\"})",
        "public class Repeated {}");
    compilation.write("test.Explicit",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Containers({",
        "    @Container(image = \"ecr:first:1\"),",
        "    @Container(image = \"asset:docker/missing\")",
        "})",
        "public class Explicit {}");
    compilation.write("test.Orphan",
        "package test;",
        IMPORTS,
        "@Container(image = \"ecr:first:1\")",
        "@Container(image = \"ecr:second:1\")",
        "public class Orphan {}");
    compilation.write("test.Nested",
        "package test;",
        IMPORTS,
        "public class Nested {",
        "  @SageMakerModel",
        "  @Container(image = \"ecr:first:1\")",
        "  public static class Inner {}",
        "}");
  }

  @Test
  void errorsLandOnTheSameLinesAsUnderJavac(@TempDir Path temp) throws IOException {
    Object[][] expected = {
      {"[SM-MODEL-NAME]", 3, 3},
      {"[SM-ECR-REPOSITORY-NAME]", 5, 5},
      {"[SM-HOSTNAME-DUPLICATE]", 5, 5},
      // The one difference: ecj's Messager cannot point into an array, so the entry's error goes on the
      // attribute ("environment = {"), the nearest place it can; javac's goes on the entry itself.
      {"[SM-ENVIRONMENT-ENTRY-FORM]", 9, 7},
      {"[SM-IMAGE-ASSET-DIRECTORY]", 6, 6},
      {"[SM-CONTAINER-WITHOUT-MODEL]", 3, 3},
      {"[SM-MODEL-PLACEMENT]", 4, 4},
    };
    assertSameLinesUnderBothCompilers(temp, EclipseCompilerTest::writeInvalidModels, expected);
  }

  /**
   * Endpoint annotations: values of {@code @Endpoint}, of {@code @AutoScaling}s nested in its array (given alone
   * and in braces), of {@code @ServerlessEndpoint}, and problems of a whole annotation. ecj places every one of
   * them, nested values included, on the same line as javac.
   */
  private static void writeInvalidEndpoints(FileCompilation compilation) throws IOException {
    compilation.write("test.Scaled",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\")",
        "@Endpoint(",
        "    instanceType = \"ml.m5.larg\",",
        "    autoScaling = @AutoScaling(",
        "        minCapacity = 0,",
        "        maxCapacity = 4,",
        "        maxRequestsPerSecond = 20,",
        "        safetyFactor = 2))",
        "public class Scaled {}");
    compilation.write("test.TwoScalings",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\")",
        "@Endpoint(autoScaling = {",
        "    @AutoScaling(maxCapacity = 2, maxRequestsPerSecond = 10),",
        "    @AutoScaling(",
        "        maxCapacity = 3,",
        "        maxRequestsPerSecond = -1)",
        "})",
        "public class TwoScalings {}");
    compilation.write("test.Serverless",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\")",
        "@ServerlessEndpoint(",
        "    maxConcurrency = 5,",
        "    provisionedConcurrency = 6)",
        "public class Serverless {}");
    compilation.write("test.Orphan",
        "package test;",
        IMPORTS,
        "@Endpoint(",
        "    name = \"orphan\")",
        "public class Orphan {}");
    compilation.write("test.Both",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\")",
        "@Endpoint",
        "@ServerlessEndpoint",
        "public class Both {}");
  }

  @Test
  void endpointErrorsLandOnTheSameLinesAsUnderJavac(@TempDir Path temp) throws IOException {
    Object[][] expected = {
      {"[SM-INSTANCE-TYPE]", 6, 6},
      {"[SM-AUTO-SCALING-ZERO-REALTIME]", 8, 8},
      {"[SM-SAFETY-FACTOR]", 11, 11},
      {"[SM-AUTO-SCALING-MULTIPLE]", 7, 7},
      {"[SM-MAX-REQUESTS-PER-SECOND]", 9, 9},
      {"[SM-SERVERLESS-PROVISIONED-OVER-MAX]", 7, 7},
      {"[SM-ENDPOINT-WITHOUT-MODEL]", 3, 3},
      {"[SM-ENDPOINT-KIND-CONFLICT]", 6, 6},
    };
    assertSameLinesUnderBothCompilers(temp, EclipseCompilerTest::writeInvalidEndpoints, expected);
  }

  /**
   * Compiles the same sources with ecj and javac and checks each expected error's line under both: nothing
   * generated, exactly the expected errors.
   *
   * @param expected rows of: message id, line under javac, line under ecj
   */
  private static void assertSameLinesUnderBothCompilers(Path temp, SourceWriter sources, Object[][] expected)
      throws IOException {
    FileCompilation underEcj = new FileCompilation(temp.resolve("ecj"));
    FileCompilation underJavac = new FileCompilation(temp.resolve("javac"));
    sources.write(underEcj);
    sources.write(underJavac);

    SageMakerProcessor ecjProcessor = new SageMakerProcessor();
    FileCompilation.Result ecj = underEcj.compile(new EclipseCompiler(), ecjProcessor, "-proc:only");
    FileCompilation.Result javac = underJavac.compile(ToolProvider.getSystemJavaCompiler(), new SageMakerProcessor(),
        "-proc:only");

    assertThat(ecj.success()).isFalse();
    assertThat(ecjProcessor.written()).isEmpty();
    for (Object[] error : expected) {
      assertWithMessage("javac line of %s\n%s", error[0], javac.output())
          .that(javac.lineOf((String) error[0])).isEqualTo(((Integer) error[1]).longValue());
      assertWithMessage("ecj line of %s\n%s", error[0], ecj.output())
          .that(ecj.lineOf((String) error[0])).isEqualTo(((Integer) error[2]).longValue());
    }
    assertThat(ecj.errors()).hasSize(expected.length);
    assertThat(javac.errors()).hasSize(expected.length);
  }

  /** Writes the sources of one line-placement check into a compilation. */
  private interface SourceWriter {
    void write(FileCompilation compilation) throws IOException;
  }

  @Test
  void validModelGeneratesAStackThatCompiles(@TempDir Path temp) throws IOException {
    FileCompilation compilation = new FileCompilation(temp);
    compilation.write("com.acme.ChurnPipeline",
        "package com.acme;",
        IMPORTS,
        "@SageMakerModel(name = \"churn-pipeline\", networkIsolation = true)",
        "@Container(image = \"asset:docker/serve\", modelData = \"asset:models/model.tar.gz\", hostname = \"pre\",",
        "    order = 2)",
        "@Container(image = \"ecr:xgboost:1.7-1\", modelData = \"s3://my-bucket/models/xgb.tar.gz\", hostname = \"model\",",
        "    environment = {\"SAGEMAKER_PROGRAM=serve.py\"}, order = 1)",
        "public class ChurnPipeline {}");

    SageMakerProcessor processor = new SageMakerProcessor();
    FileCompilation.Result ecj = compilation.compile(new EclipseCompiler(), processor);

    assertWithMessage(ecj.output() + ecj.diagnostics()).that(ecj.success()).isTrue();
    assertThat(ecj.errors()).isEmpty();
    assertThat(Files.exists(compilation.classes.resolve("com/acme/ChurnPipelineStack.class"))).isTrue();
    assertThat(Files.exists(compilation.classes.resolve("com/acme/ChurnPipelineStack$Factory.class"))).isTrue();
    assertThat(compilation.classOutputFile(GeneratedTypes.SERVICE_FILE))
        .isEqualTo("com.acme.ChurnPipelineStack$Factory\n");
  }

  @Test
  void eachCompilerGetsItsSupport(@TempDir Path temp) throws IOException {
    assertThat(supportUnder(new EclipseCompiler(), temp.resolve("ecj"))).isEqualTo(PortableCompilerSupport.class);
    assertThat(supportUnder(ToolProvider.getSystemJavaCompiler(), temp.resolve("javac")))
        .isEqualTo(JavacCompilerSupport.class);
  }

  /** Which support {@link CompilerSupport#detect} picks for the environment this compiler hands a processor. */
  private static Class<?> supportUnder(JavaCompiler compiler, Path temp) throws IOException {
    FileCompilation compilation = new FileCompilation(temp);
    compilation.write("test.Plain", "package test;", "public class Plain {}");
    Class<?>[] detected = new Class<?>[1];
    AbstractProcessor spy = new AbstractProcessor() {
      @Override
      public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        detected[0] = CompilerSupport.detect(environment).getClass();
      }

      @Override
      public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return false;
      }
    };
    compilation.compile(compiler, spy, "-proc:only");
    return detected[0];
  }
}
