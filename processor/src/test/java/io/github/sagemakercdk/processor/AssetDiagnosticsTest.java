package io.github.sagemakercdk.processor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asset:} paths, checked on disk against the test project; each error on the line of its value. */
class AssetDiagnosticsTest {

  @TempDir
  Path temp;

  private BothCompilers compileSecond(String secondContainer) throws IOException {
    return BothCompilers.compileClass(temp, "Pipeline", List.of(
        "@SageMakerModel",
        "@Container(image = \"asset:docker/serve\", modelData = \"asset:models/model.tar.gz\")",
        secondContainer))
        .errorCount(1);
  }

  @Test
  void imageDirectoryMissing() throws IOException {
    compileSecond("@Container(image = \"asset:docker/missing\")").error("\"asset:docker/missing\"",
        "image = \"asset:docker/missing\"",
        "[SM-IMAGE-ASSET-DIRECTORY] image asset directory \"" + TestProject.directory().resolve("docker/missing")
            + "\" cannot be built: it does not exist",
        "(relative paths resolve against " + TestProject.directory() + ", the processor option sagemaker.projectDir)");
  }

  @Test
  void imageDirectoryWithoutDockerfile() throws IOException {
    compileSecond("@Container(image = \"asset:docker/empty\")").error("\"asset:docker/empty\"",
        "image = \"asset:docker/empty\"",
        "[SM-IMAGE-ASSET-DIRECTORY] image asset directory \"" + TestProject.directory().resolve("docker/empty")
            + "\" cannot be built: it holds no build file \"Dockerfile\"");
  }

  @Test
  void imagePathIsAFile() throws IOException {
    compileSecond("@Container(image = \"asset:docker/serve/Dockerfile\")").error("\"asset:docker/serve/Dockerfile\"",
        "image = \"asset:docker/serve/Dockerfile\"",
        "[SM-IMAGE-ASSET-DIRECTORY] image asset directory \""
            + TestProject.directory().resolve("docker/serve/Dockerfile") + "\" cannot be built: it is a file");
  }

  @Test
  void absoluteImageDirectoryMissingSaysNothingOfRelativePaths() throws IOException {
    String missing = TestProject.directory().resolve("absent").toString();
    BothCompilers compilation = compileSecond("@Container(image = \"asset:" + missing + "\")");
    compilation.error("\"asset:" + missing + "\"", "image = \"asset:" + missing + "\"",
        "[SM-IMAGE-ASSET-DIRECTORY] image asset directory \"" + missing + "\" cannot be built: it does not exist");
    compilation.errorDoesNotSay("[SM-IMAGE-ASSET-DIRECTORY]", "relative paths");
  }

  @Test
  void modelDataFileMissing() throws IOException {
    compileSecond("@Container(image = \"ecr:second:1\", modelData = \"asset:models/missing.tar.gz\")")
        .error("\"asset:models/missing.tar.gz\"",
        "modelData = \"asset:models/missing.tar.gz\"",
        "[SM-MODEL-DATA-FILE] model data file \"" + TestProject.directory().resolve("models/missing.tar.gz")
            + "\" cannot be uploaded: it does not exist",
        "(relative paths resolve against " + TestProject.directory());
  }

  @Test
  void modelDataIsAFolder() throws IOException {
    compileSecond("@Container(image = \"ecr:second:1\", modelData = \"asset:models/folder.tar.gz\")")
        .error("\"asset:models/folder.tar.gz\"",
        "modelData = \"asset:models/folder.tar.gz\"",
        "[SM-MODEL-DATA-FILE] model data file \"" + TestProject.directory().resolve("models/folder.tar.gz")
            + "\" cannot be uploaded: it is a directory, not a file");
  }

  @Test
  void pathThatIsNoPathOnThisMachine() throws IOException {
    compileSecond("@Container(image = \"asset:docker/\\0serve\")").error("\"asset:docker/\\0serve\"",
        "image = \"asset:docker/\\0serve\"",
        "[SM-ASSET-PATH-INVALID] image path \"docker/\\u0000serve\" is not a valid path", "fix the path");
  }
}
