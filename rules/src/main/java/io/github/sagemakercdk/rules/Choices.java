package io.github.sagemakercdk.rules;

import java.util.List;

/** A list of known values for a message, shown whole (a message argument of type String is cut to 80 characters). */
record Choices(List<String> values) {

  @Override
  public String toString() {
    return values.isEmpty() ? "none" : String.join(", ", values);
  }
}
