package io.github.sagemakercdk.benchmarks;

import java.nio.file.Path;
import java.util.List;

/**
 * What to run: {@code [--quick] [--synth-only | --compile-only | --trace-only] [--rounds n]
 * [--work dir]}.
 *
 * @param quick a smoke check: one round, no warm-up, no jsii trace
 * @param traceOnly only count the jsii round trips per model of the synthesis (no timing, no compilation)
 * @param synth whether to run the synthesis benchmark
 * @param compile whether to run the compilation benchmark
 * @param rounds measured rounds per case (each round runs every variant once, in alternating order)
 * @param work scratch folder for templates, sources and logs
 * @param classpath the class path of the benchmark classes and their dependencies (the JVM's own)
 * @param dependencyClasspath the class path of a user project: annotations, runtime, aws-cdk-lib
 * @param processorPath the processor and what it needs, as javac's -processorpath
 */
public record Options(boolean quick, boolean traceOnly, boolean synth, boolean compile, int rounds, Path work, String classpath,
    String dependencyClasspath, String processorPath) {

  static Options parse(List<String> args) {
    boolean quick = args.contains("--quick");
    boolean traceOnly = args.contains("--trace-only");
    boolean synth = !args.contains("--compile-only");
    boolean compile = !args.contains("--synth-only") && !traceOnly;
    int rounds = quick ? 1 : 5;
    Path work = Path.of("benchmarks/target/bench-work");
    for (int i = 0; i < args.size(); i++) {
      switch (args.get(i)) {
        case "--quick", "--synth-only", "--compile-only", "--trace-only" -> { }
        case "--rounds" -> rounds = Integer.parseInt(value(args, ++i, "--rounds"));
        case "--work" -> work = Path.of(value(args, ++i, "--work"));
        default -> throw new IllegalArgumentException("unknown option " + args.get(i) + "; usage: [--quick]"
            + " [--synth-only | --compile-only | --trace-only] [--rounds n] [--work dir]");
      }
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("--rounds must be at least 1");
    }
    return new Options(quick, traceOnly, synth, compile, rounds, work.toAbsolutePath(), System.getProperty("java.class.path"),
        required("bench.dependencyClasspath"), compile ? required("bench.processorPath") : "");
  }

  private static String value(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(index);
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("system property " + property + " is not set; run benchmarks/run.sh");
    }
    return value;
  }

  /** The {@code java} launcher of this JVM, for the child JVMs. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The {@code javac} launcher of this JDK. */
  public static String javac() {
    return Path.of(System.getProperty("java.home"), "bin", "javac").toString();
  }
}
