package io.github.sagemakercdk.rules;

import java.util.List;

/**
 * What the rules need to know of an endpoint config's asynchronous inference, in plain values. A null value is
 * one not given or not known yet (a CDK token): it is not checked.
 *
 * @param outputPath the S3 URI responses go to, such as {@code s3://my-bucket/async/output/}
 * @param failurePath the S3 URI failure responses go to
 * @param successTopic the ARN of the SNS topic notified of each success
 * @param errorTopic the ARN of the SNS topic notified of each failure
 * @param hasSuccessTopic whether there is a success topic at all (its ARN may be a token)
 * @param hasErrorTopic whether there is an error topic at all
 * @param includeInferenceResponseIn {@link Limits#SUCCESS_NOTIFICATION_TOPIC} and/or
 *     {@link Limits#ERROR_NOTIFICATION_TOPIC}, in the order given
 * @param maxConcurrentInvocationsPerInstance the concurrent requests SageMaker sends each instance
 * @param kmsKey the ARN of the key that encrypts the output
 */
public record AsyncInferenceSpec(String outputPath, String failurePath, String successTopic, String errorTopic,
    boolean hasSuccessTopic, boolean hasErrorTopic, List<String> includeInferenceResponseIn,
    Number maxConcurrentInvocationsPerInstance, String kmsKey) {
  public AsyncInferenceSpec {
    includeInferenceResponseIn = List.copyOf(includeInferenceResponseIn);
  }
}
