package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Data capture of an endpoint config: destination, sampling percentage, content types, serverless. */
class DataCaptureRulesTest {

  private static List<Rule> rules(List<Violation> violations) {
    return violations.stream().map(Violation::rule).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"s3://capture-bucket", "s3://capture-bucket/", "s3://capture-bucket/a/b", "s3://abc/x/"})
  void validDestinations(String uri) {
    assertEquals(List.of(), DataCaptureRules.destination(uri), uri);
  }

  @ParameterizedTest
  @ValueSource(strings = {"capture-bucket/x", "https://capture-bucket.s3.amazonaws.com/x", "s3://", "s3:///x",
      "S3://capture-bucket"})
  void invalidDestinations(String uri) {
    assertEquals(List.of(Rule.DATA_CAPTURE_DESTINATION), rules(DataCaptureRules.destination(uri)), uri);
  }

  @Test
  void destinationIsAtMost512CharactersWithAValidBucket() {
    String base = "s3://capture-bucket/";
    assertEquals(List.of(), DataCaptureRules.destination(base + "k".repeat(512 - base.length())));
    assertEquals(List.of(Rule.DATA_CAPTURE_DESTINATION),
        rules(DataCaptureRules.destination(base + "k".repeat(513 - base.length()))));
    List<Violation> badBucket = DataCaptureRules.destination("s3://Capture_Bucket/x");
    assertEquals(List.of(Rule.S3_BUCKET_NAME), rules(badBucket));
    assertEquals(Location.model(Attribute.DESTINATION), badBucket.get(0).location());
  }

  @Test
  void samplingPercentageIsZeroToHundred() {
    assertTrue(DataCaptureRules.samplingPercentage(0).isEmpty());
    assertTrue(DataCaptureRules.samplingPercentage(100).isEmpty());
    assertEquals(Rule.DATA_CAPTURE_SAMPLING_PERCENTAGE, DataCaptureRules.samplingPercentage(-1).orElseThrow().rule());
    assertEquals(Rule.DATA_CAPTURE_SAMPLING_PERCENTAGE, DataCaptureRules.samplingPercentage(101).orElseThrow().rule());
    assertEquals(Rule.DATA_CAPTURE_SAMPLING_PERCENTAGE, DataCaptureRules.samplingPercentage(12.5).orElseThrow().rule());
    assertTrue(DataCaptureRules.samplingPercentage(20.0).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/csv", "application/json", "application/jsonlines", "application/x-npy",
      "text/x-csv.v2", "a/b"})
  void validContentTypes(String type) {
    assertEquals(List.of(), DataCaptureRules.contentTypes("csvContentTypes", List.of(type), Attribute.CSV_CONTENT_TYPES));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "csv", "text/", "/csv", "text/csv; charset=utf-8", "-text/csv", "text/.csv",
      "text/csv/x", "te.xt/csv"})
  void invalidContentTypes(String type) {
    List<Violation> violations =
        DataCaptureRules.contentTypes("jsonContentTypes", List.of("text/csv", type), Attribute.JSON_CONTENT_TYPES);
    assertEquals(List.of(Rule.DATA_CAPTURE_CONTENT_TYPE), rules(violations), type);
    assertEquals(Location.entry(Attribute.JSON_CONTENT_TYPES, 1), violations.get(0).location());
  }

  @Test
  void atMostTenContentTypesOfAtMost256Characters() {
    List<String> ten = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ten.add("text/csv" + i);
    }
    assertEquals(List.of(), DataCaptureRules.contentTypes("csvContentTypes", ten, Attribute.CSV_CONTENT_TYPES));
    List<String> eleven = new ArrayList<>(ten);
    eleven.add("text/plain");
    List<Violation> tooMany = DataCaptureRules.contentTypes("csvContentTypes", eleven, Attribute.CSV_CONTENT_TYPES);
    assertEquals(List.of(Rule.DATA_CAPTURE_CONTENT_TYPE_COUNT), rules(tooMany));
    assertTrue(tooMany.get(0).message().startsWith("csvContentTypes holds 11 content types"));
    String longest = "text/" + "c".repeat(251);
    assertEquals(List.of(), DataCaptureRules.contentTypes("csvContentTypes", List.of(longest),
        Attribute.CSV_CONTENT_TYPES));
    assertEquals(List.of(Rule.DATA_CAPTURE_CONTENT_TYPE), rules(DataCaptureRules.contentTypes("csvContentTypes",
        List.of(longest + "c"), Attribute.CSV_CONTENT_TYPES)));
  }

  @Test
  void validateReportsInOrder() {
    DataCaptureSpec spec = new DataCaptureSpec("bucket", 101, List.of("csv"), List.of("json"));
    assertEquals(List.of(Rule.DATA_CAPTURE_DESTINATION, Rule.DATA_CAPTURE_SAMPLING_PERCENTAGE,
        Rule.DATA_CAPTURE_CONTENT_TYPE, Rule.DATA_CAPTURE_CONTENT_TYPE), rules(DataCaptureRules.validate(spec)));
    assertEquals(List.of(), DataCaptureRules.validate(new DataCaptureSpec(null, null, List.of(), List.of())),
        "values not known yet pass");
  }

  @Test
  void noDataCaptureOnServerlessEndpoints() {
    assertTrue(DataCaptureRules.hosting(0).isEmpty());
    assertEquals(Rule.DATA_CAPTURE_SERVERLESS, DataCaptureRules.hosting(1).orElseThrow().rule());
  }

  @Test
  void destinationsKnowTheirObjects() {
    assertEquals(new S3Destination("b", "capture/x"), S3Destination.parse("s3://b/capture/x/").orElseThrow());
    assertEquals("capture/x/*", S3Destination.parse("s3://b//capture/x/").orElseThrow().objectsPattern());
    assertEquals("*", S3Destination.parse("s3://b").orElseThrow().objectsPattern());
    assertEquals("*", S3Destination.parse("s3://b/").orElseThrow().objectsPattern());
    assertEquals("s3://b/p", S3Destination.of("b", "/p/").uri());
    assertEquals("s3://b", S3Destination.of("b", null).uri());
  }
}
