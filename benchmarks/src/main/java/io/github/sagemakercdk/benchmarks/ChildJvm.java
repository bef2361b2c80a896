package io.github.sagemakercdk.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs main classes of this module in fresh JVMs with this JVM's class path, logging into one folder. */
public final class ChildJvm {
  private final String classpath;
  private final Path logs;

  public ChildJvm(String classpath, Path logs) {
    this.classpath = classpath;
    this.logs = logs;
  }

  /** Runs {@code main} with {@code args} and measures it. */
  public Measurement measure(Class<?> main, List<String> args, String logName) {
    return ChildProcess.run(command(main, args), Map.of(), log(logName));
  }

  /** Runs {@code main} with {@code args} and {@code environment} added, and returns everything it printed. */
  public String output(Class<?> main, List<String> args, Map<String, String> environment, String logName) {
    Path log = log(logName);
    ChildProcess.run(command(main, args), environment, log);
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> command(Class<?> main, List<String> args) {
    List<String> command = new ArrayList<>(List.of(Options.java(), "-cp", classpath, main.getName()));
    command.addAll(args);
    return command;
  }

  private Path log(String name) {
    return Directories.created(logs).resolve(name + ".log");
  }
}
