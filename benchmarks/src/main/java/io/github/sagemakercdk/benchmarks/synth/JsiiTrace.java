package io.github.sagemakercdk.benchmarks.synth;

import io.github.sagemakercdk.benchmarks.ChildJvm;
import io.github.sagemakercdk.benchmarks.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the synthesis time goes: the jsii round trips (Java to Node requests, and Node to Java callbacks) per
 * model of each variant, by call. jsii prints every message with {@code JSII_DEBUG=1}; the runs with 1 and with
 * {@code 1 + MODELS} models are counted and the difference divided by {@code MODELS}, so the app, the stack and
 * start-up drop out. Not timed: the debug output slows both variants down.
 */
final class JsiiTrace {
  private static final int MODELS = 10;
  private static final Pattern API = Pattern.compile("\"api\":\"([a-z]+)\"");
  private static final Pattern MEMBER = Pattern.compile("\"(?:method|property)\":\"([A-Za-z0-9_]+)\"");
  private static final Pattern FQN = Pattern.compile("\"fqn\":\"([^\"]+)\"");

  private final ChildJvm jvm;
  private final Report report;
  private final Path outdir;

  JsiiTrace(ChildJvm jvm, Report report, Path outdir) {
    this.jvm = jvm;
    this.report = report;
    this.outdir = outdir;
  }

  void run() {
    Map<SynthVariant, Map<String, Double>> perModel = new TreeMap<>();
    for (SynthVariant variant : SynthVariant.values()) {
      Report.progress("synth: counting jsii round trips of " + variant.label() + " (JSII_DEBUG=1)");
      Map<String, Integer> one = count(variant, 1);
      Map<String, Integer> more = count(variant, 1 + MODELS);
      Map<String, Double> difference = new TreeMap<>();
      more.forEach((call, count) -> {
        double perOne = (count - one.getOrDefault(call, 0)) / (double) MODELS;
        if (perOne != 0) {
          difference.put(call, perOne);
        }
      });
      perModel.put(variant, difference);
    }
    print(perModel);
  }

  /** Calls by kind: {@code invoke grantPull}, {@code get node}, {@code create aws-cdk-lib.aws_iam.Role}, ... */
  private Map<String, Integer> count(SynthVariant variant, int models) {
    String log = jvm.output(SynthWorkload.class, List.of(variant.name(), String.valueOf(models),
            outdir.toString()), Map.of("JSII_DEBUG", "1"), "jsii-trace-" + variant.name() + "-" + models);
    Map<String, Integer> counts = new TreeMap<>();
    for (String line : log.split("\n")) {
      String call = call(line);
      if (call != null) {
        counts.merge(call, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** The kind of call a debug line is, or null when it is no request and no callback. */
  static String call(String line) {
    if (line.startsWith("< {\"callback\"")) {
      Matcher member = MEMBER.matcher(line);
      return "callback " + (member.find() ? member.group(1) : "?");
    }
    if (!line.startsWith("> {")) {
      return null;
    }
    if (line.startsWith("> {\"complete\"")) {
      return null; // the answer to a callback, counted with it
    }
    Matcher api = API.matcher(line);
    if (!api.find()) {
      return null; // "exit" at the end
    }
    String kind = api.group(1);
    if (kind.equals("create")) {
      Matcher fqn = FQN.matcher(line);
      return "create " + (fqn.find() ? fqn.group(1) : "?");
    }
    Matcher member = MEMBER.matcher(line);
    return member.find() ? kind + " " + member.group(1) : kind;
  }

  private void print(Map<SynthVariant, Map<String, Double>> perModel) {
    Map<String, Double> library = perModel.get(SynthVariant.MODEL);
    Map<String, Double> floor = perModel.get(SynthVariant.HAND_WRITTEN);
    TreeSet<String> calls = new TreeSet<>(library.keySet());
    calls.addAll(floor.keySet());
    List<List<String>> rows = new ArrayList<>();
    calls.stream()
        .sorted(Comparator.comparingDouble((String call) -> -extra(library, floor, call))
            .thenComparing(Comparator.naturalOrder()))
        .forEach(call -> rows.add(List.of("`" + call + "`", number(library.getOrDefault(call, 0.0)),
            number(floor.getOrDefault(call, 0.0)), number(extra(library, floor, call)))));
    double libraryTotal = library.values().stream().mapToDouble(Double::doubleValue).sum();
    double floorTotal = floor.values().stream().mapToDouble(Double::doubleValue).sum();
    rows.add(List.of("**total**", number(libraryTotal), number(floorTotal), number(libraryTotal - floorTotal)));
    report.line("### jsii round trips per model");
    report.line("");
    report.line("Counted from `JSII_DEBUG=1` output: (runs with " + (1 + MODELS) + " models - runs with 1 model) / "
        + MODELS + ". A round trip is one request from Java to Node (create, invoke, get, set, static"
        + " get/invoke, naming) or one callback from Node to Java.");
    report.line("");
    report.table(List.of("call", "Model", "CfnModel+Role", "extra"), rows);
  }

  private static double extra(Map<String, Double> library, Map<String, Double> floor, String call) {
    return library.getOrDefault(call, 0.0) - floor.getOrDefault(call, 0.0);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }
}
