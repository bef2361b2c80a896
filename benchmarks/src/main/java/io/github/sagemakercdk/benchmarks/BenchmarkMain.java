package io.github.sagemakercdk.benchmarks;

import io.github.sagemakercdk.benchmarks.compile.CompileBenchmark;
import io.github.sagemakercdk.benchmarks.synth.SynthBenchmark;
import java.util.List;

/**
 * Runs the synthesis and compilation benchmarks and prints the results as Markdown (also written to
 * {@code <work>/results.md}). Started by {@code benchmarks/run.sh}, which builds the module and passes the class
 * paths; see BENCHMARKS.md.
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  public static void main(String[] args) {
    Options options = Options.parse(List.of(args));
    Report report = new Report();
    long start = System.nanoTime();
    report.line("# sagemaker-cdk benchmark results" + (options.quick() ? " (quick mode: a smoke check, not for quoting)" : ""));
    report.line("");
    report.line("Machine: " + Machine.describe() + ". Load average at start: " + Machine.loadAverage() + ".");
    report.line("");
    if (options.synth()) {
      new SynthBenchmark(options, report).run();
    }
    if (options.compile()) {
      new CompileBenchmark(options, report).run();
    }
    report.line("Load average at end: " + Machine.loadAverage() + "; total time "
        + Report.seconds((System.nanoTime() - start) / 1_000_000) + ".");
    report.writeTo(options.work().resolve("results.md"));
    Report.progress("results written to " + options.work().resolve("results.md"));
  }
}
