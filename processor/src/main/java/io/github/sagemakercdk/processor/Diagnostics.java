package io.github.sagemakercdk.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every problem of the compile, in the order they were found, each once (the same message on the same place is kept
 * once, however many rounds arrive at it): the joined {@link ValidationReport} of each class, and what the processor
 * itself meets (unreadable values, failed writes). It prints what is new at the end of each round, so that no
 * problem waits for a later round and none is printed twice.
 */
final class Diagnostics {
  private final Map<String, Diagnostic> diagnostics = new LinkedHashMap<>();
  private final List<Diagnostic> unprinted = new ArrayList<>();

  void error(Site site, String message) {
    String key = site.key() + "|" + message;
    if (diagnostics.putIfAbsent(key, new Diagnostic(site, message)) == null) {
      unprinted.add(diagnostics.get(key));
    }
  }

  void addAll(ValidationReport<?> report) {
    report.diagnostics().forEach(diagnostic -> error(diagnostic.site(), diagnostic.message()));
  }

  /** The diagnostics added since the last call, in the order they were found. */
  List<Diagnostic> takeUnprinted() {
    List<Diagnostic> taken = List.copyOf(unprinted);
    unprinted.clear();
    return taken;
  }
}
