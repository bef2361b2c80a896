package io.github.sagemakercdk.internal;

import io.github.sagemakercdk.rules.Arn;
import io.github.sagemakercdk.rules.KmsRules;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.IKey;

/**
 * Decryption with one KMS key, also when the key is known only by an alias ARN. IAM does not match an alias ARN in
 * a statement's Resource against the key behind it (KMS Developer Guide, "Use aliases to control access to KMS
 * keys"), so a grant on it would silently allow nothing: for an alias the statement names the keys of the alias's
 * account and region and the {@code kms:ResourceAliases} condition keeps it to the key behind that alias.
 */
final class KmsGrants {
  static final String ALIAS_REASON = "The model data key is known by its alias, and IAM matches no alias ARN in"
      + " Resource: the statement names the keys of the alias's account and region, and the condition"
      + " ForAnyValue:StringEquals kms:ResourceAliases keeps it to the one key behind that alias.";
  static final String CAPTURE_ALIAS_REASON = "The data capture key is known by its alias, and IAM matches no alias"
      + " ARN in Resource: the statement names the keys of the alias's account and region, and the condition"
      + " ForAnyValue:StringEquals kms:ResourceAliases keeps it to the one key behind that alias.";
  private static final List<String> DECRYPT = List.of("kms:Decrypt");
  private static final String ALIAS_PREFIX = "alias/";

  private KmsGrants() {}

  /** {@code kms:Decrypt} on {@code key} alone for {@code principal}, whose policy's suppressions are given. */
  static void decrypt(IKey key, IPrincipal principal, NagSuppressions suppressions) {
    use(key, DECRYPT, principal, suppressions, ALIAS_REASON);
  }

  /**
   * {@code actions} on {@code key} alone for {@code principal}; for an alias, on the key behind it, with a
   * suppression giving {@code aliasReason}.
   */
  static void use(IKey key, List<String> actions, IPrincipal principal, NagSuppressions suppressions,
      String aliasReason) {
    String arn = key.getKeyArn();
    if (Tokens.isUnresolved(arn) || !KmsRules.isAliasArn(arn)) {
      key.grant(principal, actions.toArray(String[]::new));
      return;
    }
    Arn alias = Arn.parse(arn).orElseThrow();
    String anyKey = "arn:" + alias.partition() + ":kms:" + alias.region() + ":" + alias.account() + ":key/*";
    String aliasName = ALIAS_PREFIX + alias.resource().substring(ALIAS_PREFIX.length());
    PolicyStatement statement = PolicyStatement.Builder.create()
        .actions(actions)
        .resources(List.of(anyKey))
        .conditions(Map.of("ForAnyValue:StringEquals", Map.of("kms:ResourceAliases", aliasName)))
        .build();
    suppressions.suppressWildcard(principal.addToPrincipalPolicy(statement), "Resource::" + anyKey, aliasReason);
  }
}
