package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import io.github.sagemakercdk.internal.RuntimeRule;
import io.github.sagemakercdk.rules.HostingExclusion;
import io.github.sagemakercdk.rules.HostingExclusions;
import io.github.sagemakercdk.rules.Messages;
import io.github.sagemakercdk.rules.Rule;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule id the README names is an entry of one of the three message catalogs (Rule, Problem, RuntimeRule), and
 * its exclusion table ({@code | hosting option | does not support | rule | source |}) names the rules of the rows of
 * {@link HostingExclusions}, each once.
 */
class ReadmeRuleIdsTest {
  private static final Pattern ID = Pattern.compile("SM-[A-Z0-9]+(?:-[A-Z0-9]+)*");

  @Test
  void everyRuleIdNamedIsInACatalog() throws Exception {
    Set<String> catalog = new TreeSet<>();
    Stream.of(Rule.values(), Problem.values(), RuntimeRule.values())
        .flatMap(Stream::of)
        .forEach(entry -> catalog.add(Messages.id(entry)));
    List<String> named = new ArrayList<>();
    Matcher id = ID.matcher(Files.readString(Readme.path()));
    while (id.find()) {
      named.add(id.group());
    }
    assertWithMessage("rule ids the README names").that(named).isNotEmpty();
    for (String rule : named) {
      assertWithMessage("README.md names %s, which no catalog (Rule, Problem, RuntimeRule) holds", rule)
          .that(catalog).contains(rule);
    }
  }

  @Test
  void exclusionTableIsHostingExclusions() {
    List<Readme.Table> tables = Readme.read().tables.stream()
        .filter(t -> t.header().equals(List.of("hosting option", "does not support", "rule", "source")))
        .toList();
    assertWithMessage("exclusion tables in the README").that(tables).hasSize(1);
    List<String> documented = tables.get(0).rows().stream().map(row -> row.get(2).replace("`", "")).toList();
    List<String> rows = HostingExclusions.rows().stream().map(HostingExclusion::rule).map(Messages::id).toList();
    assertWithMessage("the rules of %s, as HostingExclusions' rows", tables.get(0).where())
        .that(documented).containsExactlyElementsIn(rows);
  }
}
