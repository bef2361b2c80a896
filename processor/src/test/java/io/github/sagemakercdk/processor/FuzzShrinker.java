package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.processor.FuzzOracle.Category;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a failing case smaller while it keeps failing the same way: fewer containers, attributes and entries,
 * plainer values and layout. Each try is one compile of the case alone, within a budget.
 */
final class FuzzShrinker {
  /** Attributes of the hosting annotations that have no default: a case without them would not compile. */
  private static final java.util.Set<String> REQUIRED = java.util.Set.of("outputPath", "destination",
      "initialSamplingPercentage", "model", "waitIntervalInSeconds", "maximumBatchSize");
  private final FuzzCompiler compiler;
  private int budget;

  FuzzShrinker(FuzzCompiler compiler, int budget) {
    this.compiler = compiler;
    this.budget = budget;
  }

  /** The smallest variant found that still fails with {@code category}. */
  FuzzCase shrink(FuzzCase failing, Category category) throws IOException {
    FuzzCase current = failing;
    boolean progress = true;
    while (progress && budget > 0) {
      progress = false;
      for (FuzzCase candidate : candidates(current)) {
        if (budget-- <= 0) {
          break;
        }
        if (compiler.compile(List.of(candidate)).failedWith(category)) {
          current = candidate;
          progress = true;
          break;
        }
      }
    }
    return current;
  }

  /** One-step simplifications, the biggest first. */
  private static List<FuzzCase> candidates(FuzzCase c) {
    List<FuzzCase> candidates = new ArrayList<>();
    List<FuzzCase.Container> containers = c.containers();
    if (containers.size() > 1) {
      candidates.add(c.withContainers(containers.subList(0, containers.size() / 2)));
      candidates.add(c.withContainers(containers.subList(containers.size() / 2, containers.size())));
    }
    for (int k = containers.size() - 1; k >= 0 && containers.size() > 1; k--) {
      List<FuzzCase.Container> fewer = new ArrayList<>(containers);
      fewer.remove(k);
      candidates.add(c.withContainers(fewer));
    }
    if (c.style() != FuzzCase.Style.REPEATED) {
      candidates.add(c.withStyle(FuzzCase.Style.REPEATED));
    }
    if (c.kind() != FuzzCase.Kind.CLASS) {
      candidates.add(c.withKind(FuzzCase.Kind.CLASS));
    }
    if (!c.encoding().equals("UTF-8")) {
      candidates.add(c.withEncoding("UTF-8"));
    }
    if (!c.packageName().equals("fuzz") || !c.className().equals("Case" + c.index())) {
      candidates.add(c.named("fuzz", "Case" + c.index()));
    }
    if (c.endpoint() != null) {
      candidates.add(c.withEndpoint(null));
      FuzzCase.EndpointAnnotation endpoint = c.endpoint();
      if (endpoint.name() != null || endpoint.variantName() != null || endpoint.instanceType() != null
          || endpoint.initialInstanceCount() != null) {
        candidates.add(c.withEndpoint(
            new FuzzCase.EndpointAnnotation(endpoint.annotation(), null, null, null, null, endpoint.position())));
      }
    }
    if (!c.hosting().isEmpty()) {
      candidates.add(c.withHosting(FuzzHosting.NONE));
      for (int place : c.hosting().byPlace().keySet()) {
        candidates.add(c.withHosting(c.hosting().without(place)));
      }
      c.hosting().byPlace().forEach((place, annotation) -> {
        for (FuzzAnnotation.Attribute attribute : annotation.attributes()) {
          if (!REQUIRED.contains(attribute.name())) {
            candidates.add(c.withHosting(c.hosting().with(place, annotation.with(attribute.name(), null))));
          }
        }
      });
    }
    for (int h = c.hooks().size() - 1; h >= 0; h--) {
      List<FuzzCase.Hook> fewer = new ArrayList<>(c.hooks());
      fewer.remove(h);
      candidates.add(c.withHooks(fewer));
    }
    if (c.model() != null && c.model().settings() != null) {
      FuzzCase.ModelAnnotation m = c.model();
      candidates.add(c.withModel(new FuzzCase.ModelAnnotation(m.name(), m.networkIsolation(), m.position(), null,
          m.directInvocation())));
    }
    if (c.model() != null && (c.model().name() != null || c.model().networkIsolation() != null)) {
      candidates.add(c.withModel(new FuzzCase.ModelAnnotation(null, null, c.model().position())));
    }
    for (int k = 0; k < containers.size(); k++) {
      FuzzCase.Container container = containers.get(k);
      List<FuzzValue> environment = container.environment();
      if (environment != null) {
        candidates.add(c.withContainer(k, container.withEnvironment(null)));
        if (environment.size() > 1) {
          candidates.add(c.withContainer(k, container.withEnvironment(environment.subList(0, environment.size() / 2))));
          candidates.add(c.withContainer(k,
              container.withEnvironment(environment.subList(environment.size() / 2, environment.size()))));
        }
        for (int e = 0; e < environment.size() && environment.size() <= 8; e++) {
          List<FuzzValue> fewer = new ArrayList<>(environment);
          fewer.remove(e);
          candidates.add(c.withContainer(k, container.withEnvironment(fewer)));
        }
      }
      if (container.modelDataKmsKey() != null) {
        candidates.add(c.withContainer(k, container.withModelDataKmsKey(null)));
      }
      if (container.modelData() != null) {
        candidates.add(c.withContainer(k, new FuzzCase.Container(container.image(), null, container.hostname(),
            environment, container.order())));
      }
      if (container.hostname() != null) {
        candidates.add(c.withContainer(k, new FuzzCase.Container(container.image(), container.modelData(), null,
            environment, container.order())));
      }
      if (container.order() != null) {
        candidates.add(c.withContainer(k, new FuzzCase.Container(container.image(), container.modelData(),
            container.hostname(), environment, null)));
      }
      if (!container.image().text().equals("ecr:xgboost:1")) {
        candidates.add(c.withContainer(k, new FuzzCase.Container(FuzzValue.valid("ecr:xgboost:1", "xgboost", "1"),
            container.modelData(), container.hostname(), environment, container.order())));
      }
    }
    return candidates;
  }
}
