package io.github.sagemakercdk.internal;

import io.github.sagemakercdk.rules.Messages;
import software.constructs.IConstruct;

/**
 * How messages name the construct they are about: its kind and its path, such as {@code Model Stack/Churn}, with
 * the container or variant when the message is about one of them.
 */
public enum Subject {
  MODEL("Model"),
  MODEL_PACKAGE("ModelPackage"),
  INFERENCE_COMPONENT("InferenceComponent"),
  SCALABLE_COPY_COUNT("ScalableCopyCount"),
  ENDPOINT_CONFIG("EndpointConfig"),
  ENDPOINT("Endpoint"),
  SCALABLE_INSTANCE_COUNT("ScalableInstanceCount");

  private final String kind;

  Subject(String kind) {
    this.kind = kind;
  }

  /** The construct, once it exists. (Its path costs jsii round trips: build it only for a message.) */
  public String of(IConstruct construct) {
    return kind + " " + construct.getNode().getPath();
  }

  /** The construct {@code id} about to be added to {@code scope}: checks that run before it exists name it so. */
  public String of(IConstruct scope, String id) {
    String parent = scope.getNode().getPath();
    return kind + " " + (parent.isEmpty() ? id : parent + "/" + id);
  }

  /** One container of a model: containers are numbered from 1, in pipeline order. */
  public static String container(String model, int number) {
    return model + ", container " + number;
  }

  /** One production variant of an endpoint config or an endpoint. */
  public static String variant(String owner, String variantName) {
    return owner + ", variant " + Messages.quoted(variantName);
  }
}
