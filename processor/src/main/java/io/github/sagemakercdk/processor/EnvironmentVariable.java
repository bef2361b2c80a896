package io.github.sagemakercdk.processor;

/**
 * One {@code NAME=value} entry, split, with the place it was written.
 *
 * @param name what precedes the first '='
 * @param value all that follows it (may hold '=' too)
 * @param site the entry in the {@code environment} array
 */
record EnvironmentVariable(String name, String value, Site site) {

  /** Splits an entry at its first '='; a missing '=' or an empty name is a problem for the report. */
  static Parsed<EnvironmentVariable> parse(AnnotatedValue<String> entry) {
    String text = entry.value();
    int equals = text.indexOf('=');
    if (equals < 0) {
      return Parsed.failed(Problem.ENVIRONMENT_ENTRY_FORM.message(text));
    }
    if (equals == 0) {
      return Parsed.failed(Problem.ENVIRONMENT_ENTRY_NAME.message(text));
    }
    return Parsed.of(new EnvironmentVariable(text.substring(0, equals), text.substring(equals + 1), entry.site()));
  }
}
