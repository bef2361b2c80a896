package io.github.sagemakercdk.internal;

import java.util.Optional;
import software.amazon.awscdk.interfaces.ResourceEnvironment;

/**
 * Where a resource is known to be in another account or region than expected, as the messages say it
 * ({@code account 111111111111}, {@code region eu-west-1}). Tokens are left for CloudFormation to compare.
 *
 * @param found where the resource is
 * @param expected where it should be
 */
public record EnvironmentDifference(String found, String expected) {

  /** The account, else the region, in which {@code resource} differs from {@code account} and {@code region}. */
  public static Optional<EnvironmentDifference> between(ResourceEnvironment resource, String account,
      String region) {
    String resourceAccount = resource.getAccount();
    if (differs(resourceAccount, account)) {
      return Optional.of(new EnvironmentDifference("account " + resourceAccount, "account " + account));
    }
    String resourceRegion = resource.getRegion();
    if (differs(resourceRegion, region)) {
      return Optional.of(new EnvironmentDifference("region " + resourceRegion, "region " + region));
    }
    return Optional.empty();
  }

  private static boolean differs(String one, String other) {
    return one != null && other != null && !Tokens.isUnresolved(one) && !Tokens.isUnresolved(other)
        && !one.equals(other);
  }
}
