package io.github.sagemakercdk.rules;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of an endpoint config's data capture (SageMaker API reference: DataCaptureConfig,
 * CaptureContentTypeHeader; CloudFormation: AWS::SageMaker::EndpointConfig DataCaptureConfig), and where SageMaker
 * does not capture at all.
 */
public final class DataCaptureRules {
  private static final Pattern CONTENT_TYPE = Pattern.compile(Limits.DATA_CAPTURE_CONTENT_TYPE_PATTERN);

  private DataCaptureRules() {}

  /** Every violation of the data capture, in a stable order: destination, sampling, CSV types, JSON types. */
  public static List<Violation> validate(DataCaptureSpec capture) {
    List<Violation> violations = new ArrayList<>();
    if (capture.destination() != null) {
      violations.addAll(destination(capture.destination()));
    }
    if (capture.initialSamplingPercentage() != null) {
      samplingPercentage(capture.initialSamplingPercentage()).ifPresent(violations::add);
    }
    violations.addAll(contentTypes("csvContentTypes", capture.csvContentTypes(), Attribute.CSV_CONTENT_TYPES));
    violations.addAll(contentTypes("jsonContentTypes", capture.jsonContentTypes(), Attribute.JSON_CONTENT_TYPES));
    return violations;
  }

  /** DestinationS3Uri: {@code s3://<bucket>[/<prefix>]} of at most 512 characters, with a valid bucket name. */
  public static List<Violation> destination(String uri) {
    Location at = Location.model(Attribute.DESTINATION);
    Optional<S3Destination> parsed = S3Destination.parse(uri);
    if (parsed.isEmpty() || uri.length() > Limits.MAX_DATA_CAPTURE_DESTINATION_LENGTH) {
      return List.of(Rule.DATA_CAPTURE_DESTINATION.violation(at, uri));
    }
    return S3Rules.bucketName(parsed.get().bucket())
        .map(v -> List.of(new Violation(v.rule(), v.message(), at)))
        .orElse(List.of());
  }

  /** InitialSamplingPercentage: a whole number from 0 to 100. */
  public static Optional<Violation> samplingPercentage(Number percentage) {
    double value = percentage.doubleValue();
    return value == Math.rint(value) && value >= Limits.MIN_DATA_CAPTURE_SAMPLING_PERCENTAGE
        && value <= Limits.MAX_DATA_CAPTURE_SAMPLING_PERCENTAGE
        ? Optional.empty()
        : Optional.of(Rule.DATA_CAPTURE_SAMPLING_PERCENTAGE.violation(
            Location.model(Attribute.SAMPLING_PERCENTAGE), percentage));
  }

  /** One list of CaptureContentTypeHeader: at most 10 content types, each of the pattern; empty means not given. */
  public static List<Violation> contentTypes(String list, List<String> types, Attribute attribute) {
    List<Violation> violations = new ArrayList<>();
    if (types.size() > Limits.MAX_DATA_CAPTURE_CONTENT_TYPES) {
      violations.add(Rule.DATA_CAPTURE_CONTENT_TYPE_COUNT.violation(Location.model(attribute), list, types.size()));
    }
    for (int i = 0; i < types.size(); i++) {
      String type = types.get(i);
      if (type.length() > Limits.MAX_DATA_CAPTURE_CONTENT_TYPE_LENGTH || !CONTENT_TYPE.matcher(type).matches()) {
        violations.add(Rule.DATA_CAPTURE_CONTENT_TYPE.violation(Location.entry(attribute, i), type));
      }
    }
    return violations;
  }

  /**
   * Where SageMaker does not capture data, from the exclusion table ({@link HostingExclusions}): Serverless
   * Inference does not support it.
   */
  public static Optional<Violation> hosting(int serverlessVariants) {
    if (serverlessVariants == 0) {
      return Optional.empty();
    }
    return HostingExclusions.rejected(HostingSetup.of(null,
        EnumSet.of(HostingFeature.SERVERLESS, HostingFeature.DATA_CAPTURE))).stream().findFirst();
  }
}
