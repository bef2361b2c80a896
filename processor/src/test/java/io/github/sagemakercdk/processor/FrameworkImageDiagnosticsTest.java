package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code framework:} image references: one test per diagnostic, each on the image value of the second of two
 * containers, checking line and column under javac (the value) and under Eclipse's compiler (the attribute).
 */
class FrameworkImageDiagnosticsTest {
  @TempDir
  Path temp;

  /** A model {@code test.Framed} whose second container runs {@code image}, pinned to {@code region} if given. */
  private BothCompilers compile(String region, String image) throws IOException {
    List<String> lines = new ArrayList<>(List.of("package test;", IMPORTS,
        region == null ? "@SageMakerModel" : "@SageMakerModel(region = \"" + region + "\")",
        "@Container(image = \"ecr:first:1\", hostname = \"first\")",
        "@Container(hostname = \"second\",",
        "    image = \"" + image + "\")",
        "public class Framed {}"));
    return BothCompilers.compile(temp, "test.Framed", lines.toArray(new String[0]));
  }

  @Test
  void anUnknownFrameworkListsTheKnownOnes() throws IOException {
    compile(null, "framework:xgb:1.7-1")
        .errorCount(1)
        .errorAt("[SM-FRAMEWORK-UNKNOWN] framework \"xgb\" has no images SageMaker hosts by region: the frameworks"
            + " and built-in algorithms are blazingtext, djl-lmi,", "\"framework:xgb", "image = \"framework");
  }

  @Test
  void anUnknownVersionListsTheNearestKnownOnes() throws IOException {
    compile(null, "framework:xgboost:1.8-1")
        .errorCount(1)
        .errorAt("[SM-FRAMEWORK-VERSION] xgboost has no version \"1.8-1\": the known versions nearest it are 1.5-1,"
            + " 1.7-1, 3.0-5, 3.2-0 (of 11)", "\"framework:xgboost", "image = \"framework");
  }

  @Test
  void aVersionWithSeveralProcessorsNeedsOne() throws IOException {
    compile(null, "framework:pytorch:2.6.0")
        .errorCount(1)
        .errorAt("[SM-FRAMEWORK-OPTION-MISSING] pytorch 2.6.0 has images for more than one processor (cpu, gpu)",
            "\"framework:pytorch", "image = \"framework");
  }

  @Test
  void anUnknownProcessorListsTheVersionsOwn() throws IOException {
    compile(null, "framework:pytorch:2.6:tpu")
        .errorCount(1)
        .errorAt("[SM-FRAMEWORK-OPTION] pytorch 2.6.0 has no processor \"tpu\": its images are for cpu, gpu",
            "\"framework:pytorch", "image = \"framework");
  }

  @Test
  void anUnknownPythonVersionListsTheVersionsOwn() throws IOException {
    compile(null, "framework:pytorch:2.6:py39:gpu")
        .errorCount(1)
        .errorAt("[SM-FRAMEWORK-OPTION] pytorch 2.6.0 has no Python version \"py39\": its images are for py312",
            "\"framework:pytorch", "image = \"framework");
  }

  @Test
  void aMalformedReferenceSaysTheForm() throws IOException {
    compile(null, "framework:xgboost")
        .errorCount(1)
        .errorAt("[SM-FRAMEWORK-FORM] image \"framework:xgboost\" is not a framework image reference (no version):"
            + " write framework:<name>:<version>", "\"framework:xgboost", "image = \"framework");
    compile(null, "framework:pytorch:2.6.0:gpu:cpu")
        .errorCount(1)
        .errorAt("(two processors)", "\"framework:pytorch", "image = \"framework");
    compile(null, "framework:pytorch::gpu")
        .errorCount(1)
        .errorAt("(an empty part)", "\"framework:pytorch", "image = \"framework");
  }

  @Test
  void aPinnedRegionWithoutTheImageIsAnError() throws IOException {
    compile("ap-southeast-7", "framework:xgboost:1.7-1")
        .errorCount(1)
        .errorAt("[SM-FRAMEWORK-REGION] xgboost 1.7-1 is not published in region ap-southeast-7: its registry serves"
            + " af-south-1,", "\"framework:xgboost", "image = \"framework");
  }
}
