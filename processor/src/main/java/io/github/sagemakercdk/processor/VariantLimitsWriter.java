package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.GeneratedTypes.DURATION;
import static io.github.sagemakercdk.processor.GeneratedTypes.INFERENCE_AMI_VERSION;
import static io.github.sagemakercdk.processor.GeneratedTypes.MANAGED_INSTANCE_SCALING;
import static io.github.sagemakercdk.processor.GeneratedTypes.ROUTING_STRATEGY;
import static io.github.sagemakercdk.processor.StringLiterals.literal;

import com.squareup.javapoet.CodeBlock;

/**
 * Writes the variant limits into the builder of an instance variant, one call per limit given and none otherwise,
 * so that a variant without limits is generated exactly as before.
 */
final class VariantLimitsWriter {
  private VariantLimitsWriter() {}

  static CodeBlock properties(VariantLimitsPlan limits) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (limits == null) {
      return code.build();
    }
    if (limits.volumeSizeInGb() != null) {
      code.add(".volumeSizeInGb($L)\n", limits.volumeSizeInGb());
    }
    if (limits.modelDataDownloadTimeoutSeconds() != null) {
      code.add(".modelDataDownloadTimeout($T.seconds($L))\n", DURATION, limits.modelDataDownloadTimeoutSeconds());
    }
    if (limits.containerStartupHealthCheckTimeoutSeconds() != null) {
      code.add(".containerStartupHealthCheckTimeout($T.seconds($L))\n", DURATION,
          limits.containerStartupHealthCheckTimeoutSeconds());
    }
    if (limits.maxInstanceCount() != null) {
      code.add(managedInstanceScaling(limits.minInstanceCount(), limits.maxInstanceCount()));
    }
    if (limits.routingStrategy() != null) {
      code.add(routingStrategy(limits.routingStrategy()));
    }
    if (limits.inferenceAmiVersion() != null) {
      code.add(".inferenceAmiVersion($T.of($L))\n", INFERENCE_AMI_VERSION, literal(limits.inferenceAmiVersion()));
    }
    return code.build();
  }

  /** The managed instance scaling call of a variant builder; also a component host's (HostStackWriter). */
  static CodeBlock managedInstanceScaling(int minInstanceCount, int maxInstanceCount) {
    return CodeBlock.builder()
        .add(".managedInstanceScaling($T.builder()\n", MANAGED_INSTANCE_SCALING).indent().indent()
        .add(".minInstanceCount($L)\n", minInstanceCount)
        .add(".maxInstanceCount($L)\n", maxInstanceCount)
        .add(".build())\n").unindent().unindent()
        .build();
  }

  /** The routing strategy call of a variant builder, {@code strategy} a RoutingStrategy constant's name. */
  static CodeBlock routingStrategy(String strategy) {
    return CodeBlock.of(".routingStrategy($T.$L)\n", ROUTING_STRATEGY, strategy);
  }
}
