package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.RuntimeRule;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.EnvironmentRules;
import io.github.sagemakercdk.rules.Violation;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/**
 * The account and region a stack is pinned to, as {@code @SageMakerModel(account = ..., region = ...)} gives them:
 * a literal, {@link #CURRENT} for the CDK CLI's current one ({@code CDK_DEFAULT_ACCOUNT} / {@code
 * CDK_DEFAULT_REGION}, as CDK Java apps read them; unset, that part stays environment-agnostic), or empty for none.
 */
public final class PinnedEnvironment {
  /** The CLI's current account or region. */
  public static final String CURRENT = "current";
  static final String ACCOUNT_VARIABLE = "CDK_DEFAULT_ACCOUNT";
  static final String REGION_VARIABLE = "CDK_DEFAULT_REGION";

  private PinnedEnvironment() {}

  /**
   * {@code props} with the pinned account and region in its env, for stack {@code stackId}. Props that already give
   * another account or region than a pinned one are a contradiction, and an exception that names the stack.
   */
  public static StackProps apply(String stackId, StackProps props, String account, String region) {
    return apply(stackId, props, account, region, System::getenv);
  }

  /** The same, reading the CLI's current account and region from {@code variables}. */
  static StackProps apply(String stackId, StackProps props, String account, String region,
      UnaryOperator<String> variables) {
    String pinnedAccount = resolve(stackId, account, ACCOUNT_VARIABLE, variables, EnvironmentRules::account);
    String pinnedRegion = resolve(stackId, region, REGION_VARIABLE, variables, EnvironmentRules::region);
    Environment given = props == null ? null : props.getEnv();
    String givenAccount = given == null ? null : given.getAccount();
    String givenRegion = given == null ? null : given.getRegion();
    requireSame(stackId, "account", pinnedAccount, givenAccount);
    requireSame(stackId, "region", pinnedRegion, givenRegion);
    Environment env = Environment.builder()
        .account(pinnedAccount != null ? pinnedAccount : givenAccount)
        .region(pinnedRegion != null ? pinnedRegion : givenRegion)
        .build();
    return copyWithEnv(props, env);
  }

  /** The literal pin, the CLI's current value, or null for none. */
  private static String resolve(String stackId, String pin, String variable, UnaryOperator<String> variables,
      Function<String, Optional<Violation>> rule) {
    if (pin == null || pin.isEmpty()) {
      return null;
    }
    if (pin.equals(CURRENT)) {
      String current = variables.apply(variable);
      return current == null || current.isBlank() ? null : current;
    }
    Violations.check("Stack " + stackId, rule.apply(pin));
    return pin;
  }

  private static void requireSame(String stackId, String what, String pinned, String given) {
    if (pinned != null && given != null && !pinned.equals(given)) {
      throw Violations.invalid("Stack " + stackId, RuntimeRule.PINNED_ENVIRONMENT, stackId, what + " " + pinned,
          what + " " + given);
    }
  }

  private static StackProps copyWithEnv(StackProps props, Environment env) {
    StackProps.Builder copy = StackProps.builder().env(env);
    if (props == null) {
      return copy.build();
    }
    return copy
        .analyticsReporting(props.getAnalyticsReporting())
        .crossRegionReferences(props.getCrossRegionReferences())
        .description(props.getDescription())
        .notificationArns(props.getNotificationArns())
        .permissionsBoundary(props.getPermissionsBoundary())
        .propertyInjectors(props.getPropertyInjectors())
        .stackName(props.getStackName())
        .suppressTemplateIndentation(props.getSuppressTemplateIndentation())
        .synthesizer(props.getSynthesizer())
        .tags(props.getTags())
        .terminationProtection(props.getTerminationProtection())
        .build();
  }
}
