package io.github.sagemakercdk.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The compilation benchmark's input: {@code count} annotated model classes in ten packages, the same on every
 * run (fixed seed). A mix as a real project has it: 40% single-container models, 40% two-container and 20%
 * three-container pipelines; images from ECR by tag or digest, by full registry URI, and Deep Learning
 * Containers; S3 model data on most containers; hostnames, environment entries, explicit order on some; a
 * physical name and network isolation on some. No {@code asset:} references (they would need files on disk).
 */
final class AnnotatedSources {
  static final String PACKAGE_PREFIX = "bench.models.group";
  private static final String[] TOPICS = {"Churn", "Fraud", "Ranking", "Forecast", "Vision", "Speech", "Pricing",
      "Segment", "Anomaly", "Recommend"};
  private static final String[] DLC_REPOSITORIES = {"pytorch-inference", "tensorflow-inference",
      "huggingface-pytorch-inference", "mxnet-inference"};
  private static final String[] REGIONS = {"us-east-1", "eu-west-1", "ap-southeast-2", "cn-north-1"};

  private AnnotatedSources() {}

  /** Writes the classes under {@code sourceRoot} and returns their files, in a fixed order. */
  static List<Path> write(Path sourceRoot, int count) {
    Random random = new Random(20261125L);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String packageName = PACKAGE_PREFIX + (i % 10);
      String className = TOPICS[i % TOPICS.length] + "Model" + String.format("%03d", i);
      Path file = sourceRoot.resolve(packageName.replace('.', '/')).resolve(className + ".java");
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, source(packageName, className, i, random));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      files.add(file);
    }
    return files;
  }

  private static String source(String packageName, String className, int index, Random random) {
    int containers = switch (index % 10) {
      case 0, 1, 2, 3 -> 1;
      case 4, 5, 6, 7 -> 2;
      default -> 3;
    };
    boolean hostnames = containers > 1 ? random.nextBoolean() : random.nextInt(10) < 3;
    boolean explicitOrder = containers > 1 && random.nextInt(10) < 3;
    List<Integer> order = new ArrayList<>();
    for (int n = 1; n <= containers; n++) {
      order.add(n);
    }
    if (explicitOrder) {
      Collections.shuffle(order, random);
    }
    StringBuilder out = new StringBuilder();
    out.append("package ").append(packageName).append(";\n\n");
    out.append("import io.github.sagemakercdk.annotations.Container;\n");
    out.append("import io.github.sagemakercdk.annotations.SageMakerModel;\n\n");
    out.append("/** Benchmark model ").append(index).append(" (generated). */\n");
    List<String> modelAttributes = new ArrayList<>();
    if (random.nextInt(10) < 6) {
      modelAttributes.add("name = \"" + className.toLowerCase() + "-" + index + "\"");
    }
    if (random.nextInt(10) < 2) {
      modelAttributes.add("networkIsolation = true");
    }
    out.append("@SageMakerModel").append(modelAttributes.isEmpty() ? "" : "(" + String.join(", ", modelAttributes) + ")")
        .append('\n');
    for (int n = 0; n < containers; n++) {
      List<String> attributes = new ArrayList<>();
      attributes.add("image = \"" + image(index, n, random) + "\"");
      if (random.nextInt(10) < 8) {
        attributes.add("modelData = \"s3://bench-artifacts-" + (index % 7) + "/models/" + className.toLowerCase()
            + "/stage-" + n + "/model.tar.gz\"");
      }
      if (hostnames) {
        attributes.add("hostname = \"stage-" + n + "\"");
      }
      int entries = random.nextInt(5);
      if (entries > 0) {
        List<String> environment = new ArrayList<>();
        for (int e = 0; e < entries; e++) {
          environment.add("\"" + environmentEntry(e, index, random) + "\"");
        }
        attributes.add("environment = {" + String.join(", ", environment) + "}");
      }
      if (explicitOrder) {
        attributes.add("order = " + order.get(n));
      }
      out.append("@Container(").append(String.join(",\n    ", attributes)).append(")\n");
    }
    out.append("public class ").append(className).append(" {}\n");
    return out.toString();
  }

  private static String image(int index, int container, Random random) {
    String repository = "team-" + (index % 5) + "/stage-" + container;
    return switch (random.nextInt(8)) {
      case 0, 1, 2 -> "ecr:" + repository + ":1." + random.nextInt(20) + "-" + container;
      case 3 -> "ecr:" + repository + "@sha256:" + digest(random);
      case 4, 5 -> {
        String region = REGIONS[random.nextInt(REGIONS.length)];
        String suffix = region.startsWith("cn-") ? ".com.cn" : ".com";
        yield String.format("%012d", 100_000_000_000L + random.nextInt(1_000_000)) + ".dkr.ecr." + region
            + ".amazonaws" + suffix + "/" + repository + ":v" + random.nextInt(100);
      }
      default -> "dlc:" + DLC_REPOSITORIES[random.nextInt(DLC_REPOSITORIES.length)] + ":2." + random.nextInt(4)
          + ".0-cpu-py310";
    };
  }

  private static String digest(Random random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String environmentEntry(int entry, int index, Random random) {
    return switch (entry) {
      case 0 -> "SAGEMAKER_PROGRAM=serve_" + index + ".py";
      case 1 -> "SAGEMAKER_CONTAINER_LOG_LEVEL=" + (10 + random.nextInt(4) * 10);
      case 2 -> "MODEL_VARIANT=v" + random.nextInt(1000);
      default -> "FEATURE_FLAGS=a,b,c=" + random.nextInt(10);
    };
  }
}
