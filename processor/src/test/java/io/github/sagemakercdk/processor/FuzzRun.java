package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.processor.FuzzCompiler.Outcome;
import io.github.sagemakercdk.processor.FuzzOracle.Failure;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One fuzz run: generates cases {@code from} to {@code from + count - 1} of a seed, compiles them in batches, and
 * turns every failing batch into reproducible findings: bisected down to the case that fails alone, then shrunk.
 */
final class FuzzRun {
  /** At most this many failing cases are investigated per run: the first ones tell enough. */
  private static final int MAX_FINDINGS = 5;
  private static final int SHRINK_BUDGET = 80;

  private final long seed;
  private final FuzzGenerator generator;
  private final FuzzCompiler compiler;
  private final int batchSize;
  private final List<Finding> findings = new ArrayList<>();
  private final FuzzCoverage coverage = new FuzzCoverage();
  private int valid;
  private int invalid;
  private double seconds;
  private double cpuSeconds;

  /**
   * A failure, as small as it could be made.
   *
   * @param original the case as generated
   * @param minimal the smallest variant that still fails the same way (the original when it fails only together
   *     with other cases)
   * @param failures the failures of {@code minimal}
   * @param alone whether it fails compiled alone; false: only with {@code company}
   */
  record Finding(FuzzCase original, FuzzCase minimal, List<Failure> failures, boolean alone, List<FuzzCase> company) {}

  FuzzRun(long seed, FuzzGenerator generator, FuzzCompiler compiler, int batchSize) {
    this.seed = seed;
    this.generator = generator;
    this.compiler = compiler;
    this.batchSize = batchSize;
  }

  /**
   * Compiles the batches on {@code threads} threads (each compile has its own compiler and processor), then looks
   * into the failed ones one by one, in batch order, so that the findings do not depend on timing.
   */
  void run(int from, int count, int threads) throws IOException, InterruptedException {
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    List<FuzzCase> cases = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      FuzzCase c = generator.generate(i);
      cases.add(c);
      tally(c);
    }
    List<List<FuzzCase>> batches = batches(cases);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Outcome>> outcomes = new ArrayList<>();
      for (List<FuzzCase> batch : batches) {
        outcomes.add(pool.submit(() -> compiler.compile(batch)));
      }
      for (int b = 0; b < batches.size(); b++) {
        Outcome outcome = outcome(outcomes.get(b));
        if (outcome.failed() && findings.size() < MAX_FINDINGS) {
          investigate(batches.get(b), outcome);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    seconds = (System.nanoTime() - start) / 1e9;
    cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
  }

  /** CPU time of the whole test JVM (compiler threads included), which, unlike wall time, the machine's load spares. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  private static Outcome outcome(Future<Outcome> future) throws IOException, InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void tally(FuzzCase c) {
    if (FuzzOracle.expectations(c).isEmpty()) {
      valid++;
    } else {
      invalid++;
    }
    coverage.add(c);
  }

  /** Batches of one encoding each, in which no class name repeats (two would claim one stack id). */
  private List<List<FuzzCase>> batches(List<FuzzCase> cases) {
    Map<String, List<List<FuzzCase>>> byEncoding = new LinkedHashMap<>();
    Map<List<FuzzCase>, Set<String>> names = new IdentityHashMap<>(); // the batches grow: keyed by identity
    for (FuzzCase c : cases) {
      List<List<FuzzCase>> open = byEncoding.computeIfAbsent(c.encoding(), e -> new ArrayList<>());
      List<FuzzCase> target = open.stream()
          .filter(b -> b.size() < batchSize && !names.get(b).contains(c.className()))
          .findFirst()
          .orElseGet(() -> {
            List<FuzzCase> fresh = new ArrayList<>();
            open.add(fresh);
            names.put(fresh, new HashSet<>());
            return fresh;
          });
      target.add(c);
      names.get(target).add(c.className());
    }
    return byEncoding.values().stream().flatMap(List::stream).toList();
  }

  private void investigate(List<FuzzCase> batch, Outcome outcome) throws IOException {
    // The gravest first: a source the compiler rejects, say, hides what the processor would have said of the rest.
    Set<FuzzCase> suspects = new LinkedHashSet<>(outcome.byCase().keySet().stream()
        .sorted(Comparator.comparingInt(c -> gravest(outcome.byCase().get(c))))
        .toList());
    if (!outcome.ofCompile().isEmpty()) {
      List<FuzzCase> group = bisect(batch);
      if (group.size() == 1) {
        suspects.add(group.get(0));
      } else {
        findings.add(new Finding(group.get(0), group.get(0), outcome.ofCompile(), false, group));
      }
    }
    for (FuzzCase suspect : suspects) {
      if (findings.size() >= MAX_FINDINGS) {
        return;
      }
      Outcome alone = compiler.compile(List.of(suspect));
      if (!alone.failed()) {
        findings.add(new Finding(suspect, suspect, outcome.byCase().getOrDefault(suspect, outcome.ofCompile()), false,
            batch));
        continue;
      }
      FuzzCase minimal = new FuzzShrinker(compiler, SHRINK_BUDGET).shrink(suspect, alone.all().get(0).category());
      findings.add(new Finding(suspect, minimal, compiler.compile(List.of(minimal)).all(), true, List.of()));
    }
  }

  private static int gravest(List<Failure> failures) {
    return failures.stream().mapToInt(failure -> failure.category().ordinal()).min().orElse(0);
  }

  /** The smallest part of the cases that still fails compiled together (halving while a half fails). */
  private List<FuzzCase> bisect(List<FuzzCase> cases) throws IOException {
    if (cases.size() == 1) {
      return cases;
    }
    List<FuzzCase> first = cases.subList(0, cases.size() / 2);
    List<FuzzCase> second = cases.subList(cases.size() / 2, cases.size());
    if (compiler.compile(first).failed()) {
      return bisect(first);
    }
    if (compiler.compile(second).failed()) {
      return bisect(second);
    }
    return cases;
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** Counts of cases and of the defects they carry, for the log: what the run covered. */
  String summary() {
    StringBuilder out = new StringBuilder()
        .append(String.format(Locale.ROOT, "fuzz [%s] seed %d: %d cases, %d valid, %d invalid, %d compiles,"
            + " %.1f s (%.1f s of CPU)%n", compiler.name(), seed, valid + invalid, valid, invalid, compiler.compiles(),
            seconds, cpuSeconds));
    return out.append(coverage).toString();
  }

  int validCount() {
    return valid;
  }

  int invalidCount() {
    return invalid;
  }

  /** A finding as a report: how to reproduce it, what failed, and the source (minimal, then as generated). */
  String report(Finding finding) {
    FuzzCase c = finding.original();
    StringBuilder out = new StringBuilder()
        .append(String.format("%n=== [%s] case %d of seed %d (encoding %s): reproduce with"
            + " -Dfuzz.seed=%d -Dfuzz.from=%d -Dfuzz.count=1%n", compiler.name(), c.index(), seed, c.encoding(), seed,
            c.index()));
    finding.failures().forEach(failure -> out.append("  ").append(failure).append('\n'));
    if (!finding.alone()) {
      out.append("  (fails only compiled together with cases ")
          .append(finding.company().stream().map(FuzzCase::index).toList())
          .append(": reproduce with this run's -Dfuzz.from and -Dfuzz.count)\n");
    }
    out.append("--- minimal source (").append(finding.minimal().encoding()).append("):\n")
        .append(FuzzSource.render(finding.minimal()).numbered());
    if (!finding.minimal().equals(c)) {
      out.append("--- as generated:\n").append(FuzzSource.render(c).numbered());
    }
    return out.toString();
  }
}
