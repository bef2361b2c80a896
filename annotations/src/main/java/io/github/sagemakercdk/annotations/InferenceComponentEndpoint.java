package io.github.sagemakercdk.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the class the host of inference components: an endpoint whose instances serve several models, each placed
 * on it by a model class's {@link InferenceComponent}. The class gets a stack of its own ({@code LlmHost} gives
 * {@code LlmHostStack}) with the endpoint config (one variant that names no model), the endpoint and the execution
 * role SageMaker runs the components with. The class is no model: it carries no {@code @SageMakerModel}.
 *
 * <pre>{@code
 * @InferenceComponentEndpoint(name = "llm-host", instanceType = "ml.g5.12xlarge")
 * public class LlmHost {}
 * }</pre>
 *
 * <p>The model stacks find the endpoint by its name and the role by its name, which is the endpoint's: both are
 * fixed here.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface InferenceComponentEndpoint {
  /** {@link #routingStrategy()}: to the instances with the fewest requests in progress. */
  String LEAST_OUTSTANDING_REQUESTS = "LEAST_OUTSTANDING_REQUESTS";
  /** {@link #routingStrategy()}: to an instance chosen at random (SageMaker's default). */
  String RANDOM = "RANDOM";

  /** The endpoint's physical name, which the components name: 1 to 63 letters, digits and hyphens. */
  String name();

  /** The ML instance type the components share: one of SageMaker's production variant instance types. */
  String instanceType();

  /** How many instances the endpoint starts with: at least 1. */
  int initialInstanceCount() default 1;

  /**
   * With {@code maxInstanceCount}, the fewest instances SageMaker's managed instance scaling keeps: 0 (an endpoint
   * that hosts components may scale in to none) up to {@code initialInstanceCount}.
   */
  int minInstanceCount() default 1;

  /**
   * The most instances SageMaker's managed instance scaling provisions as the components' copies need them, at least
   * {@code initialInstanceCount}; 0: a fixed instance count.
   */
  int maxInstanceCount() default 0;

  /** How requests are routed to the instances: {@link #LEAST_OUTSTANDING_REQUESTS} or {@link #RANDOM}; empty: SageMaker's. */
  String routingStrategy() default "";

  /** The name of the one variant the components are placed on. */
  String variantName() default "AllTraffic";

  /**
   * An existing execution role for the components, {@code arn:<partition>:iam::<account>:role/<name>}; empty: the
   * stack creates a least-privilege role named after the endpoint, and each component's stack lets it pull that
   * component's images and data. An existing role must allow that itself.
   */
  String role() default "";
}
