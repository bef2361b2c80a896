package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.processor.FuzzSource.Place;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hosting annotations of a fuzz case beside its model and endpoint, each null when the class has none; and the
 * class a {@code @ShadowVariant} may name, written into the same file after the case's class.
 */
record FuzzHosting(FuzzAnnotation async, FuzzAnnotation capture, FuzzAnnotation shadow, FuzzAnnotation blueGreen,
    FuzzAnnotation rolling, Candidate candidate) {

  static final FuzzHosting NONE = new FuzzHosting(null, null, null, null, null, null);
  /** The model data of a multi-model candidate: a valid S3 prefix. */
  static final String MULTI_MODEL_PREFIX = "s3://fuzz-models/per-region/";

  /**
   * A shadow model's class: {@code @SageMakerModel @Container(image = "ecr:candidate:1") class <name> {}}.
   *
   * @param region the region its {@code @SageMakerModel} pins, or null for none
   * @param multiModel whether its container is a multi-model one (with a valid S3 prefix)
   * @param broken whether its image names no tag, an error of its own
   */
  record Candidate(String className, String region, boolean multiModel, boolean broken) {}

  /** The annotations written, by their place ({@link Place#ASYNC} ...), in a fixed order. */
  Map<Integer, FuzzAnnotation> byPlace() {
    Map<Integer, FuzzAnnotation> all = new LinkedHashMap<>();
    put(all, Place.ASYNC, async);
    put(all, Place.CAPTURE, capture);
    put(all, Place.SHADOW, shadow);
    put(all, Place.BLUE_GREEN, blueGreen);
    put(all, Place.ROLLING, rolling);
    return all;
  }

  private static void put(Map<Integer, FuzzAnnotation> all, int place, FuzzAnnotation annotation) {
    if (annotation != null) {
      all.put(place, annotation);
    }
  }

  boolean isEmpty() {
    return byPlace().isEmpty();
  }

  /** The same without the annotation of {@code place} (a shadow takes its candidate along). */
  FuzzHosting without(int place) {
    return new FuzzHosting(place == Place.ASYNC ? null : async, place == Place.CAPTURE ? null : capture,
        place == Place.SHADOW ? null : shadow, place == Place.BLUE_GREEN ? null : blueGreen,
        place == Place.ROLLING ? null : rolling, place == Place.SHADOW ? null : candidate);
  }

  /** The same with the annotation of {@code place} replaced. */
  FuzzHosting with(int place, FuzzAnnotation annotation) {
    return new FuzzHosting(place == Place.ASYNC ? annotation : async, place == Place.CAPTURE ? annotation : capture,
        place == Place.SHADOW ? annotation : shadow, place == Place.BLUE_GREEN ? annotation : blueGreen,
        place == Place.ROLLING ? annotation : rolling, candidate);
  }
}
