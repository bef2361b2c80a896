package io.github.sagemakercdk.processor;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a fuzz run generated, counted by shape (forms of valid values, sizes, layouts) and by defect, for the log: so
 * that a change to the generator that stops covering something shows.
 */
final class FuzzCoverage {
  private final Map<String, Integer> shapes = new TreeMap<>();
  private final Map<String, Integer> defects = new TreeMap<>();

  void add(FuzzCase c) {
    count("class kind: " + c.kind());
    count("containers written: " + c.style());
    count("source encoding: " + c.encoding());
    count("package: " + (c.packageName().isEmpty() ? "unnamed" : c.packageName().replaceAll("[0-9]+$", "N")));
    count("@SageMakerModel: " + (c.model() == null ? "none"
        : c.model().name() == null && c.model().networkIsolation() == null ? "no attributes"
        : (c.model().name() == null ? "" : "name ") + (c.model().networkIsolation() == null ? "" : "networkIsolation")));
    if (c.model() != null && c.model().settings() != null) {
      FuzzSettings s = c.model().settings();
      count("settings: " + (s.role() == null ? "" : "role ") + (s.subnets() == null ? "" : "subnets ")
          + (s.securityGroups() == null ? "" : "securityGroups ") + (s.tags() == null ? "" : "tags ")
          + (s.account() == null ? "" : "account ") + (s.region() == null ? "" : "region"));
    }
    int n = c.containers().size();
    count("containers: " + (n == 0 ? "0" : n == 1 ? "1" : n < 15 ? "2-14" : n == 15 ? "15" : "16-20"));
    count("orders: " + (c.containers().stream().allMatch(k -> k.order() == null || k.order() == 0) ? "none" : "given"));
    for (FuzzCase.Container container : c.containers()) {
      if (container.image().isValid()) {
        count("valid image: " + imageForm(container.image().text()));
      }
      if (container.modelData() != null && container.modelData().isValid()) {
        String data = container.modelData().text();
        count("valid model data: " + (data.isEmpty() ? "written empty" : data.startsWith("s3://") ? "s3" : "asset"));
      }
      if (container.modelDataKmsKey() != null && container.modelDataKmsKey().isValid()) {
        count("valid modelDataKmsKey: " + (container.modelDataKmsKey().text().contains(":alias/") ? "alias" : "key"));
      }
      if (container.hostname() != null && container.hostname().isValid()) {
        count("valid hostname: " + (container.hostname().text().isEmpty() ? "written empty" : "given"));
      }
      List<FuzzValue> environment = container.environment() == null ? List.of() : container.environment();
      int e = environment.size();
      count("environment entries: " + (container.environment() == null ? "not written" : e == 0 ? "{}"
          : e <= 5 ? "1-5" : e <= 100 ? "6-100" : "over 100"));
      for (FuzzValue entry : environment.stream().filter(FuzzValue::isValid).toList()) {
        String value = entry.text().split("=", 2)[1];
        count("valid environment value: " + (value.isEmpty() ? "empty" : value.contains("=") ? "holding '='"
            : value.chars().anyMatch(Character::isISOControl) ? "holding control characters"
            : value.chars().anyMatch(ch -> ch > 0x7f) ? "holding non-ASCII" : "plain"));
      }
    }
    FuzzCase.EndpointAnnotation endpoint = c.endpoint();
    count("endpoint: " + (endpoint == null ? "none" : "@" + endpoint.annotation()));
    if (endpoint != null && endpoint.autoScaling() != null) {
      count("endpoint with @AutoScaling");
    }
    if (endpoint != null && endpoint.instanceType() != null && endpoint.instanceType().isValid()) {
      count("valid instance type: " + endpoint.instanceType().text());
    }
    c.hosting().byPlace().values().forEach(annotation -> count("hosting: @" + annotation.name()));
    if (c.hosting().candidate() != null) {
      FuzzHosting.Candidate candidate = c.hosting().candidate();
      count("shadow model: " + (candidate.broken() ? "with an error" : candidate.multiModel() ? "multi-model"
          : candidate.region() != null ? "pinned" : "plain"));
    }
    count("@CustomizeStack methods: " + c.hooks().size());
    c.hooks().forEach(hook -> count("@CustomizeStack shape: " + hook.shape()));
    for (FuzzOracle.Expectation expectation : FuzzOracle.expectations(c)) {
      defects.merge(expectation.why().replaceAll(":.*", ""), 1, Integer::sum);
    }
  }

  private static String imageForm(String image) {
    if (image.startsWith("asset:")) {
      return "asset";
    }
    String digest = image.contains("@") ? " by digest" : " by tag";
    if (image.startsWith("ecr:")) {
      return "ecr" + digest;
    }
    return image.startsWith("dlc:") ? "dlc" : "registry URI" + digest;
  }

  private void count(String shape) {
    shapes.merge(Objects.requireNonNull(shape), 1, Integer::sum);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("  shapes:\n");
    shapes.forEach((shape, n) -> out.append(String.format("  %6d  %s%n", n, shape)));
    out.append("  defects put in:\n");
    defects.forEach((defect, n) -> out.append(String.format("  %6d  %s%n", n, defect)));
    return out.toString();
  }
}
