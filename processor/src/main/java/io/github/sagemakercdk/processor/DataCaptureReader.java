package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.AnnotationValues.enumConstant;
import static io.github.sagemakercdk.processor.AnnotationValues.integer;
import static io.github.sagemakercdk.processor.AnnotationValues.string;
import static io.github.sagemakercdk.processor.AnnotationValues.written;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** Reads the {@code @DataCapture} of a class, keeping the site of every value. It judges nothing. */
final class DataCaptureReader {
  private DataCaptureReader() {}

  /** The class's {@code @DataCapture}, or empty; values the compiler could not evaluate go to {@code unreadable}. */
  static Optional<DataCaptureDeclaration> read(TypeElement type, List<Site> unreadable) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (AnnotationNames.of(mirror).equals(AnnotationNames.DATA_CAPTURE)) {
        Site site = Site.of(type, AnnotationRef.DATA_CAPTURE, mirror);
        for (String required : List.of("destination", "initialSamplingPercentage")) {
          if (written(mirror, required) == null) {
            // The compiler has already said it is missing.
            unreadable.add(site.attribute(required, null));
          }
        }
        return Optional.of(new DataCaptureDeclaration(
            site,
            string(site, "destination", unreadable),
            integer(site, "initialSamplingPercentage", unreadable),
            enumConstant(site, "captureMode", unreadable),
            AnnotationValues.strings(site, "csvContentTypes", unreadable),
            AnnotationValues.strings(site, "jsonContentTypes", unreadable),
            string(site, "kmsKey", unreadable)));
      }
    }
    return Optional.empty();
  }
}
