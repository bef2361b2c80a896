package io.github.sagemakercdk.rules;

/**
 * One image of a framework or built-in algorithm, as SageMaker hosts it: what {@code framework:<name>:<version>}
 * names once its processor and Python version are known.
 *
 * @param framework the framework or algorithm, such as {@code xgboost} or {@code pytorch}
 * @param version its version, such as {@code 1.7-1} (never an alias)
 * @param processor {@code cpu}, {@code gpu} or another processor the version comes for; null when its tag names none
 * @param python the Python version, such as {@code py312}; null when its tag names none
 * @param repository the ECR repository, such as {@code sagemaker-xgboost}
 * @param tag the image tag, composed as the SageMaker Python SDK composes it
 * @param registry the registry account of each region the image is published in
 */
public record FrameworkImage(
    String framework, String version, String processor, String python, String repository, String tag,
    ImageRegistry registry) {

  /** How messages name it: {@code xgboost 1.7-1}, {@code pytorch 2.6.0 (gpu, py312)}. */
  public String describe() {
    if (processor == null && python == null) {
      return framework + " " + version;
    }
    return framework + " " + version + " (" + (processor == null ? python
        : python == null ? processor : processor + ", " + python) + ")";
  }
}
