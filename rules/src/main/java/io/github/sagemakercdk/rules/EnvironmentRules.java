package io.github.sagemakercdk.rules;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The account and region a stack is pinned to, and what the ARNs given beside them must agree with: the role's
 * account (SageMaker passes only a role of the model's account), the partition of every ARN, a KMS key's region.
 */
public final class EnvironmentRules {
  private static final Pattern ACCOUNT = Pattern.compile(Limits.ACCOUNT_ID_PATTERN);
  private static final Pattern REGION = Pattern.compile(Limits.REGION_PATTERN);

  private EnvironmentRules() {}

  public static Optional<Violation> account(String account) {
    return ACCOUNT.matcher(account).matches()
        ? Optional.empty()
        : Optional.of(Rule.ACCOUNT_ID.violation(Location.model(Attribute.ACCOUNT), account));
  }

  public static Optional<Violation> region(String region) {
    return REGION.matcher(region).matches()
        ? Optional.empty()
        : Optional.of(Rule.REGION.violation(Location.model(Attribute.REGION), region));
  }

  /** A valid role ARN against the stack's account. */
  public static Optional<Violation> roleAccount(String roleArn, String account) {
    String roleAccount = Arn.parse(roleArn).map(Arn::account).orElse(account);
    return roleAccount.equals(account)
        ? Optional.empty()
        : Optional.of(Rule.ROLE_ACCOUNT.violation(Location.model(Attribute.ROLE), roleArn, roleAccount, account,
            account, roleAccount));
  }

  /**
   * A valid ARN against the partition of the stack's region; {@code what} names it in the message ("role",
   * "KMS key") and {@code attribute} says where it stands.
   */
  public static Optional<Violation> partition(String what, String arn, String region, Attribute attribute) {
    String partition = Arn.parse(arn).map(Arn::partition).orElse(null);
    String expected = Arn.partitionOf(region);
    return partition == null || partition.equals(expected)
        ? Optional.empty()
        : Optional.of(Rule.ARN_PARTITION.violation(Location.model(attribute), what, arn, partition, region,
            expected, expected));
  }

  /** A valid KMS key or alias ARN against the stack's region. */
  public static Optional<Violation> keyRegion(String keyArn, String region) {
    String keyRegion = Arn.parse(keyArn).map(Arn::region).orElse(region);
    return keyRegion.equals(region)
        ? Optional.empty()
        : Optional.of(Rule.KMS_KEY_REGION.violation(Location.model(Attribute.KMS_KEY), keyArn, keyRegion, region,
            region));
  }

  /** A valid KMS key or alias ARN against the stack's region: its partition, else its region. */
  public static Optional<Violation> key(String keyArn, String region) {
    return partition("KMS key", keyArn, region, Attribute.KMS_KEY).or(() -> keyRegion(keyArn, region));
  }
}
