package io.github.sagemakercdk;

/**
 * A notification topic of asynchronous inference whose messages carry the inference response (responses of at
 * most 128 KB), as AsyncInferenceNotificationConfig's IncludeInferenceResponseIn names them.
 */
public enum InferenceResponseTopic {
  /** The success topic's notifications. */
  SUCCESS_NOTIFICATION_TOPIC,
  /** The error topic's notifications. */
  ERROR_NOTIFICATION_TOPIC
}
