package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.AnnotationValues.isString;
import static io.github.sagemakercdk.processor.AnnotationValues.string;
import static io.github.sagemakercdk.processor.AnnotationValues.written;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationValue;

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

  /** A {@code String[]} attribute: one entry written without braces is a list of one. */
  static AnnotatedList strings(Site annotation, String attribute, List<Site> unreadable) {
    AnnotationValue value = written(annotation.mirror(), attribute);
    Site site = annotation.attribute(attribute, value);
    List<AnnotatedValue<String>> entries = new ArrayList<>();
    if (value == null) {
      return new AnnotatedList(site, entries);
    }
    if (!(value.getValue() instanceof List<?> list)) {
      unreadable.add(site);
      return new AnnotatedList(site, entries);
    }
    for (int i = 0; i < list.size(); i++) {
      AnnotationValue entry = list.get(i) instanceof AnnotationValue v ? v : null;
      Site entrySite = site.entry(i, entry);
      if (entry != null && isString(entry.getValue())) {
        entries.add(new AnnotatedValue<>((String) entry.getValue(), entrySite));
      } else {
        unreadable.add(entrySite);
      }
    }
    return new AnnotatedList(site, entries);
  }
}
