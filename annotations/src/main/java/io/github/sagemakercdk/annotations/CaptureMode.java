package io.github.sagemakercdk.annotations;

/** What {@link DataCapture} records of each sampled invocation. */
public enum CaptureMode {
  /** The requests (the payload sent to the model). */
  INPUT,
  /** The responses (what the model returned). */
  OUTPUT,
  /** Both the requests and the responses. */
  INPUT_AND_OUTPUT
}
