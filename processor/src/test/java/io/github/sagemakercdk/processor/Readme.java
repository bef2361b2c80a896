package io.github.sagemakercdk.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The repository's README.md as the tests read it: its fenced code blocks and its tables, each with the heading it
 * stands under. Deliberately plain: fences start at column 0, table rows start with {@code |}.
 */
final class Readme {
  /** The HTML comment (invisible on GitHub) that excludes the next java block from compilation: a partial snippet. */
  static final String PARTIAL = "<!-- readme-test: partial -->";

  /** A fenced block: its language, its text (lines joined by \n), its first content line, heading and marker. */
  record Block(String language, String text, int line, String heading, boolean partial) {
    String where() {
      return "README.md line " + line + " (under \"" + heading + "\")";
    }
  }

  /** A table: its header cells, its rows of cells, its first line and the heading it stands under. */
  record Table(List<String> header, List<List<String>> rows, int line, String heading) {
    String where() {
      return "the table at README.md line " + line + " (under \"" + heading + "\")";
    }
  }

  final List<Block> blocks = new ArrayList<>();
  final List<Table> tables = new ArrayList<>();

  private Readme(List<String> lines) {
    String heading = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```")) {
        int start = i + 1;
        int end = start;
        while (end < lines.size() && !lines.get(end).startsWith("```")) {
          end++;
        }
        boolean partial = i > 0 && lines.get(i - 1).trim().equals(PARTIAL);
        blocks.add(new Block(line.substring(3).trim(), String.join("\n", lines.subList(start, end)), start + 1,
            heading, partial));
        i = end;
      } else if (line.startsWith("#")) {
        heading = line.replaceFirst("^#+\\s*", "");
      } else if (line.startsWith("|")) {
        int start = i;
        List<List<String>> rows = new ArrayList<>();
        while (i < lines.size() && lines.get(i).startsWith("|")) {
          rows.add(cells(lines.get(i)));
          i++;
        }
        i--;
        // rows.get(1) is the |---| separator
        tables.add(new Table(rows.get(0), rows.subList(2, rows.size()), start + 1, heading));
      }
    }
  }

  /** The cells of a table row; no cell of this README holds a | of its own. */
  private static List<String> cells(String row) {
    String inner = row.strip();
    inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
    return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
  }

  /** The repository's README.md: the tests run in the processor module's folder. */
  static Path path() {
    return Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().resolve("README.md");
  }

  static Readme read() {
    try {
      return new Readme(Files.readAllLines(path()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
