package io.github.sagemakercdk.rules;

import java.util.Optional;

/**
 * The parts of an ARN, {@code arn:<partition>:<service>:<region>:<account>:<resource>}, as the account, region and
 * partition rules compare them.
 */
public record Arn(String partition, String service, String region, String account, String resource) {

  /** The ARN's parts, or empty when the text has fewer than six colon-separated parts or does not start with arn:. */
  public static Optional<Arn> parse(String text) {
    String[] parts = text.split(":", 6);
    if (parts.length < 6 || !parts[0].equals("arn")) {
      return Optional.empty();
    }
    return Optional.of(new Arn(parts[1], parts[2], parts[3], parts[4], parts[5]));
  }

  /**
   * The partition of a region: {@code aws-cn} for the China regions, {@code aws-us-gov} for GovCloud, the ISO
   * partitions for theirs, {@code aws} for every other (AWS General Reference, "Amazon Resource Names").
   */
  public static String partitionOf(String region) {
    if (region.startsWith("cn-")) {
      return "aws-cn";
    }
    if (region.startsWith("us-gov-")) {
      return "aws-us-gov";
    }
    if (region.startsWith("us-isob-")) {
      return "aws-iso-b";
    }
    if (region.startsWith("us-iso-")) {
      return "aws-iso";
    }
    if (region.startsWith("eu-isoe-")) {
      return "aws-iso-e";
    }
    if (region.startsWith("eusc-")) {
      return "aws-eusc";
    }
    if (region.startsWith("us-isof-")) {
      return "aws-iso-f";
    }
    return "aws";
  }
}
