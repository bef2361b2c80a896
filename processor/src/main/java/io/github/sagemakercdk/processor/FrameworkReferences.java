package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.FrameworkImages;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads {@code framework:<name>:<version>[:<processor>][:<python>]}: the image SageMaker publishes for a framework
 * or built-in algorithm, looked up in the rules' framework images. An option that reads {@code py} and digits is
 * the Python version, any other the processor; either may come first.
 */
final class FrameworkReferences {
  static final String FORM = "framework:<name>:<version>, then :<processor> and :<python version> where the version"
      + " has several, for example framework:xgboost:1.7-1 or framework:pytorch:2.6.0:gpu";
  private static final Pattern PYTHON = Pattern.compile("^py\\d+$");

  private FrameworkReferences() {}

  /** {@code body}: the reference after {@code framework:}. */
  static Parsed<ImageSource> parse(String reference, String body) {
    List<String> parts = List.of(body.split(":", -1));
    if (parts.size() < 2) {
      return Parsed.failed(Problem.FRAMEWORK_FORM.message(reference, "no version", FORM));
    }
    if (parts.size() > 4) {
      return Parsed.failed(Problem.FRAMEWORK_FORM.message(reference, "more than two options", FORM));
    }
    if (parts.stream().anyMatch(String::isEmpty)) {
      return Parsed.failed(Problem.FRAMEWORK_FORM.message(reference, "an empty part", FORM));
    }
    String processor = null;
    String python = null;
    for (String option : parts.subList(2, parts.size())) {
      if (PYTHON.matcher(option).matches()) {
        if (python != null) {
          return Parsed.failed(Problem.FRAMEWORK_FORM.message(reference, "two Python versions", FORM));
        }
        python = option;
      } else {
        if (processor != null) {
          return Parsed.failed(Problem.FRAMEWORK_FORM.message(reference, "two processors", FORM));
        }
        processor = option;
      }
    }
    FrameworkImages.Lookup lookup = FrameworkImages.shipped().find(parts.get(0), parts.get(1), processor, python);
    if (lookup.violation().isPresent()) {
      return Parsed.failed(lookup.violation().get().toString());
    }
    return Parsed.of(new ImageSource.Framework(lookup.image(), processor, python));
  }
}
