package io.github.sagemakercdk.rules;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.Optional;

/**
 * A multi-model container (ContainerDefinition {@code Mode: MultiModel}) loads the model each request names from
 * under one S3 prefix, its {@code ModelDataUrl}; a single-model container loads one archive. Source:
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html (Mode, ModelDataUrl).
 * Which instance types and combinations multi-model hosting excludes is in {@link HostingExclusions}.
 */
public final class MultiModelRules {
  private MultiModelRules() {}

  /** Whether the S3 URL or key names a prefix (ends in {@code /}) rather than an object. */
  public static boolean isPrefix(String urlOrKey) {
    return urlOrKey.endsWith(Limits.S3_PREFIX_SUFFIX);
  }

  /**
   * The model data of container {@code container} (its index in pipeline order): a prefix for a multi-model
   * container, an archive otherwise. {@code modelData} is the S3 URL or key, or null when the container has none
   * (a multi-model container must have one) or it is not known yet.
   */
  public static Optional<Violation> modelData(int container, boolean multiModel, String modelData, boolean known) {
    return modelData(container, multiModel, modelData, known, false);
  }

  /**
   * As {@link #modelData(int, boolean, String, boolean)}, for model data given as an S3 data source
   * ({@code ModelDataSource}, which only a single-model container loads) or not.
   */
  public static Optional<Violation> modelData(int container, boolean multiModel, String modelData, boolean known,
      boolean dataSource) {
    if (dataSource) {
      return multiModel
          ? Optional.of(Rule.MULTI_MODEL_DATA_SOURCE.violation(Location.container(Attribute.MODEL_DATA, container),
              modelData == null ? "(not known yet)" : modelData))
          : Optional.empty();
    }
    if (multiModel && modelData == null && !known) {
      return Optional.empty();
    }
    if (multiModel && (modelData == null || !isPrefix(modelData))) {
      return Optional.of(Rule.MULTI_MODEL_DATA.violation(
          Location.container(Attribute.MODEL_DATA, container), modelData == null ? "(none)" : modelData));
    }
    if (!multiModel && modelData != null && isPrefix(modelData)) {
      return Optional.of(Rule.MODEL_DATA_PREFIX_WITHOUT_MULTI_MODEL.violation(
          Location.container(Attribute.MODEL_DATA, container), modelData));
    }
    return Optional.empty();
  }
}
