package io.github.sagemakercdk.benchmarks.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sagemaker.CfnModel;
import software.constructs.Construct;
import software.constructs.IDependable;

/**
 * The floor: the same model written by hand with aws-cdk-lib alone, the shortest code that gives the same
 * template (a role SageMaker assumes, hosting's logs and metrics, pull access per repository, read access per
 * archive, the model created after the role's policy, and the same cdk-nag suppressions on that policy, for the
 * three wildcards AWS requires).
 */
final class HandWrittenModels implements SynthVariant.ModelBuilder {
  // The library's reasons, word for word: TemplateEquivalence compares the metadata too.
  private static final String LOG_GROUPS_REASON = "SageMaker names an endpoint's log group"
      + " /aws/sagemaker/Endpoints/<endpoint name> and its streams after the variant and instance, none known before"
      + " deployment: the wildcard covers only SageMaker's endpoint log groups in this account and region.";
  private static final String METRICS_REASON = "cloudwatch:PutMetricData is defined on no resource, so it only works"
      + " on Resource *; the cloudwatch:namespace condition keeps it to SageMaker's endpoint namespace"
      + " (/aws/sagemaker/Endpoints).";
  private static final String LOGIN_REASON = "ecr:GetAuthorizationToken gets the registry login SageMaker pulls"
      + " images with; AWS defines it on no resource, so it only works on Resource *. Pulling itself is granted on"
      + " each image's repository alone.";
  /** cdk-nag's finding for the log groups' ARN in an environment-agnostic stack. */
  private static final String LOG_GROUPS_FINDING =
      "Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:/aws/sagemaker/Endpoints/*";

  @Override
  public void build(Construct scope, ModelFixture fixture) {
    Role role = Role.Builder.create(scope, "Role").assumedBy(new ServicePrincipal("sagemaker.amazonaws.com")).build();
    // What SageMaker hosting needs ("CreateModel API: Execution Role Permissions"): the endpoint log groups, and
    // metrics in SageMaker's endpoint namespace.
    role.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .actions(List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"))
        .resources(List.of(Stack.of(scope).formatArn(ArnComponents.builder()
            .service("logs").resource("log-group").arnFormat(ArnFormat.COLON_RESOURCE_NAME)
            .resourceName("/aws/sagemaker/Endpoints/*").build())))
        .build());
    role.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .actions(List.of("cloudwatch:PutMetricData"))
        .resources(List.of("*"))
        .conditions(Map.of("StringEquals", Map.of("cloudwatch:namespace", "/aws/sagemaker/Endpoints")))
        .build());
    List<Object> containers = new ArrayList<>();
    IDependable policy = null;
    int number = 1;
    for (ModelFixture.ContainerFixture container : fixture.containers()) {
      IRepository repository =
          Repository.fromRepositoryName(scope, "Container" + number + "Repository", container.repositoryName());
      IBucket bucket = Bucket.fromBucketName(scope, "Container" + number + "ModelDataBucket", container.bucketName());
      repository.grantPull(role);
      policy = role.addToPrincipalPolicy(PolicyStatement.Builder.create()
          .actions(List.of("s3:GetObject"))
          .resources(List.of(bucket.arnForObjects(container.objectKey())))
          .build()).getPolicyDependable();
      containers.add(CfnModel.ContainerDefinitionProperty.builder()
          .image(repository.repositoryUriForTagOrDigest(container.tag()))
          .modelDataUrl(bucket.urlForObject(container.objectKey()))
          .environment(container.environment())
          .containerHostname(container.hostname())
          .build());
      number++;
    }
    CfnModel model = CfnModel.Builder.create(scope, "Model")
        .modelName(fixture.modelName())
        .executionRoleArn(role.getRoleArn())
        .containers(containers)
        .build();
    // SageMaker checks at CreateModel that the role can pull the images and read the archives. (Not on the
    // role itself: the model already references it, and cfn-lint warns about a redundant DependsOn.)
    model.getNode().addDependency(policy);
    // Why the three wildcards are there, for cdk-nag's AwsSolutions-IAM5, on the policy that holds them.
    CfnResource policyResource =
        (CfnResource) role.getNode().findChild("DefaultPolicy").getNode().getDefaultChild();
    policyResource.addMetadata("cdk_nag", Map.of("rules_to_suppress", List.of(
        suppression(LOG_GROUPS_FINDING, LOG_GROUPS_REASON),
        suppression("Resource::*", METRICS_REASON),
        suppression("Resource::*", LOGIN_REASON))));
  }

  private static Map<String, Object> suppression(String finding, String reason) {
    Map<String, Object> suppression = new LinkedHashMap<>(); // the library's key order
    suppression.put("id", "AwsSolutions-IAM5");
    suppression.put("reason", reason);
    suppression.put("applies_to", List.of(finding));
    return suppression;
  }
}
