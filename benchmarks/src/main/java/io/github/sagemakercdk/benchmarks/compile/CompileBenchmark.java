package io.github.sagemakercdk.benchmarks.compile;

import io.github.sagemakercdk.benchmarks.ChildProcess;
import io.github.sagemakercdk.benchmarks.Directories;
import io.github.sagemakercdk.benchmarks.Machine;
import io.github.sagemakercdk.benchmarks.Measurement;
import io.github.sagemakercdk.benchmarks.Options;
import io.github.sagemakercdk.benchmarks.Report;
import io.github.sagemakercdk.benchmarks.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compilation: javac (a fresh JVM per run, through the JDK's {@code javac} launcher) over {@link #CLASSES}
 * annotated classes with the processor, against the floor processor and against processing off over the same
 * classes plus the generated sources. Variants rotate from round to round; medians.
 */
public final class CompileBenchmark {
  static final int CLASSES = 300;
  static final double TARGET_VERSUS_NO_PROCESSING = 1.15;
  static final double AIM_VERSUS_FLOOR = 1.05;
  private static final String PROCESSOR = "io.github.sagemakercdk.processor.SageMakerProcessor";
  private static final String SERVICE_FILE = "META-INF/services/io.github.sagemakercdk.ModelStackFactory";

  private final Options options;
  private final Report report;
  private final Samples samples = new Samples();
  private final Path work;
  private Path annotatedList;
  private Path withGeneratedList;
  private int expectedClassFiles;

  public CompileBenchmark(Options options, Report report) {
    this.options = options;
    this.report = report;
    this.work = options.work().resolve("compile");
  }

  public void run() {
    Report.progress("compile: writing " + CLASSES + " annotated classes");
    Directories.deleteRecursively(work);
    List<Path> annotated = AnnotatedSources.write(work.resolve("src"), CLASSES);
    annotatedList = argumentFile("annotated-sources.txt", annotated);

    Report.progress("compile: reference run with the processor (its output feeds (b) and (c); not counted)");
    Path reference = work.resolve("reference");
    compile(CompileVariant.PROCESSOR, reference);
    List<Path> generated = javaFiles(reference.resolve("generated"));
    checkReference(reference, generated);
    List<Path> all = new ArrayList<>(annotated);
    all.addAll(generated);
    withGeneratedList = argumentFile("annotated-and-generated-sources.txt", all);
    expectedClassFiles = classFiles(reference.resolve("classes"));

    if (!options.quick()) {
      Report.progress("compile: warm-up of (b) and (c) (not counted)");
      compile(CompileVariant.FLOOR, work.resolve("run"));
      compile(CompileVariant.NO_PROCESSING, work.resolve("run"));
    }
    CompileVariant[] variants = CompileVariant.values();
    for (int round = 1; round <= options.rounds(); round++) {
      for (int i = 0; i < variants.length; i++) {
        CompileVariant variant = variants[(i + round - 1) % variants.length];
        Report.progress("compile: round " + round + "/" + options.rounds() + ", " + variant.label()
            + " (load " + Machine.loadAverage() + ")");
        samples.add(variant.label(), compile(variant, work.resolve("run")));
      }
    }
    printResults(generated.size());
  }

  /** One javac run into {@code out}/classes and {@code out}/generated, emptied first; checks what it produced. */
  private Measurement compile(CompileVariant variant, Path out) {
    Directories.deleteRecursively(out);
    Path classes = Directories.created(out.resolve("classes"));
    Path generated = Directories.created(out.resolve("generated"));
    List<String> command = new ArrayList<>(List.of(Options.javac(), "--release", "17", "-encoding", "UTF-8",
        "-d", classes.toString(), "-s", generated.toString(), "-cp", options.dependencyClasspath()));
    switch (variant) {
      case PROCESSOR -> command.addAll(List.of("-processorpath", options.processorPath(), "-processor", PROCESSOR,
          "@" + annotatedList));
      case FLOOR -> command.addAll(List.of("-processorpath", floorProcessorPath(), "-processor",
          FloorProcessor.class.getName(), "-A" + FloorProcessor.OPTION + "=" + work.resolve("reference"),
          "@" + annotatedList));
      case NO_PROCESSING -> command.addAll(List.of("-proc:none", "@" + withGeneratedList));
    }
    Measurement measurement = ChildProcess.run(command, Map.of(), work.resolve("javac-" + variant.name() + ".log"));
    if (expectedClassFiles > 0 && classFiles(classes) != expectedClassFiles) {
      throw new IllegalStateException(variant.label() + " produced " + classFiles(classes) + " class files where the"
          + " reference run produced " + expectedClassFiles + "; the variants must compile the same program");
    }
    return measurement;
  }

  /** The processor's output must be one stack per class, listed in the service file, and nothing printed. */
  private void checkReference(Path reference, List<Path> generated) {
    if (generated.size() != CLASSES) {
      throw new IllegalStateException("the processor generated " + generated.size() + " sources for " + CLASSES
          + " annotated classes; see " + work.resolve("javac-PROCESSOR.log"));
    }
    try {
      long listed = Files.readAllLines(reference.resolve("classes").resolve(SERVICE_FILE)).stream()
          .filter(line -> !line.isBlank()).count();
      if (listed != CLASSES) {
        throw new IllegalStateException("the service file lists " + listed + " factories, expected " + CLASSES);
      }
      String log = Files.readString(work.resolve("javac-PROCESSOR.log"));
      if (!log.isBlank()) {
        throw new IllegalStateException("javac printed diagnostics for the benchmark's classes, which must be"
            + " valid:\n" + log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void printResults(int generated) {
    String processor = CompileVariant.PROCESSOR.label();
    String floor = CompileVariant.FLOOR.label();
    String none = CompileVariant.NO_PROCESSING.label();
    report.line("## Compilation: javac over " + CLASSES + " annotated classes");
    report.line("");
    report.line("Each run is one `javac` process (" + CLASSES + " annotated classes; (a) and (b) generate " + generated
        + " stack classes and the service file, (c) compiles the same " + generated + " sources as input), class"
        + " path: annotations, runtime, aws-cdk-lib. " + options.rounds() + " measured round(s)"
        + (options.quick() ? "" : " after a reference run of (a) and one warm-up run of (b) and (c)")
        + ", order rotating each round; medians. CPU = user + system of the javac process.");
    report.line("");
    List<List<String>> rows = new ArrayList<>();
    for (CompileVariant variant : CompileVariant.values()) {
      String name = variant.label();
      rows.add(List.of(name, Report.seconds(samples.medianWall(name)), Report.seconds(samples.medianCpu(name)),
          Report.ratio(samples.medianCpu(name), samples.medianCpu(none))));
    }
    report.table(List.of("variant", "wall", "CPU", "CPU / (c)"), rows);
    report.line("- a/c (target <= " + TARGET_VERSUS_NO_PROCESSING + "): CPU "
        + Report.verdict(samples.medianCpu(processor), samples.medianCpu(none), TARGET_VERSUS_NO_PROCESSING)
        + "; wall " + Report.verdict(samples.medianWall(processor), samples.medianWall(none), TARGET_VERSUS_NO_PROCESSING) + ".");
    report.line("- a/b (aim <= " + AIM_VERSUS_FLOOR + "): CPU "
        + Report.verdict(samples.medianCpu(processor), samples.medianCpu(floor), AIM_VERSUS_FLOOR)
        + "; wall " + Report.verdict(samples.medianWall(processor), samples.medianWall(floor), AIM_VERSUS_FLOOR) + ".");
    report.line("");
    report.line("Raw values (ms, in run order):");
    report.line("");
    for (CompileVariant variant : CompileVariant.values()) {
      String name = variant.label();
      report.line("- " + name + ": wall " + samples.raw(name, true) + ", CPU " + samples.raw(name, false));
    }
    report.line("");
  }

  /** Where {@link FloorProcessor} was loaded from: this module's classes. */
  private static String floorProcessorPath() {
    try {
      return Path.of(FloorProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path argumentFile(String name, List<Path> files) {
    Path file = work.resolve(name);
    try {
      Files.write(file, files.stream().map(Path::toString).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static List<Path> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int classFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return (int) files.filter(path -> path.toString().endsWith(".class")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
