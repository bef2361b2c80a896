package io.github.sagemakercdk.processor;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The fixed project folder of the tests (src/test/resources/project, as copied to the test classpath): a Docker
 * build context at docker/serve, a folder without Dockerfile at docker/empty, an archive at models/model.tar.gz.
 */
final class TestProject {
  /** Stands for the machine-dependent project folder in golden files. */
  static final String PLACEHOLDER = "${projectDir}";

  private TestProject() {}

  static Path directory() {
    try {
      return Path.of(TestProject.class.getResource("/project/docker/serve/Dockerfile").toURI())
          .getParent().getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String option() {
    return "-A" + ProjectDirectory.OPTION + "=" + directory();
  }
}
