package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.ChildIds;
import io.github.sagemakercdk.internal.ModelGrants;
import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.EcrRules;
import io.github.sagemakercdk.rules.Location;
import io.github.sagemakercdk.rules.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.regioninfo.Fact;
import software.amazon.awscdk.regioninfo.FactName;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.RepositoryAttributes;
import software.constructs.Construct;

/**
 * An AWS Deep Learning Containers image. AWS publishes these in a registry account per region; unless an account
 * is given, it comes from aws-cdk-lib's region facts: a literal for a stack in a known region, and a
 * CloudFormation mapping over every region with a registry for a region-agnostic stack.
 */
final class DlcImage extends ContainerImage {
  private final String repositoryName;
  private final String tag;
  private final String accountId;
  /** One imported repository per scope, however often this image is bound there. */
  private final Map<String, IRepository> repositoriesByScope = new HashMap<>();

  DlcImage(String repositoryName, String tag, String accountId) {
    String subject = "ContainerImage.fromDlc(" + repositoryName + ", " + tag + ")";
    if (repositoryName == null || tag == null) {
      throw new IllegalArgumentException(subject + ": give the repository name and the tag, for example"
          + " fromDlc(\"pytorch-inference\", \"2.1.0-cpu-py310\")");
    }
    if (!Tokens.isUnresolved(repositoryName)) {
      Violations.check(subject, EcrRules.repositoryName(repositoryName));
    }
    if (!Tokens.isUnresolved(tag)) {
      Violations.check(subject, EcrRules.tagOrDigest(tag));
    }
    if (accountId != null && !Tokens.isUnresolved(accountId)) {
      Violations.check(subject, EcrRules.registryId(accountId));
    }
    this.repositoryName = repositoryName;
    this.tag = tag;
    this.accountId = accountId;
  }

  @Override
  public ContainerImageConfig bind(Construct scope, IModel model) {
    IRepository repository = repositoriesByScope.computeIfAbsent(scope.getNode().getAddr(), key -> {
      String account = accountId != null ? accountId : registryAccount(Stack.of(scope));
      return Repository.fromRepositoryAttributes(scope,
          ChildIds.unique(scope, "DlcRepository", repositoryName + "@" + (accountId == null ? "regional" : accountId)),
          RepositoryAttributes.builder()
              .repositoryName(repositoryName)
              .repositoryArn(Repository.arnForLocalRepository(repositoryName, scope, account))
              .build());
    });
    ModelGrants.pullImages(repository, model.getGrantPrincipal());
    return ContainerImageConfig.builder().imageName(repository.repositoryUriForTagOrDigest(tag)).build();
  }

  private String registryAccount(Stack stack) {
    String region = stack.getRegion();
    if (Tokens.isUnresolved(region)) {
      return stack.regionalFact(FactName.DLC_REPOSITORY_ACCOUNT);
    }
    String account = Fact.find(region, FactName.DLC_REPOSITORY_ACCOUNT);
    if (account == null) {
      throw Violations.invalid("ContainerImage.fromDlc(" + repositoryName + ", " + tag + ")",
          List.of(Rule.DLC_REGION.violation(Location.VALUE, region)));
    }
    return account;
  }
}
