package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import io.github.sagemakercdk.rules.Location;
import io.github.sagemakercdk.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message names its fix. The convention, for every entry of the rules' {@link Rule} and the processor's
 * {@link Problem}: a message reads {@code [SM-ID] what is wrong: how to fix it}, and its fix part (after the first
 * {@code ": "}) says what to do, with one of {@link #FIX_VERBS} ("give a hostname to every container"), or what
 * SageMaker accepts ("SageMaker takes 1 to 15", "a variant name is 1 to 63 letters"). A few rules take their fix part
 * from the check that finds the problem (a bucket name's own reason, an instance type's nearest valid form): they are
 * {@link #FIX_FROM_THE_CHECK}, and no other entry may leave its fix to a caller.
 */
class MessageFixTest {
  /** What a fix part tells the user to do. */
  private static final Set<String> FIX_VERBS = Set.of("add", "check", "choose", "clean", "declare", "define", "deploy",
      "drop", "fix", "give", "grant", "host", "keep", "leave", "make", "move", "name", "pick", "pin", "provision", "put",
      "raise", "remove", "rename", "report", "serve", "set", "shorten", "spread", "test", "use", "write");

  /** What SageMaker (or a well-formed value) accepts: "SageMaker takes ...", "a name is ...", "it must ...". */
  private static final Pattern ACCEPTED = Pattern.compile(
      "\\b(SageMaker|it|an?|the|each|hostnames)\\b[^;]*?\\b(takes|allows|loads|watches|hosts|is|are|has|handles"
          + "|starts|must|comes)\\b");

  /** Rules whose whole fix part is a reason given by their check. */
  private static final Set<String> FIX_FROM_THE_CHECK = Set.of("S3_BUCKET_NAME", "S3_OBJECT_KEY",
      "IMAGE_ASSET_DIRECTORY", "MODEL_DATA_FILE", "INSTANCE_TYPE", "TRAFFIC_ROUTING_SIZE");

  /** Integers fill {@code %s} and {@code %d} alike, and show as no word of a fix. */
  private static final Object[] ARGUMENTS = {1, 2, 3, 4, 5, 6};

  @Test
  void everyProblemNamesItsFix() {
    List<String> without = new ArrayList<>();
    for (Problem problem : Problem.values()) {
      if (!namesItsFix(problem.message(ARGUMENTS))) {
        without.add(problem.message(ARGUMENTS));
      }
    }
    assertWithMessage("Problem messages without a fix part naming the fix").that(without).isEmpty();
  }

  @Test
  void everyRuleNamesItsFixOrTakesItFromItsCheck() {
    List<String> without = new ArrayList<>();
    Set<String> fixFromTheCheck = new TreeSet<>();
    for (Rule rule : Rule.values()) {
      String message = rule.violation(Location.VALUE, ARGUMENTS).toString();
      if (!namesItsFix(message)) {
        if (FIX_FROM_THE_CHECK.contains(rule.name())) {
          fixFromTheCheck.add(rule.name());
        } else {
          without.add(message);
        }
      }
    }
    assertWithMessage("Rule messages without a fix part naming the fix").that(without).isEmpty();
    assertWithMessage("rules that take their fix from their check").that(fixFromTheCheck)
        .containsExactlyElementsIn(FIX_FROM_THE_CHECK);
  }

  /** Whether the part after the first ": " says what to do or what is accepted. */
  private static boolean namesItsFix(String message) {
    int colon = message.indexOf(": ", message.indexOf("] ") + 2);
    if (colon < 0) {
      return false;
    }
    String fix = message.substring(colon + 2);
    for (String word : fix.split("[^A-Za-z]+")) {
      if (FIX_VERBS.contains(word)) {
        return true;
      }
    }
    return ACCEPTED.matcher(fix).find();
  }
}
