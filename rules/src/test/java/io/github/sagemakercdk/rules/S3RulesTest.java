package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class S3RulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"my-bucket", "abc", "a.b.c", "bucket-123", "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij123"})
  void validBucketNames(String name) {
    assertTrue(S3Rules.bucketName(name).isEmpty(), name);
  }

  @ParameterizedTest
  @CsvSource({
      "ab, 3 to 63 characters",
      "My-Bucket, lowercase letters",
      "-bucket, starting and ending",
      "bucket-, starting and ending",
      "my_bucket, lowercase letters",
      "a..b, two periods",
      "192.168.5.4, IP address",
      "xn--bucket, prefix \"xn--\"",
      "sthree-bucket, prefix \"sthree-\"",
      "amzn-s3-demo-bucket, prefix \"amzn-s3-demo-\"",
      "bucket-s3alias, suffix \"-s3alias\"",
      "bucket--ol-s3, suffix \"--ol-s3\"",
      "bucket.mrap, suffix \".mrap\"",
      "bucket--x-s3, suffix \"--x-s3\"",
      "bucket--table-s3, suffix \"--table-s3\""
  })
  void invalidBucketNamesSayWhy(String name, String why) {
    Violation violation = S3Rules.bucketName(name).orElseThrow();
    assertEquals(Rule.S3_BUCKET_NAME, violation.rule());
    assertTrue(violation.message().contains(why), violation.message());
  }

  @Test
  void bucketNamesAreAtMost63Characters() {
    assertEquals(Rule.S3_BUCKET_NAME, S3Rules.bucketName("x".repeat(64)).orElseThrow().rule());
  }

  @Test
  void objectKeysAreOneTo1024Bytes() {
    assertEquals(Rule.S3_OBJECT_KEY, S3Rules.objectKey("").orElseThrow().rule());
    assertTrue(S3Rules.objectKey("k".repeat(1024)).isEmpty());
    assertEquals(Rule.S3_OBJECT_KEY, S3Rules.objectKey("é".repeat(513)).orElseThrow().rule());
  }

  @ParameterizedTest
  @ValueSource(strings = {"model.tar.gz", "path/to/MODEL.TAR.GZ", "/abs/m.tar.gz"})
  void modelArchivesAreTarGz(String path) {
    assertTrue(S3Rules.modelArchive(path).isEmpty(), path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"model.tgz", "model.tar", "model.zip", "model.tar.gz/", ""})
  void otherArchivesAreRejected(String path) {
    assertEquals(Rule.MODEL_DATA_ARCHIVE, S3Rules.modelArchive(path).orElseThrow().rule(), path);
  }

  @Test
  void modelDataUrls() {
    assertTrue(S3Rules.modelDataUrl("s3://bucket/key.tar.gz").isEmpty());
    assertTrue(S3Rules.modelDataUrl("https://bucket.s3.amazonaws.com/key.tar.gz").isEmpty());
    assertEquals(Rule.MODEL_DATA_URL, S3Rules.modelDataUrl("ftp://bucket/key").orElseThrow().rule());
    assertEquals(Rule.MODEL_DATA_URL,
        S3Rules.modelDataUrl("s3://bucket/" + "k".repeat(1020)).orElseThrow().rule());
  }
}
