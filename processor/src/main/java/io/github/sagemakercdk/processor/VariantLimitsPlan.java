package io.github.sagemakercdk.processor;

/**
 * The variant limits the generated variant sets, every check passed; each null when not given, so that a variant
 * without limits is generated as before. Managed instance scaling is on when {@code maxInstanceCount} is given.
 */
record VariantLimitsPlan(
    Integer volumeSizeInGb,
    Integer modelDataDownloadTimeoutSeconds,
    Integer containerStartupHealthCheckTimeoutSeconds,
    Integer minInstanceCount,
    Integer maxInstanceCount,
    String routingStrategy,
    String inferenceAmiVersion) {

  /** The plan of limits read without problems. */
  static VariantLimitsPlan of(VariantLimitsDeclaration limits) {
    boolean managed = limits.maxInstanceCount().value() != 0;
    return new VariantLimitsPlan(
        given(limits.volumeSizeInGb().value()),
        given(limits.modelDataDownloadTimeoutSeconds().value()),
        given(limits.containerStartupHealthCheckTimeoutSeconds().value()),
        managed ? limits.minInstanceCount().value() : null,
        managed ? limits.maxInstanceCount().value() : null,
        given(limits.routingStrategy().value()),
        given(limits.inferenceAmiVersion().value()));
  }

  /** 0 and the empty string stand for "not given". */
  static Integer given(int value) {
    return value == 0 ? null : value;
  }

  static String given(String value) {
    return value.isEmpty() ? null : value;
  }
}
