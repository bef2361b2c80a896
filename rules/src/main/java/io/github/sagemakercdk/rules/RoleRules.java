package io.github.sagemakercdk.rules;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.Optional;
import java.util.regex.Pattern;

/** An existing execution role, given by ARN: IAM's form of a role ARN and SageMaker's length limits. */
public final class RoleRules {
  private static final Pattern NAME = Pattern.compile(Limits.ROLE_NAME_PATTERN);
  private static final Pattern PATH = Pattern.compile(Limits.ROLE_PATH_PATTERN);
  private static final Pattern ACCOUNT = Pattern.compile(Limits.ACCOUNT_ID_PATTERN);
  private static final Pattern PARTITION = Pattern.compile("^aws(?:-[a-z]+)*$");
  private static final String ROLE_PREFIX = "role/";

  private RoleRules() {}

  /** {@code arn:<partition>:iam::<account>:role/<path/><name>}, within IAM's and SageMaker's limits. */
  public static Optional<Violation> roleArn(String arn) {
    return problem(arn).map(problem -> Rule.ROLE_ARN.violation(Location.model(Attribute.ROLE), arn, problem));
  }

  private static Optional<String> problem(String text) {
    if (text.length() < Limits.MIN_ROLE_ARN_LENGTH || text.length() > Limits.MAX_ROLE_ARN_LENGTH) {
      return Optional.of("SageMaker takes " + Limits.MIN_ROLE_ARN_LENGTH + " to " + Limits.MAX_ROLE_ARN_LENGTH
          + " characters");
    }
    Optional<Arn> parsed = Arn.parse(text);
    if (parsed.isEmpty()) {
      return Optional.of("it is not an ARN");
    }
    Arn arn = parsed.get();
    if (!PARTITION.matcher(arn.partition()).matches()) {
      return Optional.of(Messages.quoted(arn.partition()) + " is not a partition (aws, aws-cn, aws-us-gov, ...)");
    }
    if (!arn.service().equals("iam") || !arn.region().isEmpty()) {
      return Optional.of("a role ARN names the service iam and no region (arn:<partition>:iam::...)");
    }
    if (!ACCOUNT.matcher(arn.account()).matches()) {
      return Optional.of("the account must be 12 digits");
    }
    if (!arn.resource().startsWith(ROLE_PREFIX)) {
      return Optional.of("the resource must be role/...");
    }
    String pathAndName = arn.resource().substring(ROLE_PREFIX.length() - 1);
    int lastSlash = pathAndName.lastIndexOf('/');
    String path = pathAndName.substring(0, lastSlash + 1);
    String name = pathAndName.substring(lastSlash + 1);
    if (!NAME.matcher(name).matches()) {
      return Optional.of("a role name is 1 to " + Limits.MAX_ROLE_NAME_LENGTH
          + " letters, digits and the characters + = , . @ _ -");
    }
    if (path.length() > Limits.MAX_ROLE_PATH_LENGTH || !PATH.matcher(path).matches()) {
      return Optional.of("a role path is / or /<text>/ of at most " + Limits.MAX_ROLE_PATH_LENGTH
          + " printable characters without spaces");
    }
    return Optional.empty();
  }
}
