package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import io.github.sagemakercdk.processor.BothCompilers.Expected;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @RealtimeEndpoint}, the endpoint annotation's name since the code hook, and {@code @Endpoint}, its former
 * name: the same stack, the same checks at the same places (line and column, javac and ecj), two of them on one
 * class is two endpoints, and only users of the old name get a deprecation warning.
 */
class RealtimeEndpointTest {
  @TempDir
  Path temp;

  private static void writeServed(FileCompilation compilation, String annotation) throws IOException {
    compilation.write("com.acme.Served",
        "package com.acme;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:served:1\")",
        "@" + annotation + "(name = \"served\", instanceType = \"ml.c5.xlarge\", initialInstanceCount = 2,",
        "    autoScaling = @AutoScaling(minCapacity = 2, maxCapacity = 4, maxRequestsPerSecond = 20))",
        "public class Served {}");
  }

  private static FileCompilation.Result compile(FileCompilation compilation, JavaCompiler compiler)
      throws IOException {
    FileCompilation.Result result = compilation.compile(compiler, new SageMakerProcessor(),
        compiler instanceof EclipseCompiler ? "-warn:+deprecation" : "-Xlint:all");
    assertWithMessage(result.output() + result.diagnostics()).that(result.success()).isTrue();
    assertWithMessage("warnings in generated code")
        .that(BothCompilers.warningsIn(result, compilation.generated)).isEmpty();
    return result;
  }

  private static List<Diagnostic<? extends JavaFileObject>> deprecations(FileCompilation.Result result,
      FileCompilation compilation) {
    return BothCompilers.warningsIn(result, compilation.sources).stream()
        .filter(d -> d.getMessage(null).contains("deprecated"))
        .toList();
  }

  @Test
  void bothNamesGiveTheSameStackAndOnlyTheOldOneIsDeprecated() throws IOException {
    for (JavaCompiler compiler : new JavaCompiler[] {ToolProvider.getSystemJavaCompiler(), new EclipseCompiler()}) {
      String name = compiler instanceof EclipseCompiler ? "ecj" : "javac";
      FileCompilation renamed = new FileCompilation(temp.resolve(name + "/renamed"));
      writeServed(renamed, "RealtimeEndpoint");
      FileCompilation former = new FileCompilation(temp.resolve(name + "/former"));
      writeServed(former, "Endpoint");

      FileCompilation.Result renamedResult = compile(renamed, compiler);
      FileCompilation.Result formerResult = compile(former, compiler);

      String stack = "com/acme/ServedStack.java";
      assertWithMessage(name)
          .that(Files.readString(former.generated.resolve(stack), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(renamed.generated.resolve(stack), StandardCharsets.UTF_8));
      assertWithMessage(name).that(deprecations(renamedResult, renamed)).isEmpty();
      List<Diagnostic<? extends JavaFileObject>> deprecated = deprecations(formerResult, former);
      assertWithMessage(name + ": " + formerResult.diagnostics()).that(deprecated).isNotEmpty();
      assertWithMessage(name).that(deprecated.get(0).getLineNumber()).isEqualTo(5);
    }
  }

  @Test
  void valuesAreCheckedWhereTheyStand() throws IOException {
    BothCompilers.assertErrors(temp, compilation -> compilation.write("com.acme.Served",
            "package com.acme;",
            IMPORTS,
            "@SageMakerModel",
            "@Container(image = \"ecr:served:1\")",
            "@RealtimeEndpoint(",
            "    name = \"served_endpoint\",",
            "    instanceType = \"ml.t2.medium\",",
            "    autoScaling = @AutoScaling(",
            "        maxCapacity = 4,",
            "        maxRequestsPerSecond = 0))",
            "public class Served {}"),
        // On a value javac points at the value, ecj at the attribute's name.
        new Expected("[SM-ENDPOINT-NAME]", 6, 12, 6, 5, List.of("endpoint name \"served_endpoint\" is not valid")),
        new Expected("[SM-AUTO-SCALING-BURSTABLE]", 7, 20, 7, 5, List.of("ml.t2.medium")),
        new Expected("[SM-MAX-REQUESTS-PER-SECOND]", 10, 32, 10, 9, List.of("maxRequestsPerSecond 0")));
  }

  @Test
  void annotationProblemsUnderTheNameWritten() throws IOException {
    BothCompilers.assertErrors(temp, compilation -> {
          compilation.write("com.acme.TwoScalings",
              "package com.acme;",
              IMPORTS,
              "@SageMakerModel",
              "@Container(image = \"ecr:served:1\")",
              "@RealtimeEndpoint(autoScaling = {",
              "    @AutoScaling(maxCapacity = 2, maxRequestsPerSecond = 10),",
              "    @AutoScaling(maxCapacity = 3, maxRequestsPerSecond = 10)})",
              "public class TwoScalings {}");
          compilation.write("com.acme.Orphan",
              "package com.acme;",
              IMPORTS,
              "",
              "@RealtimeEndpoint",
              "public class Orphan {}");
        },
        Expected.at("[SM-AUTO-SCALING-MULTIPLE]", 7, 5,
            "@RealtimeEndpoint.autoScaling holds 2 @AutoScaling: give exactly one"),
        Expected.at("[SM-ENDPOINT-WITHOUT-MODEL]", 4, 1,
            "@RealtimeEndpoint on com.acme.Orphan has no effect without @SageMakerModel",
            "or remove the @RealtimeEndpoint"));
  }

  /** Both names on one class are two endpoints, like any other two; so is either with @ServerlessEndpoint. */
  @Test
  void twoEndpointAnnotationsOfAnyNames() throws IOException {
    BothCompilers.assertErrors(temp, compilation -> {
          compilation.write("com.acme.BothNames",
              "package com.acme;",
              IMPORTS,
              "@SageMakerModel",
              "@Container(image = \"ecr:served:1\")",
              "@RealtimeEndpoint",
              "@Endpoint(instanceType = \"ml.c5.large\")",
              "public class BothNames {}");
          compilation.write("com.acme.Serverless",
              "package com.acme;",
              IMPORTS,
              "@SageMakerModel",
              "@Container(image = \"ecr:served:1\")",
              "@ServerlessEndpoint",
              "@RealtimeEndpoint(instanceType = \"ml.c5.large\")",
              "public class Serverless {}");
        },
        Expected.at("[SM-ENDPOINT-KIND-CONFLICT] com.acme.BothNames", 6, 1,
            "carries both @RealtimeEndpoint and @Endpoint: a model is served by one endpoint here",
            "(@RealtimeEndpoint, formerly @Endpoint)", "remove one of the two"),
        Expected.at("[SM-ENDPOINT-KIND-CONFLICT] com.acme.Serverless", 6, 1,
            "carries both @ServerlessEndpoint and @RealtimeEndpoint"));
  }

  /** An @AutoScaling is found in whichever real-time endpoint annotation holds it, under javac too. */
  @Test
  void autoScalingsOfBothNamesAreTold() throws IOException {
    BothCompilers.assertErrors(temp, compilation -> compilation.write("com.acme.BothNames",
            "package com.acme;",
            IMPORTS,
            "@SageMakerModel",
            "@Container(image = \"ecr:served:1\")",
            "@Endpoint(autoScaling = @AutoScaling(maxCapacity = 2, maxRequestsPerSecond = 10))",
            "@RealtimeEndpoint(autoScaling =",
            "    @AutoScaling(maxCapacity = 2, maxRequestsPerSecond = 10, safetyFactor = 1.5))",
            "public class BothNames {}"),
        Expected.at("[SM-ENDPOINT-KIND-CONFLICT]", 6, 1, "carries both @Endpoint and @RealtimeEndpoint"),
        new Expected("[SM-SAFETY-FACTOR]", 7, 77, 7, 62, List.of("safetyFactor 1.5")));
  }
}
