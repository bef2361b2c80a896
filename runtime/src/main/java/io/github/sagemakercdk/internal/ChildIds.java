package io.github.sagemakercdk.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import software.constructs.Construct;

/** Construct ids for children that images and model data add to a model. */
public final class ChildIds {
  private ChildIds() {}

  /**
   * {@code prefix} followed by a hash of {@code key} (such as an asset path), so the id stays the same from
   * one synth to the next; when two images of one model name the same path, the second gets a number.
   */
  public static String unique(Construct scope, String prefix, String key) {
    String base = prefix + md5(key);
    String id = base;
    for (int n = 2; scope.getNode().tryFindChild(id) != null; n++) {
      id = base + n;
    }
    return id;
  }

  private static String md5(String key) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      return HexFormat.of().formatHex(md5.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides MD5", e);
    }
  }
}
