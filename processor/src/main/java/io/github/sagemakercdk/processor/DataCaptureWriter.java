package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.StringLiterals.literal;

import static io.github.sagemakercdk.processor.GeneratedTypes.BUCKET;
import static io.github.sagemakercdk.processor.GeneratedTypes.CAPTURE_MODE;
import static io.github.sagemakercdk.processor.GeneratedTypes.DATA_CAPTURE_CONFIG;
import static io.github.sagemakercdk.processor.GeneratedTypes.LIST;

import com.squareup.javapoet.CodeBlock;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the {@code .dataCaptureConfig(...)} of the generated endpoint config, setting only what was given. */
final class DataCaptureWriter {
  private DataCaptureWriter() {}

  static CodeBlock configProperty(DataCapturePlan capture) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add(".dataCaptureConfig($T.builder()\n", DATA_CAPTURE_CONFIG).indent().indent()
        .add(".destinationBucket($T.fromBucketName(this, $L, $L))\n", BUCKET, literal("DataCaptureBucket"),
            literal(capture.bucket()));
    if (!capture.keyPrefix().isEmpty()) {
      code.add(".destinationKeyPrefix($L)\n", literal(capture.keyPrefix()));
    }
    code.add(".initialSamplingPercentage($L)\n", capture.initialSamplingPercentage())
        .add(".captureMode($T.$L)\n", CAPTURE_MODE, capture.captureMode());
    if (!capture.csvContentTypes().isEmpty()) {
      code.add(".csvContentTypes($L)\n", list(capture.csvContentTypes()));
    }
    if (!capture.jsonContentTypes().isEmpty()) {
      code.add(".jsonContentTypes($L)\n", list(capture.jsonContentTypes()));
    }
    if (capture.kmsKey() != null) {
      code.add(".encryptionKey($L)\n", SettingsWriter.key("DataCaptureKey", capture.kmsKey()));
    }
    return code.add(".build())\n").unindent().unindent().build();
  }

  private static CodeBlock list(List<String> values) {
    return CodeBlock.of("$T.of($L)", LIST, values.stream().map(StringLiterals::literal)
        .collect(Collectors.joining(", ")));
  }

}
