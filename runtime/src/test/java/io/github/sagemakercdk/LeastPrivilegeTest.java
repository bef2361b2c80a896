package io.github.sagemakercdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.constructs.Construct;

/** The execution role's permissions, statement by statement: each grant on exactly what it is for. */
class LeastPrivilegeTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(LeastPrivilegeTest.class);
  private static final String PULL = "Allow ecr:BatchCheckLayerAvailability,ecr:GetDownloadUrlForLayer,ecr:BatchGetImage on ";
  private static final String LOGIN = "Allow ecr:GetAuthorizationToken on *";
  private static final String ECR_ARN = "arn:<AWS::Partition>:ecr:<AWS::Region>:<AWS::AccountId>:repository/";
  private static final String ASSET_REPOSITORY = ECR_ARN + "cdk-hnb659fds-container-assets-<AWS::AccountId>-<AWS::Region>";
  private static final Pattern ASSET_OBJECT = Pattern.compile(Pattern.quote(
      "Allow s3:GetObject on arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/")
      + "[0-9a-f]{64}\\.gz");
  private static final String LOGIN_SUPPRESSION = "AwsSolutions-IAM5 [Resource::*]: ecr:GetAuthorizationToken gets"
      + " the registry login";
  private static final String LOGS_SUPPRESSION = "AwsSolutions-IAM5 [Resource::arn:<AWS::Partition>:logs:<AWS::Region>:"
      + "<AWS::AccountId>:log-group:/aws/sagemaker/Endpoints/*]: SageMaker names an endpoint's log group";
  private static final String METRICS_SUPPRESSION = "AwsSolutions-IAM5 [Resource::*]: cloudwatch:PutMetricData is"
      + " defined on no resource";
  /** The statements every execution role starts with, in a region-agnostic stack. */
  static final List<String> HOSTING = hosting("<AWS::Region>:<AWS::AccountId>");

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  /**
   * What SageMaker hosting needs to write the containers' logs and the instances' metrics: logs in the endpoint
   * log groups of the stack's {@code regionAndAccount} ("region:account"), metrics in SageMaker's namespace only.
   */
  static List<String> hosting(String regionAndAccount) {
    return List.of(
        "Allow logs:CreateLogGroup,logs:CreateLogStream,logs:DescribeLogStreams,logs:PutLogEvents on"
            + " arn:<AWS::Partition>:logs:" + regionAndAccount + ":log-group:/aws/sagemaker/Endpoints/*",
        "Allow cloudwatch:PutMetricData on * if StringEquals cloudwatch:namespace=/aws/sagemaker/Endpoints");
  }

  /** {@link #HOSTING}, then {@code statements}. */
  static List<String> withHosting(List<String> statements) {
    return withHosting(HOSTING, statements);
  }

  static List<String> withHosting(List<String> hosting, List<String> statements) {
    List<String> all = new ArrayList<>(hosting);
    all.addAll(statements);
    return all;
  }

  /** The two-container pipeline: an ECR image with S3 model data, and an asset image with asset model data. */
  static List<ContainerDefinition> pipeline(Construct scope) {
    return List.of(
        ContainerDefinition.builder()
            .image(ContainerImage.fromEcrRepository(Repository.fromRepositoryName(scope, "XgboostRepository", "xgboost"), "1.7-1"))
            .modelData(ModelData.fromBucket(Bucket.fromBucketName(scope, "ModelBucket", "churn-models"), "xgb/model.tar.gz"))
            .containerHostname("model")
            .build(),
        ContainerDefinition.builder()
            .image(ContainerImage.fromAsset(Fixtures.dockerDirectory()))
            .modelData(ModelData.fromAsset(Fixtures.modelArchive()))
            .containerHostname("post")
            .build());
  }

  @Test
  void theDefaultRoleGetsPullOnEachRepositoryAndReadOnEachObjectOnly() {
    Stack stack = new Stack(new App(), "DefaultRole");
    Model model = new Model(stack, "Model", ModelProps.builder().containers(pipeline(stack)).build());

    Template template = templates.of(stack);
    String role = Cfn.logicalId(model, "Role");
    assertEquals(Map.of(
            "AssumeRolePolicyDocument", Map.of("Version", "2012-10-17", "Statement", List.of(Map.of(
                "Action", "sts:AssumeRole", "Effect", "Allow", "Principal", Map.of("Service", "sagemaker.amazonaws.com"))))),
        Cfn.properties(template, role), "no managed policy, no inline policy on the role itself");
    template.resourceCountIs("AWS::IAM::Role", 1);
    template.resourceCountIs("AWS::IAM::Policy", 1);
    template.resourceCountIs("AWS::IAM::ManagedPolicy", 0);

    String policy = Cfn.logicalId(model.getRole(), "DefaultPolicy");
    List<String> statements = Cfn.statements(template, policy);
    assertEquals(7, statements.size(), String.join("\n", statements));
    assertEquals(HOSTING, statements.subList(0, 2));
    assertEquals(PULL + ECR_ARN + "xgboost", statements.get(2));
    assertEquals(LOGIN, statements.get(3), "the one login statement, shared by both images");
    assertEquals("Allow s3:GetObject on arn:<AWS::Partition>:s3:::churn-models/xgb/model.tar.gz", statements.get(4));
    assertEquals(PULL + ASSET_REPOSITORY, statements.get(5));
    assertTrue(ASSET_OBJECT.matcher(statements.get(6)).matches(), statements.get(6));

    List<String> suppressions = Cfn.nagSuppressions(template, policy);
    assertEquals(3, suppressions.size(), String.join("\n", suppressions));
    assertTrue(suppressions.get(0).startsWith(LOGS_SUPPRESSION), suppressions.get(0));
    assertTrue(suppressions.get(1).startsWith(METRICS_SUPPRESSION), suppressions.get(1));
    assertTrue(suppressions.get(2).startsWith(LOGIN_SUPPRESSION), suppressions.get(2));

    assertEquals(List.of(policy), Cfn.resource(template, Cfn.logicalId(model)).get("DependsOn"),
        "the model is created after its role's policy (the role itself by the ARN reference)");
  }

  @Test
  void aGivenRoleGetsTheSameGrants() {
    Stack stack = new Stack(new App(), "GivenRole");
    Role role = Role.Builder.create(stack, "ExecutionRole").assumedBy(new ServicePrincipal("sagemaker.amazonaws.com")).build();
    Model model = new Model(stack, "Model", ModelProps.builder().containers(pipeline(stack)).role(role).build());

    Template template = templates.of(stack);
    String policy = Cfn.logicalId(role, "DefaultPolicy");
    List<String> statements = Cfn.statements(template, policy);
    assertEquals(withHosting(List.of(PULL + ECR_ARN + "xgboost", LOGIN,
        "Allow s3:GetObject on arn:<AWS::Partition>:s3:::churn-models/xgb/model.tar.gz", PULL + ASSET_REPOSITORY)),
        statements.subList(0, 6));
    assertTrue(ASSET_OBJECT.matcher(statements.get(6)).matches(), statements.get(6));
    assertEquals(7, statements.size());
    assertTrue(Cfn.nagSuppressions(template, policy).get(2).startsWith(LOGIN_SUPPRESSION));
    assertEquals(List.of(policy), Cfn.resource(template, Cfn.logicalId(model)).get("DependsOn"));
  }

  @Test
  void anImportedRoleGetsTheGrantsInItsOwnPolicy() {
    Stack stack = new Stack(new App(), "ImportedRole");
    IRole role = Role.fromRoleArn(stack, "ExecutionRole", "arn:aws:iam::123456789012:role/sagemaker-execution");
    Model model = new Model(stack, "Model", ModelProps.builder().containers(pipeline(stack).subList(0, 1)).role(role).build());

    Template template = templates.of(stack);
    String policy = Cfn.logicalId(role, "Policy");
    assertEquals(withHosting(List.of(PULL + ECR_ARN + "xgboost", LOGIN,
            "Allow s3:GetObject on arn:<AWS::Partition>:s3:::churn-models/xgb/model.tar.gz")),
        Cfn.statements(template, policy));
    assertEquals(List.of("sagemaker-execution"), Cfn.properties(template, policy).get("Roles"));
    assertTrue(Cfn.nagSuppressions(template, policy).get(2).startsWith(LOGIN_SUPPRESSION));
    assertEquals(List.of(policy), Cfn.resource(template, Cfn.logicalId(model)).get("DependsOn"));
  }

  @Test
  void anEncryptedBucketAddsDecryptWithItsKeyOnly() {
    Stack stack = new Stack(new App(), "EncryptedBucket");
    Bucket bucket = Bucket.Builder.create(stack, "Models").encryption(BucketEncryption.KMS).build();
    Model model = new Model(stack, "Model", ModelProps.builder().containers(List.of(ContainerDefinition.builder()
        .image(ContainerImage.fromEcrRepository(Repository.fromRepositoryName(stack, "Repository", "xgboost"), "1.7-1"))
        .modelData(ModelData.fromBucket(bucket, "xgb/model.tar.gz"))
        .build())).build());

    Template template = templates.of(stack);
    String key = Cfn.logicalId(bucket, "Key");
    assertEquals(withHosting(List.of(PULL + ECR_ARN + "xgboost", LOGIN,
            "Allow s3:GetObject on <" + Cfn.logicalId(bucket, "Resource") + ".Arn>/xgb/model.tar.gz",
            "Allow kms:Decrypt on <" + key + ".Arn>")),
        Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy")));
  }

  @Test
  void aModelInAVpcMayManageNetworkInterfacesInThatVpcOnly() {
    Stack stack = new Stack(new App(), "VpcPermissions");
    Vpc vpc = Vpc.Builder.create(stack, "Vpc").maxAzs(2).build();
    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(pipeline(stack).subList(0, 1)).vpc(vpc).build());

    Template template = templates.of(stack);
    String policy = Cfn.logicalId(model.getRole(), "DefaultPolicy");
    String ec2 = "arn:<AWS::Partition>:ec2:<AWS::Region>:<AWS::AccountId>:";
    String subnet1 = Cfn.logicalId(vpc.getNode().findChild("PrivateSubnet1"), "Subnet");
    String subnet2 = Cfn.logicalId(vpc.getNode().findChild("PrivateSubnet2"), "Subnet");
    assertEquals(withHosting(List.of(
            "Allow ec2:DescribeDhcpOptions,ec2:DescribeNetworkInterfaces,ec2:DescribeSecurityGroups,"
                + "ec2:DescribeSubnets,ec2:DescribeVpcs on *",
            "Allow ec2:CreateNetworkInterface,ec2:CreateNetworkInterfacePermission,ec2:DeleteNetworkInterface,"
                + "ec2:DeleteNetworkInterfacePermission on " + ec2 + "network-interface/*, " + ec2 + "subnet/<"
                + subnet1 + ">, " + ec2 + "subnet/<" + subnet2 + ">, " + ec2 + "security-group/*"
                + " if ArnEquals ec2:Vpc=" + ec2 + "vpc/<" + Cfn.logicalId(vpc, "Resource") + ">",
            PULL + ECR_ARN + "xgboost", LOGIN,
            "Allow s3:GetObject on arn:<AWS::Partition>:s3:::churn-models/xgb/model.tar.gz")),
        Cfn.statements(template, policy));

    List<String> suppressions = Cfn.nagSuppressions(template, policy);
    assertEquals(6, suppressions.size(), String.join("\n", suppressions));
    assertTrue(suppressions.get(0).startsWith(LOGS_SUPPRESSION));
    assertTrue(suppressions.get(1).startsWith(METRICS_SUPPRESSION));
    assertTrue(suppressions.get(2).startsWith("AwsSolutions-IAM5 [Resource::*]: SageMaker describes the VPC"));
    assertTrue(suppressions.get(3).startsWith("AwsSolutions-IAM5 [Resource::" + ec2 + "network-interface/*]: "));
    assertTrue(suppressions.get(4).startsWith("AwsSolutions-IAM5 [Resource::" + ec2 + "security-group/*]: "));
    assertTrue(suppressions.get(5).startsWith(LOGIN_SUPPRESSION));
  }

  @Test
  void subnetsKnownOnlyAtDeployTimeAreCoveredByTheVpcCondition() {
    Stack stack = new Stack(new App(), "SubnetListToken");
    IVpc vpc = Vpc.fromVpcAttributes(stack, "Vpc", VpcAttributes.builder()
        .vpcId("vpc-12345678")
        .availabilityZones(List.of("us-east-1a"))
        .privateSubnetIds(Fn.split(",", Fn.importValue("ModelSubnetIds")))
        .privateSubnetRouteTableIds(List.of("rtb-11111111"))
        .build());
    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(pipeline(stack).subList(0, 1)).vpc(vpc).build());

    Template template = templates.of(stack);
    String policy = Cfn.logicalId(model.getRole(), "DefaultPolicy");
    String ec2 = "arn:<AWS::Partition>:ec2:<AWS::Region>:<AWS::AccountId>:";
    assertEquals("Allow ec2:CreateNetworkInterface,ec2:CreateNetworkInterfacePermission,ec2:DeleteNetworkInterface,"
            + "ec2:DeleteNetworkInterfacePermission on " + ec2 + "network-interface/*, " + ec2 + "subnet/*, " + ec2
            + "security-group/* if ArnEquals ec2:Vpc=" + ec2 + "vpc/vpc-12345678",
        Cfn.statements(template, policy).get(3));
    assertTrue(Cfn.nagSuppressions(template, policy).get(5)
        .startsWith("AwsSolutions-IAM5 [Resource::" + ec2 + "subnet/*]: The model's subnets are a list known only"));
    @SuppressWarnings("unchecked")
    Map<String, Object> vpcConfig = (Map<String, Object>) Cfn.modelProperties(template, model).get("VpcConfig");
    assertEquals(Map.of("Fn::Split", List.of(",", Map.of("Fn::ImportValue", "ModelSubnetIds"))), vpcConfig.get("Subnets"));
  }

  @Test
  void statementsAddedLaterAreAlsoInPlaceBeforeTheModel() {
    Stack stack = new Stack(new App(), "AddedLater");
    // An image that grants nothing: the role's policy holds only what hosting needs until addToRolePolicy.
    ContainerImage publicImage = new ContainerImage() {
      @Override
      public ContainerImageConfig bind(Construct scope, IModel model) {
        return ContainerImageConfig.builder().imageName("public.ecr.aws/docker/library/busybox:stable").build();
      }
    };
    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(ContainerDefinition.builder().image(publicImage).build())).build());

    model.addToRolePolicy(PolicyStatement.Builder.create()
        .actions(List.of("sqs:SendMessage")).resources(List.of("arn:aws:sqs:us-east-1:123456789012:results")).build());

    Template template = templates.of(stack);
    String policy = Cfn.logicalId(model.getRole(), "DefaultPolicy");
    assertEquals(withHosting(List.of("Allow sqs:SendMessage on arn:aws:sqs:us-east-1:123456789012:results")),
        Cfn.statements(template, policy));
    assertEquals(List.of(policy), Cfn.resource(template, Cfn.logicalId(model)).get("DependsOn"));
    List<String> suppressions = Cfn.nagSuppressions(template, policy);
    assertEquals(2, suppressions.size(), "only hosting's wildcards are suppressed: " + suppressions);
    assertTrue(suppressions.get(0).startsWith(LOGS_SUPPRESSION));
    assertTrue(suppressions.get(1).startsWith(METRICS_SUPPRESSION));
  }
}
