package io.github.sagemakercdk.internal;

/**
 * Recognises CDK tokens in Java strings without asking aws-cdk-lib: every {@code Token.isUnresolved} call would
 * cross into the Node process, and the rules run over every name, key and value of a model.
 */
public final class Tokens {
  private Tokens() {}

  /** Whether {@code value} holds a string token ({@code ${Token[..]}}) or an encoded list token. */
  public static boolean isUnresolved(String value) {
    return value != null && (value.contains("${Token[") || value.contains("#{Token["));
  }
}
