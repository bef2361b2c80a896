package io.github.sagemakercdk.processor;

import java.util.List;

/**
 * A {@code @RealtimeEndpoint} (or {@code @Endpoint}) or {@code @ServerlessEndpoint} as written: plain values, each
 * with its site. Attributes left out hold the annotation's default, their site the annotation itself.
 */
sealed interface EndpointDeclaration {

  /** The annotation itself. */
  Site site();

  /** The physical endpoint name, empty when not given. */
  AnnotatedValue<String> name();

  AnnotatedValue<String> variantName();

  /**
   * {@code @RealtimeEndpoint} or its former name {@code @Endpoint}: a real-time endpoint on instances.
   *
   * @param autoScalingSite the {@code autoScaling} attribute as a whole
   * @param autoScaling its {@code @AutoScaling}s in source order (more than one is an error)
   * @param kmsKey the ARN of the storage volume's KMS key, empty when not given
   * @param limits its volume size, start-up timeouts, managed instance scaling, routing and AMI
   */
  record Instance(
      Site site,
      AnnotatedValue<String> name,
      AnnotatedValue<String> variantName,
      AnnotatedValue<String> instanceType,
      AnnotatedValue<Integer> initialInstanceCount,
      AnnotatedValue<String> acceleratorType,
      Site autoScalingSite,
      List<AutoScalingDeclaration> autoScaling,
      AnnotatedValue<String> kmsKey,
      VariantLimitsDeclaration limits) implements EndpointDeclaration {

    public Instance {
      autoScaling = List.copyOf(autoScaling);
    }
  }

  /**
   * {@code @AsyncEndpoint}: an asynchronous endpoint on instances. Empty strings and a
   * {@code maxConcurrentInvocationsPerInstance} of 0 mean not given.
   *
   * @param includeInferenceResponseIn the {@code ResponseTopic} constants' names, each with its site
   * @param autoScalingSite the {@code autoScaling} attribute as a whole
   * @param autoScaling its {@code @BacklogScaling}s in source order (more than one is an error)
   * @param limits its volume size, start-up timeouts and AMI
   */
  record Async(
      Site site,
      AnnotatedValue<String> name,
      AnnotatedValue<String> variantName,
      AnnotatedValue<String> instanceType,
      AnnotatedValue<Integer> initialInstanceCount,
      AnnotatedValue<String> kmsKey,
      AnnotatedValue<String> outputPath,
      AnnotatedValue<String> failurePath,
      AnnotatedValue<String> successTopic,
      AnnotatedValue<String> errorTopic,
      AnnotatedList includeInferenceResponseIn,
      AnnotatedValue<Integer> maxConcurrentInvocationsPerInstance,
      AnnotatedValue<String> outputKmsKey,
      Site autoScalingSite,
      List<BacklogScalingDeclaration> autoScaling,
      VariantLimitsDeclaration limits) implements EndpointDeclaration {

    public Async {
      autoScaling = List.copyOf(autoScaling);
    }
  }

  /** {@code @ServerlessEndpoint}; a {@code provisionedConcurrency} of 0 means none. */
  record Serverless(
      Site site,
      AnnotatedValue<String> name,
      AnnotatedValue<String> variantName,
      AnnotatedValue<Integer> memorySizeInMb,
      AnnotatedValue<Integer> maxConcurrency,
      AnnotatedValue<Integer> provisionedConcurrency) implements EndpointDeclaration {}
}
