package io.github.sagemakercdk.rules;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.Optional;
import java.util.regex.Pattern;

/** KMS keys given by key ARN or alias ARN, and where SageMaker takes none. */
public final class KmsRules {
  private static final Pattern KEY_ARN = Pattern.compile(Limits.KMS_KEY_ARN_PATTERN);
  private static final String ALIAS = "alias/";

  private KmsRules() {}

  /** A key ARN or an alias ARN. */
  public static Optional<Violation> keyArn(String arn) {
    return arn.length() <= Limits.MAX_KMS_KEY_ID_LENGTH && KEY_ARN.matcher(arn).matches()
        ? Optional.empty()
        : Optional.of(Rule.KMS_KEY_ARN.violation(Location.model(Attribute.KMS_KEY), arn));
  }

  /** Whether a valid key ARN names an alias rather than a key. */
  public static boolean isAliasArn(String arn) {
    return Arn.parse(arn).map(parsed -> parsed.resource().startsWith(ALIAS)).orElse(false);
  }

  /** The endpoint's storage volume key: none on instance types with local NVMe storage. */
  public static Optional<Violation> storageVolumeKey(String instanceType) {
    return EndpointRules.hasLocalStorage(instanceType)
        ? Optional.of(Rule.KMS_KEY_LOCAL_STORAGE.violation(Location.model(Attribute.KMS_KEY), instanceType))
        : Optional.empty();
  }
}
