package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ServiceLoader file through which the runtime's SageMakerApp finds every generated stack. */
class ServiceFileTest {

  @Test
  void listsEveryGeneratedFactorySorted() throws IOException {
    Compilation compilation = Compilations.compile(
        GoldenModels.ISOLATED, GoldenModels.DEEP_LEARNING, GoldenModels.CLASSIFIER, GoldenModels.UNNAMED_PACKAGE);
    assertThat(compilation).succeededWithoutWarnings();
    String services = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, GeneratedTypes.SERVICE_FILE)
        .orElseThrow().getCharContent(false).toString();
    assertThat(services).isEqualTo(
        "ScratchStack$Factory\n"
            + "com.acme.ClassifierStack$Factory\n"
            + "com.acme.IsolatedStack$Factory\n"
            + "com.acme.vision.DetectorStack$Factory\n");
  }

  @Test
  void mergesWithTheFileOfAnEarlierBuild(@TempDir Path temp) throws IOException {
    FileCompilation compilation = new FileCompilation(temp);
    listedEarlier(compilation, "# written by an earlier build\ncom.zeta.OldStack$Factory\ncom.acme.ChurnStack$Factory\n");
    builtEarlier(compilation, "com/zeta/OldStack$Factory.class");

    compileChurn(compilation);

    assertThat(compilation.classOutputFile(GeneratedTypes.SERVICE_FILE))
        .isEqualTo("com.acme.ChurnStack$Factory\ncom.zeta.OldStack$Factory\n");
  }

  /**
   * An incremental build that deleted a model class deleted its stack too, but the earlier file still listed the
   * stack's factory, and ServiceLoader then failed on the whole file: an entry whose factory is no longer built goes.
   */
  @Test
  void dropsTheFactoriesNoLongerBuilt(@TempDir Path temp) throws IOException {
    FileCompilation compilation = new FileCompilation(temp);
    listedEarlier(compilation, "com.acme.DeletedStack$Factory\ncom.acme.KeptStack$Factory\nUnnamedGoneStack$Factory\n");
    builtEarlier(compilation, "com/acme/KeptStack$Factory.class");

    compileChurn(compilation);

    assertThat(compilation.classOutputFile(GeneratedTypes.SERVICE_FILE))
        .isEqualTo("com.acme.ChurnStack$Factory\ncom.acme.KeptStack$Factory\n");
  }

  /** Compiles the model {@code com.acme.Churn}, without errors. */
  private static void compileChurn(FileCompilation compilation) throws IOException {
    compilation.write("com.acme.Churn",
        "package com.acme;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:xgboost:1.7-1\")",
        "public class Churn {}");
    FileCompilation.Result result = compilation.compile(ToolProvider.getSystemJavaCompiler(), new SageMakerProcessor());
    assertThat(result.errors()).isEmpty();
  }

  /** The service file an earlier build left in the class output. */
  private static void listedEarlier(FileCompilation compilation, String content) throws IOException {
    Path earlier = compilation.classes.resolve(GeneratedTypes.SERVICE_FILE);
    Files.createDirectories(earlier.getParent());
    Files.writeString(earlier, content, StandardCharsets.UTF_8);
  }

  /** A class file an earlier build left in the class output (only its presence matters here). */
  static void builtEarlier(FileCompilation compilation, String classFile) throws IOException {
    Path file = compilation.classes.resolve(classFile);
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
  }

  @Test
  void noFileWithoutModels() {
    Compilation compilation = Compilations.compile(
        Compilations.source("test.Plain", "package test;", "public class Plain {}"));
    assertThat(compilation).succeeded(); // javac warns that no processor took sagemaker.projectDir
    assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, GeneratedTypes.SERVICE_FILE)).isEmpty();
  }
}
