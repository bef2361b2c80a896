package io.github.sagemakercdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The {@code context} of {@code ./cdk.json}, for an app the CDK CLI did not start: the CLI hands an app its context in
 * {@code CDK_CONTEXT_JSON} (or, when large, in the file {@code CONTEXT_OVERFLOW_LOCATION_ENV} names), and without it
 * {@code mvn package} would synthesize other templates than {@code cdk synth}.
 */
final class CdkJsonContext {
  static final String CONTEXT_VARIABLE = "CDK_CONTEXT_JSON";
  static final String OVERFLOW_VARIABLE = "CONTEXT_OVERFLOW_LOCATION_ENV";
  static final String CDK_JSON = "cdk.json";

  private CdkJsonContext() {}

  /** The context to give the app: empty when the CLI gives one, else {@code cdk.json}'s (empty without the file). */
  static Map<String, Object> read(Path directory, UnaryOperator<String> variables) {
    if (variables.apply(CONTEXT_VARIABLE) != null || variables.apply(OVERFLOW_VARIABLE) != null) {
      return Map.of();
    }
    Path file = directory.resolve(CDK_JSON);
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try {
      Object parsed = new ObjectMapper().readValue(file.toFile(), Object.class);
      Map<String, Object> context = new LinkedHashMap<>();
      if (parsed instanceof Map<?, ?> root && root.get("context") instanceof Map<?, ?> entries) {
        entries.forEach((key, value) -> context.put(String.valueOf(key), value));
      }
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(file.toAbsolutePath() + " cannot be read as JSON: " + e.getMessage(), e);
    }
  }
}
