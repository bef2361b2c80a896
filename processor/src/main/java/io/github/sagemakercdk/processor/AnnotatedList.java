package io.github.sagemakercdk.processor;

import java.util.List;

/**
 * A {@code String[]} attribute as written: the attribute as a whole (for problems of the list, such as its size)
 * and each entry with its own site (for problems of one entry).
 *
 * @param site the attribute; the annotation itself when the attribute was not written
 * @param entries the entries in source order
 */
record AnnotatedList(Site site, List<AnnotatedValue<String>> entries) {
  AnnotatedList {
    entries = List.copyOf(entries);
  }

  List<String> values() {
    return entries.stream().map(AnnotatedValue::value).toList();
  }
}
