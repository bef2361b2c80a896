package io.github.sagemakercdk.benchmarks.synth;

import io.github.sagemakercdk.benchmarks.ChildJvm;
import io.github.sagemakercdk.benchmarks.Directories;
import io.github.sagemakercdk.benchmarks.Machine;
import io.github.sagemakercdk.benchmarks.Measurement;
import io.github.sagemakercdk.benchmarks.Options;
import io.github.sagemakercdk.benchmarks.Report;
import io.github.sagemakercdk.benchmarks.Samples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Synthesis: N two-container models with {@code Model} against the same resources written by hand, each run a
 * fresh JVM (jsii's start-up included, as users pay it), the variants alternating, median of the rounds.
 */
public final class SynthBenchmark {
  static final List<Integer> MODEL_COUNTS = List.of(1, 10, 100);
  static final double TARGET_RATIO = 1.10;

  private final Options options;
  private final Report report;
  private final Samples samples = new Samples();
  private final Path work;
  private final ChildJvm jvm;

  public SynthBenchmark(Options options, Report report) {
    this.options = options;
    this.report = report;
    this.work = options.work().resolve("synth");
    this.jvm = new ChildJvm(options.classpath(), work.resolve("logs"));
  }

  public void run() {
    if (options.traceOnly()) {
      new JsiiTrace(jvm, report, work.resolve("cdk.out-trace")).run();
      return;
    }
    // The models of every N are the first N of the largest run, so checking those covers every run (quick: 10).
    int largest = options.quick() ? 10 : MODEL_COUNTS.get(MODEL_COUNTS.size() - 1);
    Report.progress("synth: checking that both variants build the same " + largest + " models");
    String equivalence = jvm.output(TemplateEquivalence.class,
        List.of(String.valueOf(largest), work.resolve("equivalence").toString()), Map.of(), "equivalence")
        .lines().filter(line -> line.startsWith("equivalent:")).findFirst().orElseThrow();
    if (!options.quick()) {
      Report.progress("synth: warm-up (not counted)");
      for (SynthVariant variant : SynthVariant.values()) {
        measure(variant, 1);
      }
    }
    for (int round = 1; round <= options.rounds(); round++) {
      for (int models : MODEL_COUNTS) {
        List<SynthVariant> order = round % 2 == 1
            ? List.of(SynthVariant.MODEL, SynthVariant.HAND_WRITTEN)
            : List.of(SynthVariant.HAND_WRITTEN, SynthVariant.MODEL);
        for (SynthVariant variant : order) {
          Report.progress("synth: round " + round + "/" + options.rounds() + ", " + models + " models, "
              + variant.label() + " (load " + Machine.loadAverage() + ")");
          samples.add(caseName(models, variant), measure(variant, models));
        }
      }
    }
    printResults(equivalence);
    if (!options.quick()) {
      new JsiiTrace(jvm, report, work.resolve("cdk.out-trace")).run();
    }
  }

  private Measurement measure(SynthVariant variant, int models) {
    Path outdir = work.resolve("cdk.out-" + variant.name() + "-" + models);
    Directories.deleteRecursively(outdir);
    return jvm.measure(SynthWorkload.class, List.of(variant.name(), String.valueOf(models), outdir.toString()),
        variant.name() + "-" + models);
  }

  private void printResults(String equivalence) {
    report.line("## Synthesis: `Model` against `CfnModel` + `Role` written by hand");
    report.line("");
    report.line("Each run is one JVM that builds one stack of N two-container models and synthesizes it (jsii's"
        + " start-up included). " + options.rounds() + " measured round(s)" + (options.quick() ? "" : " after one warm-up run of each variant")
        + ", variants alternating; medians. CPU = user + system of the JVM and its Node processes.");
    report.line("Checked first: " + equivalence + ".");
    report.line("");
    List<List<String>> rows = new ArrayList<>();
    for (int models : MODEL_COUNTS) {
      String library = caseName(models, SynthVariant.MODEL);
      String floor = caseName(models, SynthVariant.HAND_WRITTEN);
      rows.add(List.of(String.valueOf(models),
          Report.seconds(samples.medianWall(library)), Report.seconds(samples.medianWall(floor)),
          Report.ratio(samples.medianWall(library), samples.medianWall(floor)),
          Report.seconds(samples.medianCpu(library)), Report.seconds(samples.medianCpu(floor)),
          Report.ratio(samples.medianCpu(library), samples.medianCpu(floor))));
    }
    report.table(List.of("N models", "wall Model", "wall CfnModel+Role", "wall ratio", "CPU Model",
        "CPU CfnModel+Role", "CPU ratio"), rows);
    int first = MODEL_COUNTS.get(0);
    int last = MODEL_COUNTS.get(MODEL_COUNTS.size() - 1);
    String library = caseName(last, SynthVariant.MODEL);
    String floor = caseName(last, SynthVariant.HAND_WRITTEN);
    long libraryPerModel = (samples.medianCpu(library) - samples.medianCpu(caseName(first, SynthVariant.MODEL)))
        / (last - first);
    long floorPerModel = (samples.medianCpu(floor) - samples.medianCpu(caseName(first, SynthVariant.HAND_WRITTEN)))
        / (last - first);
    report.line("CPU per additional model (N = " + first + " to " + last + "): Model " + libraryPerModel
        + " ms, CfnModel+Role " + floorPerModel + " ms.");
    report.line("");
    report.line("Target at N = " + last + " (ratio <= " + TARGET_RATIO + "): CPU "
        + Report.verdict(samples.medianCpu(library), samples.medianCpu(floor), TARGET_RATIO) + "; wall "
        + Report.verdict(samples.medianWall(library), samples.medianWall(floor), TARGET_RATIO) + ".");
    report.line("");
    report.line("Raw values (ms, in run order):");
    report.line("");
    for (int models : MODEL_COUNTS) {
      for (SynthVariant variant : SynthVariant.values()) {
        String name = caseName(models, variant);
        report.line("- " + name + ": wall " + samples.raw(name, true) + ", CPU " + samples.raw(name, false));
      }
    }
    report.line("");
  }

  private static String caseName(int models, SynthVariant variant) {
    return "N=" + models + " " + variant.label();
  }
}
