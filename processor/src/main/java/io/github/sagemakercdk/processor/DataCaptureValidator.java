package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.DataCaptureRules;
import io.github.sagemakercdk.rules.DataCaptureSpec;
import io.github.sagemakercdk.rules.Location;
import io.github.sagemakercdk.rules.S3Destination;
import io.github.sagemakercdk.rules.Violation;
import java.util.Optional;

/**
 * Checks a class's {@code @DataCapture}, each problem in its report at its value, and turns one without
 * problems into a {@link DataCapturePlan}. SageMaker's limits are {@link DataCaptureRules}'; this class adds what only
 * the annotations can get wrong: data capture without a model or without an endpoint.
 */
final class DataCaptureValidator {
  private final SettingsValidator settings;

  DataCaptureValidator(SettingsValidator settings) {
    this.settings = settings;
  }

  /** The report on the class's data capture, with its plan when it has one and no problems. */
  ValidationReport<DataCapturePlan> validate(ModelDeclaration model, DeclaredEndpoints endpoints,
      Optional<DataCaptureDeclaration> declared) {
    ValidationReport.Builder report = ValidationReport.about(model.type());
    if (declared.isEmpty()) {
      return report.build();
    }
    DataCaptureDeclaration capture = declared.get();
    if (!model.hasModelAnnotation()) {
      report.error(capture.site(), Problem.ENDPOINT_WITHOUT_MODEL.message(
          "DataCapture", model.type().getQualifiedName(), "DataCapture"));
    } else if (endpoints.endpoints().isEmpty()) {
      report.error(capture.site(), Problem.DATA_CAPTURE_WITHOUT_ENDPOINT.message(model.type().getQualifiedName()));
    }
    int serverless = (int) endpoints.endpoints().stream()
        .filter(endpoint -> endpoint instanceof EndpointDeclaration.Serverless).count();
    Optional<Violation> hosting = DataCaptureRules.hosting(serverless);
    hosting.ifPresent(v -> report.error(capture.site(), v.toString()));
    DataCaptureSpec spec = new DataCaptureSpec(capture.destination().value(),
        capture.initialSamplingPercentage().value(), capture.csvContentTypes().values(),
        capture.jsonContentTypes().values());
    for (Violation violation : DataCaptureRules.validate(spec)) {
      report.error(site(capture, violation.location()), violation.toString());
    }
    if (!capture.kmsKey().value().isEmpty()) {
      report.add(settings.checkKey(model, capture.kmsKey()));
    }
    return report.build(() -> plan(capture));
  }

  private static Site site(DataCaptureDeclaration capture, Location at) {
    return switch (at.attribute()) {
      case DESTINATION -> capture.destination().site();
      case SAMPLING_PERCENTAGE -> capture.initialSamplingPercentage().site();
      case CSV_CONTENT_TYPES -> entry(capture.csvContentTypes(), at.entry());
      case JSON_CONTENT_TYPES -> entry(capture.jsonContentTypes(), at.entry());
      default -> capture.site();
    };
  }

  private static Site entry(AnnotatedList list, int entry) {
    return entry >= 0 && entry < list.entries().size() ? list.entries().get(entry).site() : list.site();
  }

  private static DataCapturePlan plan(DataCaptureDeclaration capture) {
    S3Destination destination = S3Destination.parse(capture.destination().value()).orElseThrow();
    String key = capture.kmsKey().value();
    return new DataCapturePlan(destination.bucket(), destination.keyPrefix(),
        capture.initialSamplingPercentage().value(), capture.captureMode().value(),
        capture.csvContentTypes().values(), capture.jsonContentTypes().values(), key.isEmpty() ? null : key);
  }
}
