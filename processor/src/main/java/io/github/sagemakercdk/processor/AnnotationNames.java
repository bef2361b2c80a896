package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.annotations.AsyncEndpoint;
import io.github.sagemakercdk.annotations.AutoScaling;
import io.github.sagemakercdk.annotations.BacklogScaling;
import io.github.sagemakercdk.annotations.BlueGreenDeployment;
import io.github.sagemakercdk.annotations.Container;
import io.github.sagemakercdk.annotations.Containers;
import io.github.sagemakercdk.annotations.CustomizeStack;
import io.github.sagemakercdk.annotations.DataCapture;
import io.github.sagemakercdk.annotations.Endpoint;
import io.github.sagemakercdk.annotations.InferenceComponent;
import io.github.sagemakercdk.annotations.InferenceComponentEndpoint;
import io.github.sagemakercdk.annotations.RealtimeEndpoint;
import io.github.sagemakercdk.annotations.RollingDeployment;
import io.github.sagemakercdk.annotations.SageMakerModel;
import io.github.sagemakercdk.annotations.ServerlessEndpoint;
import io.github.sagemakercdk.annotations.ShadowVariant;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** The qualified names of the annotations this processor reads, and how to tell a mirror's. */
final class AnnotationNames {
  static final String MODEL = SageMakerModel.class.getCanonicalName();
  static final String CONTAINER = Container.class.getCanonicalName();
  static final String CONTAINERS = Containers.class.getCanonicalName();
  /** The deprecated former name of {@link #REALTIME_ENDPOINT}; it still works, with the same checks. */
  @SuppressWarnings("deprecation")
  static final String ENDPOINT = Endpoint.class.getCanonicalName();
  static final String REALTIME_ENDPOINT = RealtimeEndpoint.class.getCanonicalName();
  static final String SERVERLESS_ENDPOINT = ServerlessEndpoint.class.getCanonicalName();
  static final String AUTO_SCALING = AutoScaling.class.getCanonicalName();
  static final String DATA_CAPTURE = DataCapture.class.getCanonicalName();
  static final String SHADOW_VARIANT = ShadowVariant.class.getCanonicalName();
  static final String CUSTOMIZE_STACK = CustomizeStack.class.getCanonicalName();
  static final String ASYNC_ENDPOINT = AsyncEndpoint.class.getCanonicalName();
  static final String BACKLOG_SCALING = BacklogScaling.class.getCanonicalName();
  static final String BLUE_GREEN_DEPLOYMENT = BlueGreenDeployment.class.getCanonicalName();
  static final String ROLLING_DEPLOYMENT = RollingDeployment.class.getCanonicalName();
  static final String INFERENCE_COMPONENT_ENDPOINT = InferenceComponentEndpoint.class.getCanonicalName();
  static final String INFERENCE_COMPONENT = InferenceComponent.class.getCanonicalName();

  private AnnotationNames() {}

  static String of(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}
