package io.github.sagemakercdk.benchmarks.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
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
 * resources and grants (a role SageMaker assumes, hosting's logs and metrics, pull access per repository, read
 * access per archive, and the model created after the role's policy).
 */
final class HandWrittenModels implements SynthVariant.ModelBuilder {
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
  }
}
