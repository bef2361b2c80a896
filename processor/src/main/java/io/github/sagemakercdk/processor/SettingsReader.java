package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.AnnotationValues.string;
import static io.github.sagemakercdk.processor.AnnotationValues.strings;

import java.util.List;

/**
 * Reads the role, placement, tags, account and region of a {@code @SageMakerModel} into {@link ModelSettings},
 * keeping the site of every value. Like {@link ModelReader} it judges nothing.
 */
final class SettingsReader {
  private SettingsReader() {}

  static ModelSettings read(Site model, List<Site> unreadable) {
    return new ModelSettings(
        string(model, "role", unreadable),
        strings(model, "subnets", unreadable),
        strings(model, "securityGroups", unreadable),
        strings(model, "tags", unreadable),
        string(model, "account", unreadable),
        string(model, "region", unreadable));
  }

}
