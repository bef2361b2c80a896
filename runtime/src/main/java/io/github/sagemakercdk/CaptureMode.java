package io.github.sagemakercdk;

import java.util.List;

/** What an endpoint's data capture records of each sampled invocation. */
public enum CaptureMode {
  /** The requests (the payload sent to the model). */
  INPUT(List.of("Input")),
  /** The responses (what the model returned). */
  OUTPUT(List.of("Output")),
  /** Both, written as the two capture options Input and Output (as the SageMaker Python SDK writes them). */
  INPUT_AND_OUTPUT(List.of("Input", "Output"));

  private final List<String> captureModes;

  CaptureMode(List<String> captureModes) {
    this.captureModes = captureModes;
  }

  /** The {@code CaptureMode} of each {@code CaptureOption} CloudFormation takes for this choice. */
  List<String> captureModes() {
    return captureModes;
  }
}
