package io.github.sagemakercdk.processor;

import java.util.List;

/**
 * The data capture of the generated endpoint config, every check passed.
 *
 * @param bucket the destination bucket's name
 * @param keyPrefix the key prefix, empty for the whole bucket
 * @param captureMode the name of the runtime's {@code CaptureMode} constant
 * @param csvContentTypes the CSV content types (empty: none given)
 * @param jsonContentTypes the JSON content types (empty: none given)
 * @param kmsKey the key or alias ARN, or null for none
 */
record DataCapturePlan(
    String bucket,
    String keyPrefix,
    int initialSamplingPercentage,
    String captureMode,
    List<String> csvContentTypes,
    List<String> jsonContentTypes,
    String kmsKey) {

  DataCapturePlan {
    csvContentTypes = List.copyOf(csvContentTypes);
    jsonContentTypes = List.copyOf(jsonContentTypes);
  }
}
