package io.github.sagemakercdk.benchmarks.synth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What model number {@code index} of the synthesis benchmark holds: two containers, each an ECR image and an S3
 * model archive. Both variants build from this one description, so their templates can only differ in how they
 * were built. No assets: no Docker build or file hashing adds noise.
 */
public record ModelFixture(String modelName, List<ContainerFixture> containers) {

  /** One container: the image's repository and tag, the archive's bucket and key, hostname and environment. */
  public record ContainerFixture(String repositoryName, String tag, String bucketName, String objectKey,
      String hostname, Map<String, String> environment) {}

  /** Model {@code index} (1-based); every model has its own tags, buckets and keys, so no two grants merge. */
  public static ModelFixture of(int index) {
    return new ModelFixture("bench-model-" + index, List.of(
        new ContainerFixture("bench/preprocess", "1." + index, "bench-models-" + index,
            "pre/" + index + "/model.tar.gz", "pre", environment("SAGEMAKER_PROGRAM", "preprocess.py")),
        new ContainerFixture("bench/xgboost", "1.7-" + index, "bench-models-" + index,
            "xgb/" + index + "/model.tar.gz", "model", environment("SAGEMAKER_PROGRAM", "serve.py"))));
  }

  private static Map<String, String> environment(String key, String value) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put(key, value);
    return environment;
  }
}
