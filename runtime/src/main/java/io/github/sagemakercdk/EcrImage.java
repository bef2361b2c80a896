package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.ModelGrants;
import io.github.sagemakercdk.internal.Tokens;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.EcrRules;
import software.amazon.awscdk.services.ecr.IRepository;
import software.constructs.Construct;

/** An image in an ECR repository, by tag or by digest. */
final class EcrImage extends ContainerImage {
  static final String DEFAULT_TAG = "latest";

  private final IRepository repository;
  private final String tagOrDigest;

  EcrImage(IRepository repository, String tagOrDigest) {
    if (repository == null) {
      throw new IllegalArgumentException("ContainerImage.fromEcrRepository: give the repository, for example"
          + " Repository.fromRepositoryName(this, \"Repository\", \"xgboost\")");
    }
    String name = repository.getRepositoryName();
    String subject = "ContainerImage.fromEcrRepository(" + (Tokens.isUnresolved(name) ? "<token>" : name) + ")";
    if (tagOrDigest == null) {
      throw new IllegalArgumentException(subject + ": give a tag or a sha256: digest, or leave it out for \""
          + DEFAULT_TAG + "\"");
    }
    if (!Tokens.isUnresolved(name)) {
      Violations.check(subject, EcrRules.repositoryName(name));
    }
    if (!Tokens.isUnresolved(tagOrDigest)) {
      Violations.check(subject, EcrRules.tagOrDigest(tagOrDigest));
    }
    this.repository = repository;
    this.tagOrDigest = tagOrDigest;
  }

  @Override
  public ContainerImageConfig bind(Construct scope, IModel model) {
    ModelGrants.pullImages(repository, model.getGrantPrincipal());
    return ContainerImageConfig.builder().imageName(repository.repositoryUriForTagOrDigest(tagOrDigest)).build();
  }
}
