package io.github.sagemakercdk.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Every problem of the compile, in the order they were found, each once (the same message on the same place
 * is kept once, however many checks arrive at it).
 *
 * <p>Validation only adds to it; the processor prints what is new at the end of each round, so that no
 * problem waits for a later round and none is printed twice.
 */
final class Report {
  private final Map<String, Diagnostic> diagnostics = new LinkedHashMap<>();
  private final Set<String> typesWithErrors = new HashSet<>();
  private final List<Diagnostic> unprinted = new ArrayList<>();

  void error(Site site, String message) {
    String key = site.key() + "|" + message;
    if (diagnostics.putIfAbsent(key, new Diagnostic(site, message)) == null) {
      typesWithErrors.add(site.type().getQualifiedName().toString());
      unprinted.add(diagnostics.get(key));
    }
  }

  boolean hasErrors(TypeElement type) {
    return typesWithErrors.contains(type.getQualifiedName().toString());
  }

  /** The diagnostics added since the last call, in the order they were found. */
  List<Diagnostic> takeUnprinted() {
    List<Diagnostic> taken = List.copyOf(unprinted);
    unprinted.clear();
    return taken;
  }

  /** Everything reported so far, in order (for tests and summaries). */
  List<Diagnostic> all() {
    return List.copyOf(diagnostics.values());
  }
}
