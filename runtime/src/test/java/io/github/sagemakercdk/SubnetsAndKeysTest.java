package io.github.sagemakercdk;

import static io.github.sagemakercdk.LeastPrivilegeTest.withHosting;
import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.Subnet;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.iam.FromRoleArnOptions;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

/**
 * What production accounts set on a model: subnets and security groups given by ID (no {@code IVpc}), an existing
 * role that the stack must leave alone, SSE-KMS model data by key ARN or alias ARN, an endpoint storage key: the
 * exact IAM statements, and the rules at the call or at synth.
 */
class SubnetsAndKeysTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(SubnetsAndKeysTest.class);
  private static final String PULL = "Allow ecr:BatchCheckLayerAvailability,ecr:GetDownloadUrlForLayer,ecr:BatchGetImage"
      + " on arn:<AWS::Partition>:ecr:<AWS::Region>:<AWS::AccountId>:repository/xgboost";
  private static final String LOGIN = "Allow ecr:GetAuthorizationToken on *";
  private static final String EC2 = "arn:<AWS::Partition>:ec2:<AWS::Region>:<AWS::AccountId>:";
  private static final String KEY_ARN = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final String ALIAS_ARN = "arn:aws:kms:eu-west-1:123456789012:alias/models";

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  private static ContainerDefinition container(Construct scope, ModelData data) {
    return ContainerDefinition.builder()
        .image(ContainerImage.fromEcrRepository(Repository.fromRepositoryName(scope, "Repository", "xgboost"), "1.7-1"))
        .modelData(data)
        .build();
  }

  private static ModelData bucketData(Construct scope) {
    return ModelData.fromBucket(Bucket.fromBucketName(scope, "Models", "churn-models"), "xgb/model.tar.gz");
  }

  private static SubnetSelection subnets(Construct scope, String... ids) {
    return SubnetSelection.builder().subnets(java.util.stream.IntStream.range(0, ids.length)
        .mapToObj(i -> Subnet.fromSubnetId(scope, "Subnet" + (i + 1), ids[i])).toList()).build();
  }

  private static List<ISecurityGroup> securityGroups(Construct scope, String... ids) {
    return java.util.stream.IntStream.range(0, ids.length)
        .mapToObj(i -> (ISecurityGroup) SecurityGroup.fromSecurityGroupId(scope, "SecurityGroup" + (i + 1), ids[i]))
        .toList();
  }

  @Test
  void subnetsAndSecurityGroupsByIdGiveTheVpcConfigAndExactNetworkPermissions() {
    Stack stack = new Stack(new App(), "SubnetsById");
    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(container(stack, bucketData(stack))))
        .vpcSubnets(subnets(stack, "subnet-0123456789abcdef0", "subnet-89abcdef"))
        .securityGroups(securityGroups(stack, "sg-0123456789abcdef0"))
        .build());

    Template template = templates.of(stack);
    assertEquals(Map.of("SecurityGroupIds", List.of("sg-0123456789abcdef0"),
            "Subnets", List.of("subnet-0123456789abcdef0", "subnet-89abcdef")),
        Cfn.properties(template, Cfn.logicalId(model)).get("VpcConfig"));
    String policy = Cfn.logicalId(model.getRole(), "DefaultPolicy");
    String subnet1 = EC2 + "subnet/subnet-0123456789abcdef0";
    String subnet2 = EC2 + "subnet/subnet-89abcdef";
    assertEquals(withHosting(List.of(
            "Allow ec2:DescribeDhcpOptions,ec2:DescribeNetworkInterfaces,ec2:DescribeSecurityGroups,"
                + "ec2:DescribeSubnets,ec2:DescribeVpcs on *",
            "Allow ec2:CreateNetworkInterface on " + subnet1 + ", " + subnet2 + ", " + EC2
                + "security-group/sg-0123456789abcdef0",
            "Allow ec2:CreateNetworkInterface,ec2:CreateNetworkInterfacePermission,ec2:DeleteNetworkInterface,"
                + "ec2:DeleteNetworkInterfacePermission on " + EC2 + "network-interface/*"
                + " if ArnEquals ec2:Subnet=[" + subnet1 + ", " + subnet2 + "]",
            PULL, LOGIN, "Allow s3:GetObject on arn:<AWS::Partition>:s3:::churn-models/xgb/model.tar.gz")),
        Cfn.statements(template, policy));
    List<String> suppressions = Cfn.nagSuppressions(template, policy);
    assertTrue(suppressions.stream().anyMatch(s -> s.startsWith("AwsSolutions-IAM5 [Resource::" + EC2
        + "network-interface/*]: SageMaker creates the model's network interfaces in its subnets")),
        String.join("\n", suppressions));
    assertEquals(2, model.getConnections().getSecurityGroups().size() + 1);
  }

  /**
   * A security group added through the model's connections joins its VpcConfig at synth, so SageMaker creates the
   * network interfaces with it: the role may do so, as with the groups given in the props.
   */
  @Test
  void aSecurityGroupAddedThroughTheConnectionsMayBeUsedForTheNetworkInterfaces() {
    Stack stack = new Stack(new App(), "SubnetsByIdConnections");
    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(container(stack, bucketData(stack))))
        .vpcSubnets(subnets(stack, "subnet-0123456789abcdef0"))
        .securityGroups(securityGroups(stack, "sg-0123456789abcdef0"))
        .build());
    model.getConnections().addSecurityGroup(SecurityGroup.fromSecurityGroupId(stack, "Added", "sg-89abcdef"));

    Template template = templates.of(stack);
    assertEquals(Map.of("SecurityGroupIds", List.of("sg-0123456789abcdef0", "sg-89abcdef"),
            "Subnets", List.of("subnet-0123456789abcdef0")),
        Cfn.properties(template, Cfn.logicalId(model)).get("VpcConfig"));
    String subnet = EC2 + "subnet/subnet-0123456789abcdef0";
    List<String> statements = Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy"));
    assertEquals(List.of("Allow ec2:CreateNetworkInterface on " + subnet + ", " + EC2
            + "security-group/sg-0123456789abcdef0, " + EC2 + "security-group/sg-89abcdef"),
        statements.stream().filter(s -> s.startsWith("Allow ec2:CreateNetworkInterface on ")).toList());
  }

  @Test
  void subnetsByIdFollowTheVpcConfigRules() {
    Stack stack = new Stack(new App(), "SubnetRules");
    IllegalArgumentException noGroups = assertThrows(IllegalArgumentException.class, () -> new Model(stack, "NoGroups",
        ModelProps.builder().vpcSubnets(subnets(stack, "subnet-0123456789abcdef0")).build()));
    assertMessage(noGroups, "Model SubnetRules/NoGroups", "[SM-VPC-SUBNETS-AND-SECURITY-GROUPS]", "1 subnets and 0");
    Stack other = new Stack(new App(), "SubnetForms");
    IllegalArgumentException badIds = assertThrows(IllegalArgumentException.class, () -> new Model(other, "BadIds",
        ModelProps.builder().vpcSubnets(subnets(other, "subnet-01234567", "subnet-01234567"))
            .securityGroups(securityGroups(other, "sg-XYZ")).build()));
    assertMessage(badIds, "Model SubnetForms/BadIds breaks 2 rules", "[SM-VPC-DUPLICATE-SUBNET]",
        "[SM-SECURITY-GROUP-ID] security group \"sg-XYZ\"");
    Stack third = new Stack(new App(), "SubnetOutbound");
    IllegalArgumentException outbound = assertThrows(IllegalArgumentException.class, () -> new Model(third, "Outbound",
        ModelProps.builder().vpcSubnets(subnets(third, "subnet-01234567"))
            .securityGroups(securityGroups(third, "sg-01234567")).allowAllOutbound(true).build()));
    assertMessage(outbound, "[SM-VPC-ALLOW-ALL-OUTBOUND-WITH-SECURITY-GROUPS]");
  }

  @Test
  void anExistingImmutableRoleIsUsedAsItIsAndGetsNoPolicy() {
    Stack stack = new Stack(new App(), "ExistingRole");
    IRole role = Role.fromRoleArn(stack, "Role", "arn:aws:iam::123456789012:role/service/sagemaker-churn",
        FromRoleArnOptions.builder().mutable(false).build());
    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(container(stack, ModelData.fromBucket(Bucket.fromBucketName(stack, "Models", "churn-models"),
            "xgb/model.tar.gz", Key.fromKeyArn(stack, "ModelKey", ALIAS_ARN)))))
        .role(role)
        .vpcSubnets(subnets(stack, "subnet-0123456789abcdef0"))
        .securityGroups(securityGroups(stack, "sg-0123456789abcdef0"))
        .build());

    Template template = templates.of(stack);
    template.resourceCountIs("AWS::IAM::Role", 0);
    template.resourceCountIs("AWS::IAM::Policy", 0);
    assertEquals("arn:aws:iam::123456789012:role/service/sagemaker-churn",
        Cfn.properties(template, Cfn.logicalId(model)).get("ExecutionRoleArn"));
    assertEquals(null, Cfn.resource(template, Cfn.logicalId(model)).get("DependsOn"), "no policy to wait for");
  }

  @Test
  void modelDataEncryptedWithAKeyByArnMayBeDecryptedWithThatKeyOnly() {
    Stack stack = new Stack(new App(), "ModelDataKey");
    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(container(stack, ModelData.fromBucket(Bucket.fromBucketName(stack, "Models", "churn-models"),
            "xgb/model.tar.gz", Key.fromKeyArn(stack, "ModelKey", KEY_ARN)))))
        .build());

    Template template = templates.of(stack);
    assertEquals(withHosting(List.of(PULL, LOGIN,
            "Allow s3:GetObject on arn:<AWS::Partition>:s3:::churn-models/xgb/model.tar.gz",
            "Allow kms:Decrypt on " + KEY_ARN)),
        Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy")));
  }

  @Test
  void modelDataEncryptedWithAKeyByAliasIsHeldToTheKeyBehindTheAlias() {
    Stack stack = new Stack(new App(), "ModelDataAlias");
    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(container(stack, ModelData.fromBucket(Bucket.fromBucketName(stack, "Models", "churn-models"),
            "xgb/model.tar.gz", Key.fromKeyArn(stack, "ModelKey", ALIAS_ARN)))))
        .build());

    Template template = templates.of(stack);
    String policy = Cfn.logicalId(model.getRole(), "DefaultPolicy");
    assertEquals(withHosting(List.of(PULL, LOGIN,
            "Allow s3:GetObject on arn:<AWS::Partition>:s3:::churn-models/xgb/model.tar.gz",
            "Allow kms:Decrypt on arn:aws:kms:eu-west-1:123456789012:key/*"
                + " if ForAnyValue:StringEquals kms:ResourceAliases=alias/models")),
        Cfn.statements(template, policy));
    assertTrue(Cfn.nagSuppressions(template, policy).stream().anyMatch(s -> s.startsWith(
            "AwsSolutions-IAM5 [Resource::arn:aws:kms:eu-west-1:123456789012:key/*]: The model data key is known by"
                + " its alias")),
        String.join("\n", Cfn.nagSuppressions(template, policy)));
  }

  @Test
  void aModelDataKeyMustBeAKeyOrAliasArn() {
    Stack stack = new Stack(new App(), "BadKey");
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ModelData.fromBucket(
        Bucket.fromBucketName(stack, "Models", "churn-models"), "xgb/model.tar.gz",
        Key.fromKeyArn(stack, "ModelKey", "arn:aws:kms:eu-west-1:123456789012:key/short")));
    assertMessage(error, "ModelData.fromBucket(churn-models, xgb/model.tar.gz)", "[SM-KMS-KEY-ARN]");
  }

  @Test
  void aRoleOfAnotherAccountOrPartitionIsRejected() {
    Stack stack = new Stack(new App(), "OtherAccount", StackProps.builder()
        .env(Environment.builder().account("123456789012").region("cn-north-1").build()).build());
    IRole role = Role.fromRoleArn(stack, "Role", "arn:aws:iam::210987654321:role/churn",
        FromRoleArnOptions.builder().mutable(false).build());
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Model(stack, "Model",
        ModelProps.builder().containers(List.of(container(stack, bucketData(stack)))).role(role).build()));
    assertMessage(error, "Model OtherAccount/Model breaks 2 rules", "[SM-ROLE-ACCOUNT] role"
        + " arn:aws:iam::210987654321:role/churn belongs to account 210987654321, but the stack is in account"
        + " 123456789012", "[SM-ARN-PARTITION] role arn:aws:iam::210987654321:role/churn is in partition aws, but"
        + " region cn-north-1 is in partition aws-cn");
  }

  @Test
  void anEndpointStorageKeyIsTheConfigsKmsKeyIdButNotOnInstancesWithLocalStorage() {
    App app = new App();
    Stack stack = new Stack(app, "EndpointKey");
    Model model = HostingFixtures.model(stack, "Model");
    EndpointConfig config = new EndpointConfig(stack, "EndpointConfig", EndpointConfigProps.builder()
        .encryptionKey(Key.fromKeyArn(stack, "Key", ALIAS_ARN))
        .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", model)
            .instanceType(InstanceType.C5_XLARGE).build()))
        .build());
    Template template = templates.of(stack);
    assertEquals(ALIAS_ARN, Cfn.properties(template, Cfn.logicalId(config, "EndpointConfig")).get("KmsKeyId"));

    App other = new App();
    Stack local = new Stack(other, "LocalStorageKey");
    Model localModel = HostingFixtures.model(local, "Model");
    EndpointConfig localConfig = new EndpointConfig(local, "EndpointConfig", EndpointConfigProps.builder()
        .encryptionKey(Key.fromKeyArn(local, "Key", KEY_ARN))
        .build());
    localConfig.addInstanceProductionVariant(HostingFixtures.instanceVariant("AllTraffic", localModel)
        .instanceType(InstanceType.of("ml.g5.xlarge")).build());
    RuntimeException error = assertThrows(RuntimeException.class, other::synth);
    assertMessage(error, "[SM-KMS-KEY-LOCAL-STORAGE] instance type \"ml.g5.xlarge\" has local NVMe instance storage");

    IllegalArgumentException badKey = assertThrows(IllegalArgumentException.class, () -> new EndpointConfig(local,
        "BadKey", EndpointConfigProps.builder().encryptionKey(Key.fromKeyArn(local, "BadKeyArn",
            "arn:aws:kms:eu-west-1:123456789012:key/short")).build()));
    assertMessage(badKey, "EndpointConfig LocalStorageKey/BadKey", "[SM-KMS-KEY-ARN]");
  }

  @Test
  void aServerlessVariantCannotServeAModelInSubnets() {
    Stack stack = new Stack(new App(), "ServerlessInSubnets");
    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(container(stack, bucketData(stack))))
        .vpcSubnets(subnets(stack, "subnet-0123456789abcdef0"))
        .securityGroups(securityGroups(stack, "sg-0123456789abcdef0"))
        .build());
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new EndpointConfig(stack,
        "EndpointConfig", EndpointConfigProps.builder()
            .serverlessProductionVariant(HostingFixtures.serverlessVariant("AllTraffic", model).build()).build()));
    assertMessage(error, "[SM-SERVERLESS-VPC] a serverless endpoint cannot serve a model placed in subnets");
  }

  @Test
  void keysOfAnotherRegionOrPartitionThanThePinnedStackAreRejected() {
    Stack stack = new Stack(new App(), "KeyRegion", StackProps.builder()
        .env(Environment.builder().account("123456789012").region("eu-central-1").build()).build());
    IllegalArgumentException endpointKey = assertThrows(IllegalArgumentException.class, () -> new EndpointConfig(
        stack, "EndpointConfig", EndpointConfigProps.builder()
            .encryptionKey(Key.fromKeyArn(stack, "EndpointKey", KEY_ARN)).build()));
    assertMessage(endpointKey, "EndpointConfig KeyRegion/EndpointConfig", "[SM-KMS-KEY-REGION] KMS key " + KEY_ARN
        + " is in region eu-west-1, but the stack is in region eu-central-1");
    IllegalArgumentException modelKey = assertThrows(IllegalArgumentException.class, () -> new Model(stack, "Model",
        ModelProps.builder().containers(List.of(container(stack, ModelData.fromBucket(
            Bucket.fromBucketName(stack, "Models", "churn-models"), "xgb/model.tar.gz",
            Key.fromKeyArn(stack, "ModelKey", "arn:aws-cn:kms:eu-central-1:123456789012:alias/models"))))).build()));
    assertMessage(modelKey, "[SM-ARN-PARTITION] KMS key arn:aws-cn:kms:eu-central-1:123456789012:alias/models is in"
        + " partition aws-cn, but region eu-central-1 is in partition aws");
  }

  @Test
  void cdkNagFindsNothingOnAModelInSubnetsByIdWithAnAliasKey() {
    Stack stack = new Stack(new App(), "NagSubnetsById", StackProps.builder()
        .env(Environment.builder().account("123456789012").region("eu-west-1").build()).build());
    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(container(stack, ModelData.fromBucket(Bucket.fromBucketName(stack, "Models", "churn-models"),
            "xgb/model.tar.gz", Key.fromKeyArn(stack, "ModelKey", ALIAS_ARN)))))
        .vpcSubnets(subnets(stack, "subnet-0123456789abcdef0", "subnet-89abcdef"))
        .securityGroups(securityGroups(stack, "sg-0123456789abcdef0"))
        .build());
    new EndpointConfig(stack, "EndpointConfig", EndpointConfigProps.builder()
        .encryptionKey(Key.fromKeyArn(stack, "EndpointKey", KEY_ARN))
        .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", model).build()))
        .build());
    Aspects.of(stack).add(new AwsSolutionsChecks());

    Annotations annotations = Annotations.fromStack(stack);
    templates.keep(stack);
    List<SynthesisMessage> errors = annotations.findError("*", Match.anyValue());
    List<SynthesisMessage> warnings = annotations.findWarning("*", Match.anyValue());
    assertEquals(List.of(), errors.stream().map(m -> m.getId() + ": " + m.getEntry().getData()).toList());
    assertEquals(List.of(), warnings.stream().map(m -> m.getId() + ": " + m.getEntry().getData()).toList());
  }
}
