package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;
import static io.github.sagemakercdk.processor.Compilations.failing;
import static io.github.sagemakercdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code asset:} paths, checked on disk against the test project; each error on the line of its value. */
class AssetDiagnosticsTest {

  private static Compilation compileSecond(String secondContainer) {
    JavaFileObject source = source("test.Pipeline",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"asset:docker/serve\", modelData = \"asset:models/model.tar.gz\")",
        secondContainer,
        "public class Pipeline {}");
    Compilation compilation = failing(source);
    assertThat(compilation).hadErrorCount(1);
    return compilation;
  }

  private static void assertError(Compilation compilation, String line, String... parts) {
    for (String part : parts) {
      assertThat(compilation).hadErrorContaining(part).inFile(compilation.sourceFiles().get(0)).onLineContaining(line);
    }
  }

  @Test
  void imageDirectoryMissing() {
    assertError(compileSecond("@Container(image = \"asset:docker/missing\")"), "docker/missing",
        "[SM-IMAGE-ASSET-DIRECTORY] image asset directory \"" + TestProject.directory().resolve("docker/missing")
            + "\" cannot be built: it does not exist",
        "(relative paths resolve against " + TestProject.directory() + ", the processor option sagemaker.projectDir)");
  }

  @Test
  void imageDirectoryWithoutDockerfile() {
    assertError(compileSecond("@Container(image = \"asset:docker/empty\")"), "docker/empty",
        "[SM-IMAGE-ASSET-DIRECTORY] image asset directory \"" + TestProject.directory().resolve("docker/empty")
            + "\" cannot be built: it holds no build file \"Dockerfile\"");
  }

  @Test
  void imagePathIsAFile() {
    assertError(compileSecond("@Container(image = \"asset:docker/serve/Dockerfile\")"), "serve/Dockerfile",
        "[SM-IMAGE-ASSET-DIRECTORY] image asset directory \""
            + TestProject.directory().resolve("docker/serve/Dockerfile") + "\" cannot be built: it is a file");
  }

  @Test
  void absoluteImageDirectoryMissingSaysNothingOfRelativePaths() {
    String missing = TestProject.directory().resolve("absent").toString();
    Compilation compilation = compileSecond("@Container(image = \"asset:" + missing + "\")");
    assertError(compilation, "absent",
        "[SM-IMAGE-ASSET-DIRECTORY] image asset directory \"" + missing + "\" cannot be built: it does not exist");
    assertThat(compilation.errors().get(0).getMessage(null)).doesNotContain("relative paths");
  }

  @Test
  void modelDataFileMissing() {
    assertError(compileSecond("@Container(image = \"ecr:second:1\", modelData = \"asset:models/missing.tar.gz\")"),
        "missing.tar.gz",
        "[SM-MODEL-DATA-FILE] model data file \"" + TestProject.directory().resolve("models/missing.tar.gz")
            + "\" cannot be uploaded: it does not exist",
        "(relative paths resolve against " + TestProject.directory());
  }

  @Test
  void modelDataIsAFolder() {
    assertError(compileSecond("@Container(image = \"ecr:second:1\", modelData = \"asset:models/folder.tar.gz\")"),
        "folder.tar.gz",
        "[SM-MODEL-DATA-FILE] model data file \"" + TestProject.directory().resolve("models/folder.tar.gz")
            + "\" cannot be uploaded: it is a directory, not a file");
  }

  @Test
  void pathThatIsNoPathOnThisMachine() {
    assertError(compileSecond("@Container(image = \"asset:docker/\\0serve\")"), "docker/\\0serve",
        "[SM-ASSET-PATH-INVALID] image path \"docker/\\u0000serve\" is not a valid path", "fix the path");
  }
}
