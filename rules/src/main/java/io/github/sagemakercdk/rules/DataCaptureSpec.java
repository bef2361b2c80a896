package io.github.sagemakercdk.rules;

import java.util.List;

/**
 * What the rules need to know of an endpoint config's data capture, in plain values.
 *
 * @param destination the destination S3 URI, {@code s3://<bucket>[/<prefix>]}, or null when not known yet
 * @param initialSamplingPercentage the percentage of requests captured, or null when not known yet
 * @param csvContentTypes the content types captured as CSV (empty: none given)
 * @param jsonContentTypes the content types captured as JSON (empty: none given)
 */
public record DataCaptureSpec(String destination, Number initialSamplingPercentage, List<String> csvContentTypes,
    List<String> jsonContentTypes) {
  public DataCaptureSpec {
    csvContentTypes = List.copyOf(csvContentTypes);
    jsonContentTypes = List.copyOf(jsonContentTypes);
  }
}
