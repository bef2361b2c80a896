package io.github.sagemakercdk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Where and when the numbers were taken, for the report. */
public final class Machine {
  private Machine() {}

  public static String describe() {
    return "date " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
        + "; " + Runtime.getRuntime().availableProcessors() + " cores (" + cpuModel() + ")"
        + "; Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")"
        + "; " + System.getProperty("os.name") + " " + System.getProperty("os.version");
  }

  /** The 1, 5 and 15 minute load averages: other work on the machine shows in wall times first. */
  public static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst().orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }
}
