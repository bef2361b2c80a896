package io.github.sagemakercdk;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The files under src/test/resources that assets are made from. */
final class Fixtures {
  private Fixtures() {}

  /** A directory with a Dockerfile. */
  static String dockerDirectory() {
    return resource("/docker");
  }

  /** A directory whose build file is Serve.dockerfile, not Dockerfile. */
  static String customDockerfileDirectory() {
    return resource("/docker-custom");
  }

  /** A small gzip-compressed tar archive. */
  static String modelArchive() {
    return resource("/model/model.tar.gz");
  }

  private static String resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
