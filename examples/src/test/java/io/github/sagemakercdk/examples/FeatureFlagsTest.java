package io.github.sagemakercdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;

/**
 * The examples' cdk.json files carry exactly the feature flags that {@code cdk init} writes into a new app's
 * cdk.json: those that the aws-cdk-lib on the class path recommends (its {@code recommended-feature-flags.json},
 * read here from the npm package that the jar embeds), so {@code cdk synth} reports no unconfigured flag.
 */
class FeatureFlagsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FLAGS_FILE = "package/recommended-feature-flags.json";

  @Test
  void cdkJsonCarriesTheFlagsThatAwsCdkLibRecommends() throws Exception {
    JsonNode recommended = JSON.readTree(recommendedFlags());
    assertTrue(recommended.size() > 0, "aws-cdk-lib recommends no flag");
    assertEquals(recommended, JSON.readTree(Path.of("cdk.json").toFile()).get("context"));
  }

  @Test
  void theGradleExampleCarriesTheSameFlags() throws IOException {
    assertEquals(JSON.readTree(Path.of("cdk.json").toFile()).get("context"),
        JSON.readTree(Path.of("gradle/cdk.json").toFile()).get("context"));
  }

  /** recommended-feature-flags.json from the npm tarball inside the aws-cdk-lib jar. */
  private static String recommendedFlags() throws IOException, URISyntaxException {
    Path jar = Path.of(App.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (JarFile file = new JarFile(jar.toFile())) {
      JarEntry tarball = file.stream()
          .filter(e -> e.getName().matches("software/amazon/awscdk/aws-cdk-lib@.*\\.jsii\\.tgz"))
          .findFirst().orElse(null);
      assertNotNull(tarball, "no jsii tarball in " + jar);
      try (InputStream in = new GZIPInputStream(file.getInputStream(tarball), 1 << 16)) {
        return tarEntry(in, FLAGS_FILE);
      }
    }
  }

  /** The text of one entry of a tar stream (ustar headers of 512 bytes, contents padded to 512). */
  private static String tarEntry(InputStream tar, String wanted) throws IOException {
    byte[] header = new byte[512];
    while (tar.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
      String name = field(header, 0, 100);
      String prefix = field(header, 345, 155);
      String path = prefix.isEmpty() ? name : prefix + "/" + name;
      long size = Long.parseLong(field(header, 124, 12).trim(), 8);
      if (path.equals(wanted)) {
        return new String(tar.readNBytes((int) size), StandardCharsets.UTF_8);
      }
      tar.skipNBytes((size + 511) / 512 * 512);
    }
    throw new AssertionError(wanted + " is not in the tarball");
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
  }
}
