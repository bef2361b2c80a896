package io.github.sagemakercdk.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the model as an inference component on the endpoint of another class, annotated with
 * {@link InferenceComponentEndpoint}: the model's copies share that endpoint's instances with the other components,
 * each copy taking the memory, CPU cores and accelerators given here. The model's stack holds the model and the
 * component, and depends on the host's stack.
 *
 * <pre>{@code
 * @SageMakerModel
 * @Container(image = "dlc:huggingface-pytorch-tgi-inference:2.4.0-tgi2.4.0-gpu-py311-cu124-ubuntu22.04",
 *     modelData = "s3://my-bucket/llama/model.tar.gz")
 * @InferenceComponent(endpoint = LlmHost.class, minMemoryMb = 24576, acceleratorDevices = 2, copies = 1)
 * public class LlamaChat {}
 * }</pre>
 *
 * <p>Not beside an endpoint annotation ({@code @RealtimeEndpoint}, {@code @ServerlessEndpoint},
 * {@code @AsyncEndpoint}): a model is served by its own endpoint or as a component. The runtime's construct of the
 * same simple name, {@code io.github.sagemakercdk.InferenceComponent}, is what {@code getInferenceComponent()}
 * returns; in a class that uses both, write one of them qualified.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface InferenceComponent {

  /** The host: a class annotated with {@link InferenceComponentEndpoint}. */
  Class<?> endpoint();

  /** The component's physical name (1 to 63 letters, digits and inner hyphens); empty: CloudFormation names it. */
  String name() default "";

  /** The memory one copy needs, in MB: at least 128. */
  int minMemoryMb();

  /** The most memory one copy may use, in MB: at least 128 and {@code minMemoryMb}; 0: no limit. */
  int maxMemoryMb() default 0;

  /** The CPU cores one copy takes: at least 0.25; 0: none asked for. */
  double cpuCores() default 0;

  /** The GPUs or accelerators one copy takes: at least 1, at most the host instance type's; 0: none. */
  int acceleratorDevices() default 0;

  /** How many copies run at first: at least 0. */
  int copies() default 1;

  /** How long SageMaker may take to download the model's data, in seconds: 60 to 3600; 0: SageMaker's default. */
  int modelDataDownloadTimeoutInSeconds() default 0;

  /** How long a copy's container may take to pass its health check, in seconds: 60 to 3600; 0: SageMaker's. */
  int containerStartupHealthCheckTimeoutInSeconds() default 0;

  /** With {@code maxCopies}, the fewest copies auto scaling keeps: 0 (scale to no copy) or more. */
  int minCopies() default 1;

  /** The most copies auto scaling runs; 0: no auto scaling of the copies. */
  int maxCopies() default 0;

  /**
   * With {@code maxCopies}, the requests per second one copy serves at most (from a load test): the copies scale to
   * keep each at {@code maxRequestsPerSecond x 60 x safetyFactor} invocations a minute.
   */
  double maxRequestsPerSecond() default 0;

  /** The share of {@code maxRequestsPerSecond} each copy is kept at, greater than 0 and at most 1. */
  double safetyFactor() default 0.5;
}
