package io.github.sagemakercdk.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The measurements of each case (such as "synth N=100 Model"), in the order the cases were first seen. */
public final class Samples {
  private final Map<String, List<Measurement>> byCase = new LinkedHashMap<>();

  public void add(String caseName, Measurement measurement) {
    byCase.computeIfAbsent(caseName, key -> new ArrayList<>()).add(measurement);
  }

  public int count(String caseName) {
    return byCase.getOrDefault(caseName, List.of()).size();
  }

  public long medianWall(String caseName) {
    return median(values(caseName, true));
  }

  public long medianCpu(String caseName) {
    return median(values(caseName, false));
  }

  /** Every value of one case, in the order measured, for the raw-data part of the report. */
  public String raw(String caseName, boolean wall) {
    return values(caseName, wall).toString();
  }

  private List<Long> values(String caseName, boolean wall) {
    List<Measurement> measurements = byCase.get(caseName);
    if (measurements == null || measurements.isEmpty()) {
      throw new IllegalStateException("no measurements of " + caseName);
    }
    return measurements.stream().map(m -> wall ? m.wallMillis() : m.cpuMillis()).toList();
  }

  /** The median; for an even count, the mean of the two middle values. */
  static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
