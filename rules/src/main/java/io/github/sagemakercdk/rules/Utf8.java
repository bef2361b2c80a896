package io.github.sagemakercdk.rules;

import java.nio.charset.StandardCharsets;

/** SageMaker and S3 count sizes in UTF-8 bytes, not Java chars. */
final class Utf8 {
  private Utf8() {}

  static int length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
