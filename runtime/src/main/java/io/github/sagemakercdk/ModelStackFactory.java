package io.github.sagemakercdk;

import java.util.List;
import software.amazon.awscdk.Stack;
import software.constructs.Construct;

/**
 * Creates one stack of an app, found at run time with {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/io.github.sagemakercdk.ModelStackFactory} file lists the implementations), so that
 * {@link SageMakerApp} synthesizes every model of a project in one app.
 */
public interface ModelStackFactory {
  /** The construct id of the stack, such as {@code ChurnPipelineStack}; unique within the app. */
  String stackId();

  /** Creates the stack in {@code scope} with construct id {@code id}. */
  Stack create(Construct scope, String id);

  /**
   * The ids of the stacks this one needs deployed first, such as the stack of the endpoint its inference component
   * is placed on; {@link SageMakerApp} adds the dependency on each that is in the same app. None by default.
   */
  default List<String> dependsOn() {
    return List.of();
  }
}
