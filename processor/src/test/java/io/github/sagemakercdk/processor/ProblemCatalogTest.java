package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;

import io.github.sagemakercdk.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The processor's catalog next to the rules module's: one id per problem, each message with its fix. */
class ProblemCatalogTest {

  @Test
  void idsAreUniqueAcrossBothCatalogs() {
    List<String> ids = new ArrayList<>();
    for (Problem problem : Problem.values()) {
      ids.add(problem.id());
    }
    for (Rule rule : Rule.values()) {
      ids.add(rule.id());
    }
    assertThat(ids).containsNoDuplicates();
  }

  @Test
  void everyMessageStartsWithItsIdAndSaysWhatToDo() {
    for (Problem problem : Problem.values()) {
      Object[] args = {1, 2, 3, 4, 5, 6}; // integers fill %s and %d alike
      String message = problem.message(args);
      assertThat(message).startsWith("[" + problem.id() + "] ");
      // "what is wrong: how to fix it"
      assertThat(message).contains(": ");
    }
  }
}
