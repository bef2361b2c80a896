package io.github.sagemakercdk.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs one command as a child process and measures it.
 *
 * <p>CPU time is read from this JVM's own {@code /proc/self/stat} (cutime + cstime: the CPU of every waited-for
 * child and, recursively, of the children those waited for), before and after the child. A jsii app's Node
 * processes are reaped by their parents before the JVM exits, so their CPU is counted too, as
 * {@code /usr/bin/time} would count it. This JVM starts one child at a time, so the difference is that child's.
 */
public final class ChildProcess {
  private static final long TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux architecture we run on

  private ChildProcess() {}

  /**
   * Runs {@code command} with {@code environment} added, stdout and stderr going to {@code log}; fails with the
   * end of the log when the command exits with anything but 0.
   */
  public static Measurement run(List<String> command, Map<String, String> environment, Path log) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    long cpuBefore = childrenCpuTicks();
    long start = System.nanoTime();
    int exit;
    try {
      Process process = builder.start();
      exit = process.waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + command.get(0), e);
    }
    long wallMillis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (childrenCpuTicks() - cpuBefore) * 1000 / TICKS_PER_SECOND;
    if (exit != 0) {
      throw new IllegalStateException("command failed with exit code " + exit + ": " + String.join(" ", command)
          + "\n--- last lines of " + log + " ---\n" + tail(log, 40));
    }
    return new Measurement(wallMillis, cpuMillis);
  }

  /** cutime + cstime of this JVM, in clock ticks. */
  private static long childrenCpuTicks() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
      // Fields after the command name (which may hold spaces) start at field 3 (state); cutime is field 16.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[16 - 3]) + Long.parseLong(fields[17 - 3]);
    } catch (IOException e) {
      throw new UncheckedIOException("the benchmarks measure CPU time through /proc/self/stat (Linux only)", e);
    }
  }

  /** The last {@code lines} lines of {@code file}. */
  public static String tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e.getMessage() + ")";
    }
  }
}
