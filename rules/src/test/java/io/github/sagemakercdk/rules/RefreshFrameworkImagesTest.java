package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refresh script, run as its README says ({@code java RefreshFrameworkImages.java <sdk> <out>}) on a small
 * copy of the SDK's configs, so that it cannot rot while nobody refreshes; and the shipped file in its format.
 */
class RefreshFrameworkImagesTest {
  private static final Path SCRIPT = Path.of("scripts", "RefreshFrameworkImages.java");
  private static final Path FIXTURE = Path.of("src", "test", "resources", "refresh-fixture");

  @TempDir
  Path temp;

  private Path run(String... labelArgs) throws IOException, InterruptedException {
    Path out = temp.resolve("framework-images.txt");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        SCRIPT.toString(), FIXTURE.toString(), out.toString()));
    command.addAll(List.of(labelArgs));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    return out;
  }

  @Test
  void theScriptRegeneratesTheFixturesData() throws Exception {
    Path out = run("fixture");
    assertEquals(Files.readString(FIXTURE.resolve("expected-framework-images.txt")), Files.readString(out));
    FrameworkImages images = FrameworkImages.read(Files.newInputStream(out));
    FrameworkImage xgboost = images.find("xgboost", "1.7-1", null, null).image();
    assertEquals("683313688378", xgboost.registry().account("us-east-1").orElseThrow());
    assertEquals("sagemaker-pytorch", images.find("pytorch", "1.1.0", "cpu", "py3").image().repository());
    assertEquals("763104351884", images.dlcRegistry().account("eu-west-1").orElseThrow(),
        "the DLC registry comes from the DLC repositories only, not the older sagemaker-pytorch");
  }

  @Test
  void twoRunsGiveTheSameBytes() throws Exception {
    String first = Files.readString(run("fixture"));
    assertEquals(first, Files.readString(run("fixture")));
  }

  @Test
  void theShippedFileIsSortedAndComplete() throws IOException {
    List<String> lines;
    try (InputStream in = FrameworkImages.class.getResourceAsStream(FrameworkImages.RESOURCE)) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertTrue(lines.get(1).contains("aws/sagemaker-python-sdk"), "the header names its source: " + lines.get(1));
    for (String kind : List.of("image ", "alias ")) {
      List<String> ofKind = lines.stream().filter(line -> line.startsWith(kind)).toList();
      assertEquals(ofKind.stream().sorted().distinct().toList(), ofKind, kind + "lines sorted, each once");
    }
    assertEquals(List.of("blazingtext", "djl-lmi", "factorization-machines", "forecasting-deepar",
        "huggingface-llm", "huggingface-tei", "image-classification", "ipinsights", "kmeans", "knn", "lda",
        "linear-learner", "ntm", "object-detection", "object2vec", "pca", "pytorch", "randomcutforest",
        "semantic-segmentation", "seq2seq", "sklearn", "sparkml-serving", "tensorflow", "xgboost"),
        FrameworkImages.shipped().frameworks());
  }
}
