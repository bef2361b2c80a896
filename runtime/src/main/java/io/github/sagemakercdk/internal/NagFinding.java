package io.github.sagemakercdk.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awscdk.Stack;

/**
 * The finding id cdk-nag's AwsSolutions-IAM5 reports for a wildcard resource: {@code Resource::} and the ARN
 * as CloudFormation renders it, with references written {@code <Name>} (cdk-nag's flattened form). A suppression
 * that names exactly this id covers this one resource and nothing else.
 */
public final class NagFinding {
  private NagFinding() {}

  /**
   * aws-cdk-lib's tokens for the AWS pseudo parameters ({@code Aws.PARTITION}, a stack's region and account when
   * its environment leaves them open): {@code {Ref: AWS::Partition}} with the display hint {@code AWS.Partition}.
   */
  private static final Pattern PSEUDO_PARAMETER =
      Pattern.compile("\\$\\{Token\\[AWS\\.(Partition|Region|AccountId|URLSuffix)\\.\\d+]}");

  /** The finding for {@code arn}, or null when its rendered form is one cdk-nag flattens in a way not covered here. */
  public static String forResource(Stack stack, String arn) {
    if (!Tokens.isUnresolved(arn)) {
      return "Resource::" + flatten(arn);
    }
    String pseudo = withPseudoParameters(arn);
    if (pseudo != null) {
      return "Resource::" + pseudo;
    }
    String flat = flatten(stack.resolve(arn));
    return flat == null ? null : "Resource::" + flat;
  }

  /**
   * The flattened form of an ARN whose only tokens are pseudo parameters (as {@code Stack.formatArn} makes them),
   * without asking aws-cdk-lib to resolve it (a jsii round trip): what {@link #flatten} makes of the
   * {@code Fn::Join} it resolves to. Null for any other token.
   */
  private static String withPseudoParameters(String arn) {
    StringBuilder flat = new StringBuilder();
    Matcher token = PSEUDO_PARAMETER.matcher(arn);
    int literalStart = 0;
    while (true) {
      boolean found = token.find();
      String literal = arn.substring(literalStart, found ? token.start() : arn.length());
      if (Tokens.isUnresolved(literal)) {
        return null; // another kind of token: only resolving tells what it renders to
      }
      flat.append(flatten(literal));
      if (!found) {
        return flat.toString();
      }
      flat.append("<AWS::").append(token.group(1)).append('>');
      literalStart = token.end();
    }
  }

  private static String flatten(Object node) {
    if (node instanceof String text) {
      return text.replace("${", "<").replace("}", ">");
    }
    if (!(node instanceof Map<?, ?> map) || map.size() != 1) {
      return null;
    }
    if (map.get("Ref") instanceof String ref) {
      return "<" + ref + ">";
    }
    if (map.get("Fn::GetAtt") instanceof List<?> getAtt && getAtt.size() == 2) {
      return "<" + flatten(getAtt.get(0)) + "." + flatten(getAtt.get(1)) + ">";
    }
    if (map.get("Fn::Join") instanceof List<?> join && join.size() == 2
        && join.get(0) instanceof String delimiter && join.get(1) instanceof List<?> parts) {
      List<String> flatParts = parts.stream().map(NagFinding::flatten).toList();
      return flatParts.contains(null) ? null : flatParts.stream().collect(Collectors.joining(delimiter));
    }
    return null;
  }
}
