package io.github.sagemakercdk.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The results as Markdown: printed as they come, and written to one file at the end. */
public final class Report {
  private final StringBuilder text = new StringBuilder();

  public void line(String line) {
    System.out.println(line);
    System.out.flush();
    text.append(line).append('\n');
  }

  /** Progress for the console only. */
  public static void progress(String message) {
    System.err.println("[bench] " + message);
  }

  public void table(List<String> header, List<List<String>> rows) {
    line("| " + String.join(" | ", header) + " |");
    line("|" + "---|".repeat(header.size()));
    rows.forEach(row -> line("| " + String.join(" | ", row) + " |"));
    line("");
  }

  public void writeTo(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
  }

  public static String ratio(long numerator, long denominator) {
    return String.format(Locale.ROOT, "%.3f", (double) numerator / denominator);
  }

  /** Whether {@code ratio} meets {@code target}, and by how much it misses when it does not. */
  public static String verdict(long numerator, long denominator, double target) {
    double ratio = (double) numerator / denominator;
    return ratio <= target
        ? String.format(Locale.ROOT, "met (%.3f <= %.2f)", ratio, target)
        : String.format(Locale.ROOT, "MISSED by %.1f%% (%.3f > %.2f)", (ratio / target - 1) * 100, ratio, target);
  }
}
