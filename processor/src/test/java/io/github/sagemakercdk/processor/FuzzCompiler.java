package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.processor.FuzzOracle.Category;
import io.github.sagemakercdk.processor.FuzzOracle.Failure;
import io.github.sagemakercdk.processor.FuzzSource.Rendered;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;

/**
 * Compiles fuzz cases together, each in its own file, and checks the outcome against {@link FuzzOracle}, in two
 * passes: processing all of them (every error where it belongs), then a full compile of the valid ones alone (the
 * generated stacks compile against the runtime, hold every value, and are all listed in the service file).
 *
 * <p>Compiles may run on several threads at once: each has its own compiler, processor and folder.
 */
final class FuzzCompiler {
  private final String name;
  private final Supplier<JavaCompiler> compiler;
  private final boolean eclipse;
  private final List<String> options;
  private final Path work;
  private final AtomicInteger compiles = new AtomicInteger();

  /**
   * @param eclipse whether this is Eclipse's compiler, whose limits the oracle allows for (see {@link FuzzOracle#check})
   * @param maxErrorsOption the compiler's option to report more than its default 100 errors, with its argument
   */
  FuzzCompiler(String name, Supplier<JavaCompiler> compiler, boolean eclipse, List<String> maxErrorsOption,
      Path work) {
    this.name = name;
    this.compiler = compiler;
    this.eclipse = eclipse;
    this.options = maxErrorsOption;
    this.work = work;
  }

  String name() {
    return name;
  }

  int compiles() {
    return compiles.get();
  }

  /** What one compile of some cases found: failures of single cases, and those of the compile as a whole. */
  record Outcome(Map<FuzzCase, List<Failure>> byCase, List<Failure> ofCompile) {
    boolean failed() {
      return !byCase.isEmpty() || !ofCompile.isEmpty();
    }

    boolean failedWith(Category category) {
      return Stream.concat(byCase.values().stream().flatMap(List::stream), ofCompile.stream())
          .anyMatch(failure -> failure.category() == category);
    }

    List<Failure> all() {
      return Stream.concat(byCase.values().stream().flatMap(List::stream), ofCompile.stream()).toList();
    }
  }

  /** Compiles the cases (all of one encoding, no two with the same class name) and checks them. */
  Outcome compile(List<FuzzCase> cases) throws IOException {
    Charset encoding = Charset.forName(cases.get(0).encoding());
    Path directory = work.resolve(name + "-" + compiles.incrementAndGet());
    Map<FuzzCase, List<Failure>> byCase = new LinkedHashMap<>();
    List<Failure> ofCompile = new ArrayList<>();
    Map<FuzzCase, Rendered> sources = new LinkedHashMap<>();
    cases.forEach(c -> sources.put(c, FuzzSource.render(c)));

    FileCompilation processing = new FileCompilation(directory.resolve("processing"), encoding);
    Map<Path, FuzzCase> byFile = write(processing, sources);
    FileCompilation.Result processed = run(processing, ofCompile, true);
    if (processed != null) {
      Map<FuzzCase, List<FuzzOracle.Error>> errors = errorsByCase(processed, byFile, ofCompile);
      for (FuzzCase c : cases) {
        add(byCase, c, FuzzOracle.check(c, sources.get(c), errors.getOrDefault(c, List.of()), eclipse));
        Path stack = processing.generated.resolve(c.stackName().replace('.', '/') + ".java");
        if (!FuzzOracle.expectations(c).isEmpty() && Files.exists(stack)) {
          add(byCase, c, List.of(new Failure(Category.GENERATED_CODE, "a stack was generated for an invalid model")));
        }
      }
    }

    Map<FuzzCase, Rendered> valid = new LinkedHashMap<>(sources);
    valid.keySet().removeIf(c -> !FuzzOracle.expectations(c).isEmpty() || byCase.containsKey(c));
    if (!valid.isEmpty()) {
      checkGenerated(new FileCompilation(directory.resolve("full"), encoding), valid, byCase, ofCompile);
    }
    Outcome outcome = new Outcome(byCase, ofCompile);
    if (!outcome.failed()) {
      delete(directory);
    }
    return outcome;
  }

  private static Map<Path, FuzzCase> write(FileCompilation compilation, Map<FuzzCase, Rendered> sources)
      throws IOException {
    Map<Path, FuzzCase> byFile = new HashMap<>();
    for (Map.Entry<FuzzCase, Rendered> source : sources.entrySet()) {
      Path file = compilation.write(source.getKey().fileTypeName(), source.getValue().lines().toArray(new String[0]));
      byFile.put(file.toAbsolutePath().normalize(), source.getKey());
    }
    return byFile;
  }

  /** The compile's result, or null (with the failure noted) when the compiler itself threw. */
  private FileCompilation.Result run(FileCompilation compilation, List<Failure> ofCompile, boolean processOnly) {
    List<String> all = new ArrayList<>(options);
    if (processOnly) {
      all.add("-proc:only");
    }
    try {
      return compilation.compile(compiler.get(), new SageMakerProcessor(), all.toArray(new String[0]));
    } catch (RuntimeException | Error | IOException crash) {
      StringWriter trace = new StringWriter();
      crash.printStackTrace(new PrintWriter(trace));
      ofCompile.add(new Failure(Category.CRASH, name + " threw " + trace));
      return null;
    }
  }

  private static Map<FuzzCase, List<FuzzOracle.Error>> errorsByCase(
      FileCompilation.Result result, Map<Path, FuzzCase> byFile, List<Failure> ofCompile) {
    Map<FuzzCase, List<FuzzOracle.Error>> errors = new HashMap<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : result.errors()) {
      String message = diagnostic.getMessage(null);
      FuzzCase owner = source(diagnostic) == null ? namedIn(message, byFile.values()) : byFile.get(pathOf(diagnostic));
      if (owner == null) {
        ofCompile.add(new Failure(message.contains("[SM-INTERNAL-ERROR]") ? Category.INTERNAL_ERROR : Category.MISPLACED,
            "an error in no fuzz source (" + source(diagnostic) + "): " + message));
      } else {
        errors.computeIfAbsent(owner, c -> new ArrayList<>())
            .add(new FuzzOracle.Error(diagnostic.getLineNumber(), message));
      }
    }
    if (!result.success() && result.errors().isEmpty()) {
      ofCompile.add(new Failure(Category.CRASH, "the compile failed without an error: " + result.output()));
    }
    return errors;
  }

  /** The case a message without a file says it is about ({@code [in <class>, ...]}), if any. */
  private static FuzzCase namedIn(String message, Collection<FuzzCase> cases) {
    return cases.stream()
        .filter(c -> message.contains("[in " + c.qualifiedName() + ",")
            || message.contains("[in " + c.qualifiedName() + "]"))
        .findFirst()
        .orElse(null);
  }

  /** The valid cases compiled fully: every stack compiles, holds its values, and is in the service file. */
  private void checkGenerated(FileCompilation compilation, Map<FuzzCase, Rendered> valid,
      Map<FuzzCase, List<Failure>> byCase, List<Failure> ofCompile) throws IOException {
    write(compilation, valid);
    FileCompilation.Result result = run(compilation, ofCompile, false);
    if (result == null) {
      return;
    }
    Map<String, FuzzCase> byStackPath = new HashMap<>();
    valid.keySet().forEach(c -> byStackPath.put(c.stackName().replace('.', '/') + ".java", c));
    // Warnings on generated code too: it should compile cleanly, not just compile.
    List<Diagnostic<? extends JavaFileObject>> problems = result.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR
            || (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                && source(d) != null && pathOf(d) != null && pathOf(d).startsWith(compilation.generated))
        .toList();
    for (Diagnostic<? extends JavaFileObject> diagnostic : problems) {
      Path file = source(diagnostic) == null ? null : pathOf(diagnostic);
      FuzzCase owner = file == null ? null : file.startsWith(compilation.generated)
          ? byStackPath.get(compilation.generated.relativize(file).toString().replace('\\', '/'))
          : byStackPath.values().stream().filter(c -> file.endsWith(c.fileTypeName().replace('.', '/') + ".java"))
              .findFirst().orElse(null);
      Failure failure = new Failure(Category.GENERATED_CODE, "the full compile reported (" + diagnostic.getKind()
          + ") " + source(diagnostic) + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(null));
      if (owner == null) {
        ofCompile.add(failure);
      } else {
        add(byCase, owner, List.of(failure));
      }
    }
    if (!result.success() && result.errors().isEmpty()) {
      ofCompile.add(new Failure(Category.CRASH, "the full compile failed without an error: " + result.output()));
    }
    if (!result.success()) {
      return;
    }
    for (FuzzCase c : valid.keySet()) {
      add(byCase, c, checkStack(compilation, c));
    }
    List<String> factories = new ArrayList<>();
    for (FuzzCase c : valid.keySet()) {
      factories.add(c.stackName() + "$Factory");
      FuzzHosting.Candidate candidate = c.hosting().candidate();
      if (candidate != null) {
        // The shadow model's class is a model of its own, with its own stack.
        factories.add((c.packageName().isEmpty() ? "" : c.packageName() + ".") + candidate.className() + "Stack$Factory");
      }
    }
    factories.sort(null);
    checkServiceFile(compilation, factories, ofCompile);
  }

  private static List<Failure> checkStack(FileCompilation compilation, FuzzCase c) throws IOException {
    Path stack = compilation.classes.resolve(c.stackName().replace('.', '/') + ".class");
    Path factory = compilation.classes.resolve(c.stackName().replace('.', '/') + "$Factory.class");
    if (!Files.isRegularFile(stack) || !Files.isRegularFile(factory)) {
      return List.of(new Failure(Category.GENERATED_CODE, "no class file " + stack + " and its Factory"));
    }
    List<Failure> failures = new ArrayList<>(hooksCalledInOrder(compilation, c));
    Set<String> strings = ClassFileStrings.of(stack);
    List<String> lost = FuzzOracle.constants(c).stream().filter(constant -> !strings.contains(constant)).toList();
    if (!lost.isEmpty()) {
      failures.add(new Failure(Category.LOST_VALUE, "the generated " + c.stackName() + " does not hold "
          + lost.stream().map(s -> JavaLiterals.literal(s, true, null)).collect(Collectors.joining(", "))
          + " (it holds " + strings.stream().map(s -> JavaLiterals.literal(s, true, null)).toList() + ")"));
    }
    return failures;
  }

  /** The stack's source calls each {@code @CustomizeStack} method once, with itself, in declaration order. */
  private static List<Failure> hooksCalledInOrder(FileCompilation compilation, FuzzCase c) throws IOException {
    String source = Files.readString(compilation.generated.resolve(c.stackName().replace('.', '/') + ".java"),
        compilation.encoding);
    int from = 0;
    for (FuzzCase.Hook hook : c.hooks()) {
      String call = "." + hook.name() + "(this);";
      int at = source.indexOf(call, from);
      if (at < 0 || source.indexOf(call, at + 1) >= 0) {
        return List.of(new Failure(Category.GENERATED_CODE, "the generated " + c.stackName() + " does not call "
            + hook.name() + " once, after the methods declared before it: " + c.hooks()));
      }
      from = at;
    }
    return List.of();
  }

  /** The service file must list exactly the factories of this compile, sorted, in UTF-8 (as ServiceLoader reads it). */
  private static void checkServiceFile(FileCompilation compilation, List<String> factories, List<Failure> ofCompile)
      throws IOException {
    Path file = compilation.classes.resolve(GeneratedTypes.SERVICE_FILE);
    if (!Files.isRegularFile(file)) {
      ofCompile.add(new Failure(Category.SERVICE_FILE, "no " + GeneratedTypes.SERVICE_FILE));
      return;
    }
    String expected = factories.stream().map(f -> f + "\n").collect(Collectors.joining());
    try {
      String actual = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
      if (!actual.equals(expected)) {
        ofCompile.add(new Failure(Category.SERVICE_FILE, "the service file lists\n" + actual + "instead of\n" + expected));
      }
    } catch (CharacterCodingException e) {
      ofCompile.add(new Failure(Category.SERVICE_FILE, "the service file is not UTF-8, so ServiceLoader cannot read it"
          + " (compiled with -encoding " + compilation.encoding + "); it should list\n" + expected));
    }
  }

  /**
   * The diagnostic's file, or null: ecj's getSource throws for a message of no file it can read (such as a type
   * missing from the class path), instead of giving null.
   */
  private static JavaFileObject source(Diagnostic<? extends JavaFileObject> diagnostic) {
    try {
      return diagnostic.getSource();
    } catch (RuntimeException noFile) {
      return null;
    }
  }

  private static Path pathOf(Diagnostic<? extends JavaFileObject> diagnostic) {
    try {
      return Path.of(source(diagnostic).toUri()).toAbsolutePath().normalize();
    } catch (RuntimeException notAFile) {
      return null;
    }
  }

  private static void add(Map<FuzzCase, List<Failure>> byCase, FuzzCase c, List<Failure> failures) {
    if (!failures.isEmpty()) {
      byCase.computeIfAbsent(c, k -> new ArrayList<>()).addAll(failures);
    }
  }

  private static void delete(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
