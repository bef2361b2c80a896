package io.github.sagemakercdk.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One way a model is hosted, as the exclusion table reads it: the features present and, for instances, the instance
 * type (from which the instance features follow).
 *
 * @param features what the setup is made of, including what its instance type implies
 * @param instanceType the instance type of an instance variant, or null (serverless, or not known yet)
 */
public record HostingSetup(Set<HostingFeature> features, String instanceType) {
  private static final Pattern ACCELERATED = Pattern.compile(Limits.ACCELERATED_INSTANCE_TYPE_PATTERN);
  private static final Pattern INF1 = Pattern.compile(Limits.INF1_INSTANCE_TYPE_PATTERN);

  public HostingSetup {
    EnumSet<HostingFeature> all = features.isEmpty() ? EnumSet.noneOf(HostingFeature.class) : EnumSet.copyOf(features);
    if (instanceType != null) {
      all.addAll(instanceFeatures(instanceType));
    }
    features = Collections.unmodifiableSet(all);
  }

  /** A setup of these features, on {@code instanceType} (null when none or not known). */
  public static HostingSetup of(String instanceType, Set<HostingFeature> features) {
    return new HostingSetup(features, instanceType);
  }

  public boolean has(HostingFeature feature) {
    return features.contains(feature);
  }

  /** What an instance type brings: GPUs or accelerators, Inferentia's first generation, multi-model support. */
  public static Set<HostingFeature> instanceFeatures(String instanceType) {
    EnumSet<HostingFeature> features = EnumSet.noneOf(HostingFeature.class);
    if (ACCELERATED.matcher(instanceType).matches()) {
      features.add(HostingFeature.ACCELERATED_INSTANCE);
      if (!Limits.MULTI_MODEL_GPU_INSTANCE_TYPES.contains(instanceType)) {
        features.add(HostingFeature.INSTANCE_WITHOUT_MULTI_MODEL);
      }
    }
    if (INF1.matcher(instanceType).matches()) {
      features.add(HostingFeature.INF1_INSTANCE);
    }
    return features;
  }
}
