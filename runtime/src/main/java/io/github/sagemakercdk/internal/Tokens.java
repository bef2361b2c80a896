package io.github.sagemakercdk.internal;

/**
 * Recognises CDK tokens in Java strings without asking aws-cdk-lib: every {@code Token.isUnresolved} call would
 * cross into the Node process, and the rules run over every name, key and value of a model.
 */
public final class Tokens {
  private static final long NUMBER_TOKEN_MARKER = 0xFBFFL;
  private Tokens() {}

  /** Whether {@code value} holds a string token ({@code ${Token[..]}}) or an encoded list token. */
  public static boolean isUnresolved(String value) {
    return value != null && (value.contains("${Token[") || value.contains("#{Token["));
  }

  /**
   * Whether {@code value} is a number token: aws-cdk-lib encodes those as doubles whose top 16 bits are
   * 0xFBFF (a range of huge negative numbers no real count or size reaches).
   */
  public static boolean isUnresolved(Number value) {
    return value != null && (Double.doubleToRawLongBits(value.doubleValue()) >>> 48) == NUMBER_TOKEN_MARKER;
  }

  /** {@code value}, or null when it is a number token: the rules check only numbers known at synth. */
  public static Number known(Number value) {
    return isUnresolved(value) ? null : value;
  }

  /** {@code value}, or null when it holds a token. */
  public static String known(String value) {
    return isUnresolved(value) ? null : value;
  }
}
