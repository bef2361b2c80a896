package io.github.sagemakercdk.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;
import static io.github.sagemakercdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where relative asset paths resolve without the option: the build file above the source, else the working directory. */
class ProjectDirectoryTest {

  private static final List<String> MISSING_ASSET_MODEL = List.of(
      "package com.acme;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"asset:docker/missing\")",
      "public class Churn {}");

  @Test
  void nearestFolderWithABuildFileAboveTheSource(@TempDir Path module) throws IOException {
    Files.writeString(module.resolve("build.gradle.kts"), "// a Gradle module\n");
    Path sourceFile = module.resolve("src/main/java/com/acme/Churn.java");
    Files.createDirectories(sourceFile.getParent());
    Files.write(sourceFile, MISSING_ASSET_MODEL);
    JavaFileObject source = JavaFileObjects.forResource(sourceFile.toUri().toURL());

    Compilation compilation = javac().withProcessors(new SageMakerProcessor()).withOptions("-proc:only").compile(source);

    assertThat(compilation).hadErrorContaining("image asset directory \"" + module.resolve("docker/missing").toAbsolutePath()
            + "\" cannot be built: it does not exist (relative paths resolve against " + module.toAbsolutePath()
            + ", the folder of the build.gradle.kts above the source file")
        .inFile(source).onLineContaining("docker/missing");
  }

  @Test
  void pomXmlMarksTheProjectFolderToo(@TempDir Path module) throws IOException {
    Files.writeString(module.resolve("pom.xml"), "<project/>\n");
    Path sourceFile = module.resolve("src/main/java/com/acme/Churn.java");
    Files.createDirectories(sourceFile.getParent());
    Files.write(sourceFile, MISSING_ASSET_MODEL);
    JavaFileObject source = JavaFileObjects.forResource(sourceFile.toUri().toURL());

    Compilation compilation = javac().withProcessors(new SageMakerProcessor()).withOptions("-proc:only").compile(source);

    assertThat(compilation).hadErrorContaining("relative paths resolve against " + module.toAbsolutePath()
        + ", the folder of the pom.xml above the source file");
  }

  @Test
  void workingDirectoryWhenTheSourceIsNotAFile() {
    JavaFileObject source = source("com.acme.Churn", MISSING_ASSET_MODEL.toArray(new String[0]));

    Compilation compilation = javac().withProcessors(new SageMakerProcessor()).withOptions("-proc:only").compile(source);

    Path workingDirectory = Path.of("").toAbsolutePath();
    assertThat(compilation).hadErrorContaining("image asset directory \"" + workingDirectory.resolve("docker/missing")
            + "\" cannot be built: it does not exist (relative paths resolve against " + workingDirectory
            + ", the working directory")
        .inFile(source).onLineContaining("docker/missing");
  }
}
