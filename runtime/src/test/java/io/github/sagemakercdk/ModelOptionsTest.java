package io.github.sagemakercdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.iam.UnknownPrincipal;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.sagemaker.CfnModel;

/** Every option of Model and ModelProps, and the imports. */
class ModelOptionsTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(ModelOptionsTest.class);

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  private static ContainerDefinition container(Stack stack, String repository) {
    return container(stack, repository, null);
  }

  private static ContainerDefinition container(Stack stack, String repository, String hostname) {
    return ContainerDefinition.builder()
        .image(ContainerImage.fromEcrRepository(
            Repository.fromRepositoryName(stack, repository + "Repository" + (hostname == null ? "" : hostname), repository)))
        .containerHostname(hostname)
        .build();
  }

  @Test
  void aGivenRoleIsTheExecutionRoleAndNoRoleIsCreated() {
    Stack stack = new Stack(new App(), "GivenRole");
    Role role = Role.Builder.create(stack, "MyRole").assumedBy(new ServicePrincipal("sagemaker.amazonaws.com")).build();

    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(container(stack, "repo"))).role(role).build());

    Template template = templates.of(stack);
    assertSame(role, model.getRole());
    assertSame(role, model.getGrantPrincipal());
    assertNull(model.getNode().tryFindChild("Role"));
    template.resourceCountIs("AWS::IAM::Role", 1);
    assertEquals("<" + Cfn.logicalId(stack, "MyRole") + ".Arn>",
        Cfn.flat(Cfn.modelProperties(template, model).get("ExecutionRoleArn")));
  }

  @Test
  void modelNameAttributesAndBuilder() {
    Stack stack = new Stack(new App(), "Named");
    Model named = Model.Builder.create(stack, "Named")
        .containers(List.of(container(stack, "repo")))
        .modelName("churn-model")
        .build();
    Model unnamed = new Model(stack, "Unnamed", ModelProps.builder().containers(List.of(container(stack, "other"))).build());

    Template template = templates.of(stack);
    assertEquals("churn-model", Cfn.modelProperties(template, named).get("ModelName"));
    assertFalse(Cfn.modelProperties(template, unnamed).containsKey("ModelName"), "CloudFormation names it");
    assertEquals("<" + Cfn.logicalId(named) + ".ModelName>", Cfn.flat(stack.resolve(named.getModelName())));
    assertEquals("<" + Cfn.logicalId(named) + ">", Cfn.flat(stack.resolve(named.getModelArn())),
        "Ref of AWS::SageMaker::Model is its ARN");
  }

  @Test
  void networkIsolationIsRenderedOnlyWhenSet() {
    Stack stack = new Stack(new App(), "Isolation");
    Model isolated = new Model(stack, "Isolated", ModelProps.builder()
        .containers(List.of(container(stack, "repo"))).networkIsolation(true).build());
    Model open = new Model(stack, "Open", ModelProps.builder().containers(List.of(container(stack, "other"))).build());

    Template template = templates.of(stack);
    assertEquals(true, Cfn.modelProperties(template, isolated).get("EnableNetworkIsolation"));
    assertFalse(Cfn.modelProperties(template, open).containsKey("EnableNetworkIsolation"));
  }

  @Test
  void aVpcWithoutSecurityGroupsGetsANewOneInItsPrivateSubnets() {
    Stack stack = new Stack(new App(), "DefaultVpcPlacement");
    Vpc vpc = Vpc.Builder.create(stack, "Vpc").maxAzs(2).build();

    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(container(stack, "repo"))).vpc(vpc).build());

    Template template = templates.of(stack);
    String securityGroup = Cfn.logicalId(model, "SecurityGroup");
    Map<String, Object> group = Cfn.properties(template, securityGroup);
    assertEquals("DefaultVpcPlacement/Model/SecurityGroup", group.get("GroupDescription"));
    assertEquals(List.of(Map.of("CidrIp", "0.0.0.0/0", "Description", "Allow all outbound traffic by default",
        "IpProtocol", "-1")), group.get("SecurityGroupEgress"), "all outbound traffic is allowed by default");
    assertEquals(Map.of(
            "SecurityGroupIds", List.of(Map.of("Fn::GetAtt", List.of(securityGroup, "GroupId"))),
            "Subnets", List.of(ref(stack, vpc, "PrivateSubnet1"), ref(stack, vpc, "PrivateSubnet2"))),
        Cfn.modelProperties(template, model).get("VpcConfig"));
  }

  @Test
  void subnetsAndAllowAllOutboundAreHonoured() {
    Stack stack = new Stack(new App(), "ChosenSubnets");
    Vpc vpc = Vpc.Builder.create(stack, "Vpc").maxAzs(2).build();

    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(container(stack, "repo")))
        .vpc(vpc)
        .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build())
        .allowAllOutbound(false)
        .build());
    model.getConnections().allowToAnyIpv4(Port.tcp(443), "HTTPS out");

    Template template = templates.of(stack);
    @SuppressWarnings("unchecked")
    Map<String, Object> vpcConfig = (Map<String, Object>) Cfn.modelProperties(template, model).get("VpcConfig");
    assertEquals(List.of(ref(stack, vpc, "PublicSubnet1"), ref(stack, vpc, "PublicSubnet2")), vpcConfig.get("Subnets"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> egress = (List<Map<String, Object>>) Cfn.properties(template,
        Cfn.logicalId(model, "SecurityGroup")).get("SecurityGroupEgress");
    assertEquals(List.of(Map.of("CidrIp", "0.0.0.0/0", "Description", "HTTPS out", "FromPort", 443,
        "IpProtocol", "tcp", "ToPort", 443)), egress, "only the rule added through the connections");
  }

  @Test
  void givenSecurityGroupsAreUsedAndMoreCanBeAddedLater() {
    Stack stack = new Stack(new App(), "GivenGroups");
    Vpc vpc = Vpc.Builder.create(stack, "Vpc").maxAzs(1).build();
    SecurityGroup given = SecurityGroup.Builder.create(stack, "Given").vpc(vpc).build();

    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(container(stack, "repo"))).vpc(vpc).securityGroups(List.of(given)).build());
    SecurityGroup added = SecurityGroup.Builder.create(stack, "Added").vpc(vpc).build();
    model.getConnections().addSecurityGroup(added);

    Template template = templates.of(stack);
    assertNull(model.getNode().tryFindChild("SecurityGroup"), "no group is made when groups are given");
    template.resourceCountIs("AWS::EC2::SecurityGroup", 2);
    @SuppressWarnings("unchecked")
    Map<String, Object> vpcConfig = (Map<String, Object>) Cfn.modelProperties(template, model).get("VpcConfig");
    assertEquals(List.of(Map.of("Fn::GetAtt", List.of(Cfn.logicalId(stack, "Given"), "GroupId")),
            Map.of("Fn::GetAtt", List.of(Cfn.logicalId(stack, "Added"), "GroupId"))),
        vpcConfig.get("SecurityGroupIds"));
  }

  @Test
  void containersAddedLaterJoinThePipelineInOrder() {
    Stack stack = new Stack(new App(), "AddContainer");
    Model empty = new Model(stack, "Empty");
    empty.addContainer(container(stack, "first"));
    Model growing = new Model(stack, "Growing", ModelProps.builder()
        .containers(List.of(container(stack, "one", "one"))).build());
    growing.addContainer(container(stack, "two", "two"));
    growing.addContainer(container(stack, "three", "three"));

    Template template = templates.of(stack);
    assertEquals(ReadmeExamplesTest.ecrImage("first:latest"),
        Cfn.flat(((Map<?, ?>) Cfn.modelProperties(template, empty).get("PrimaryContainer")).get("Image")));
    Map<String, Object> pipeline = Cfn.modelProperties(template, growing);
    assertFalse(pipeline.containsKey("PrimaryContainer"), "a second container turns the model into a pipeline");
    assertEquals(List.of("one", "two", "three"),
        Cfn.containers(template, growing).stream().map(c -> c.get("ContainerHostname")).toList());
  }

  @Test
  void environmentKeepsTheGivenOrderOrIsSorted() {
    Stack stack = new Stack(new App(), "Environment");
    Map<String, String> declared = new java.util.LinkedHashMap<>();
    declared.put("SAGEMAKER_PROGRAM", "serve.py");
    declared.put("A_LAST_ONE", "x");
    Model model = new Model(stack, "Model", ModelProps.builder().containers(List.of(
        ContainerDefinition.builder().image(ContainerImage.fromEcrRepository(Repository.fromRepositoryName(stack, "R", "repo")))
            .environment(declared).containerHostname("declared").build(),
        ContainerDefinition.builder().image(ContainerImage.fromEcrRepository(Repository.fromRepositoryName(stack, "S", "repo")))
            .environment(Map.of("ZED", "1", "ALPHA", "2", "MIDDLE", "3")).containerHostname("unordered").build(),
        ContainerDefinition.builder().image(ContainerImage.fromEcrRepository(Repository.fromRepositoryName(stack, "T", "repo")))
            .environment(Map.of()).containerHostname("empty").build()))
        .build());

    List<Map<String, Object>> containers = Cfn.containers(templates.of(stack), model);
    assertEquals(List.of("SAGEMAKER_PROGRAM", "A_LAST_ONE"),
        List.copyOf(((Map<?, ?>) containers.get(0).get("Environment")).keySet()));
    assertEquals(List.of("ALPHA", "MIDDLE", "ZED"),
        List.copyOf(((Map<?, ?>) containers.get(1).get("Environment")).keySet()));
    assertFalse(containers.get(2).containsKey("Environment"), "an empty environment is left out");
  }

  @Test
  void importByArn() {
    Stack stack = new Stack(new App(), "ImportByArn");
    IModel model = Model.fromModelArn(stack, "Imported", "arn:aws:sagemaker:us-west-2:123456789012:model/MyModel");

    assertEquals("MyModel", model.getModelName());
    assertEquals("arn:aws:sagemaker:us-west-2:123456789012:model/MyModel", model.getModelArn());
    assertNull(model.getRole());
    assertTrue(model.getGrantPrincipal() instanceof UnknownPrincipal);
    IllegalStateException noRole = assertThrows(IllegalStateException.class, () -> model.addToRolePolicy(
        PolicyStatement.Builder.create().actions(List.of("s3:GetObject")).resources(List.of("*")).build()));
    assertMessage(noRole, "Model ImportByArn/Imported", "[SM-IMPORTED-MODEL-WITHOUT-ROLE]", "pass its role");
    IllegalStateException noVpc = assertThrows(IllegalStateException.class, model::getConnections);
    assertMessage(noVpc, "Model ImportByArn/Imported", "[SM-CONNECTIONS-WITHOUT-VPC]");
  }

  @Test
  void importByNameUsesTheStacksAccountAndRegion() {
    Stack stack = new Stack(new App(), "ImportByName", StackProps.builder()
        .env(Environment.builder().account("123456789012").region("us-west-2").build()).build());
    IModel model = Model.fromModelName(stack, "Imported", "my-name");

    assertEquals("arn:<AWS::Partition>:sagemaker:us-west-2:123456789012:model/my-name",
        Cfn.flat(stack.resolve(model.getModelArn())));
    assertEquals("my-name", model.getModelName());
  }

  @Test
  void importWithRoleAndSecurityGroups() {
    Stack stack = new Stack(new App(), "ImportWithAttributes");
    IRole role = Role.fromRoleArn(stack, "ImportedRole", "arn:aws:iam::123456789012:role/model-role");
    ISecurityGroup group = SecurityGroup.fromSecurityGroupId(stack, "Group", "sg-12345678",
        software.amazon.awscdk.services.ec2.SecurityGroupImportOptions.builder().allowAllOutbound(false).build());
    IModel model = Model.fromModelAttributes(stack, "Imported", ModelAttributes.builder()
        .modelArn("arn:aws:sagemaker:us-west-2:123456789012:model/MyModel")
        .role(role)
        .securityGroups(List.of(group))
        .build());

    model.addToRolePolicy(PolicyStatement.Builder.create()
        .actions(List.of("s3:GetObject")).resources(List.of("arn:aws:s3:::bucket/key")).build());
    model.getConnections().allowToAnyIpv4(Port.tcp(443), "HTTPS out");
    // A grant made by aws-cdk-lib calls back into the Java import for its principal.
    Bucket.fromBucketName(stack, "Bucket", "data-bucket").grantRead(model);

    Template template = templates.of(stack);
    assertSame(role, model.getGrantPrincipal());
    template.hasResourceProperties("AWS::EC2::SecurityGroupEgress", Map.of("GroupId", "sg-12345678", "FromPort", 443));
    template.hasResourceProperties("AWS::IAM::Policy", Map.of(
        "Roles", List.of("model-role"),
        "PolicyDocument", Map.of("Statement", software.amazon.awscdk.assertions.Match.arrayWith(List.of(
            Map.of("Action", "s3:GetObject", "Effect", "Allow", "Resource", "arn:aws:s3:::bucket/key"))))));
  }

  @Test
  void grantsMadeByAwsCdkLibReachTheModelsRole() {
    Stack stack = new Stack(new App(), "GrantToModel");
    Model model = new Model(stack, "Model", ModelProps.builder().containers(List.of(container(stack, "repo"))).build());
    Bucket.fromBucketName(stack, "Bucket", "data-bucket").grantRead(model);

    templates.of(stack).hasResourceProperties("AWS::IAM::Policy", Map.of(
        "Roles", List.of(Map.of("Ref", Cfn.logicalId(model, "Role"))),
        "PolicyDocument", Map.of("Statement", software.amazon.awscdk.assertions.Match.arrayWith(List.of(
            software.amazon.awscdk.assertions.Match.objectLike(Map.of("Action", List.of("s3:GetObject*", "s3:GetBucket*", "s3:List*"))))))));
  }

  @Test
  void securityGroupsWithoutVpcAreRejected() {
    Stack stack = new Stack(new App(), "NoVpc");
    Vpc elsewhere = Vpc.Builder.create(stack, "Vpc").maxAzs(1).build();
    ISecurityGroup group = SecurityGroup.Builder.create(stack, "Group").vpc(elsewhere).build();

    IllegalArgumentException groups = assertThrows(IllegalArgumentException.class, () -> new Model(stack, "Groups",
        ModelProps.builder().containers(List.of(container(stack, "aa"))).securityGroups(List.of(group)).build()));
    assertMessage(groups, "Model NoVpc/Groups", "[SM-VPC-OPTIONS-WITHOUT-VPC] securityGroups given without vpc");

    IllegalArgumentException outbound = assertThrows(IllegalArgumentException.class, () -> new Model(stack, "Outbound",
        ModelProps.builder().containers(List.of(container(stack, "bb"))).allowAllOutbound(false).build()));
    assertMessage(outbound, "Model NoVpc/Outbound", "[SM-VPC-OPTIONS-WITHOUT-VPC] allowAllOutbound given without vpc");

    IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> new Model(stack, "Both",
        ModelProps.builder().containers(List.of(container(stack, "cc")))
            .securityGroups(List.of(group)).allowAllOutbound(true).build()));
    assertMessage(both, "[SM-VPC-OPTIONS-WITHOUT-VPC] securityGroups and allowAllOutbound given without vpc",
        "set vpc, or remove securityGroups and allowAllOutbound");
  }

  @Test
  void allowAllOutboundWithSecurityGroupsIsRejected() {
    Stack stack = new Stack(new App(), "Conflict");
    Vpc vpc = Vpc.Builder.create(stack, "Vpc").maxAzs(1).build();
    ISecurityGroup group = SecurityGroup.Builder.create(stack, "Group").vpc(vpc).build();

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Model(stack, "Model",
        ModelProps.builder().containers(List.of(container(stack, "aa")))
            .vpc(vpc).securityGroups(List.of(group)).allowAllOutbound(false).build()));
    assertMessage(error, "Model Conflict/Model", "[SM-VPC-ALLOW-ALL-OUTBOUND-WITH-SECURITY-GROUPS]",
        "configure outbound traffic on the security groups you pass");
  }

  @Test
  void connectionsNeedAVpc() {
    Stack stack = new Stack(new App(), "NoConnections");
    Model model = new Model(stack, "Model", ModelProps.builder().containers(List.of(container(stack, "aa"))).build());

    IllegalStateException error = assertThrows(IllegalStateException.class, model::getConnections);
    assertMessage(error, "Model NoConnections/Model", "[SM-CONNECTIONS-WITHOUT-VPC]", "give the model a vpc");
  }

  @Test
  void theL1ResourceIsReachable() {
    Stack stack = new Stack(new App(), "EscapeHatch");
    Model model = new Model(stack, "Model", ModelProps.builder().containers(List.of(container(stack, "aa"))).build());
    assertTrue(model.getNode().findChild("Model") instanceof CfnModel);
  }

  @Test
  void missingArgumentsAreNamed() {
    Stack stack = new Stack(new App(), "Missing");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> new Model(stack, "Model", ModelProps.builder()
            .containers(java.util.Arrays.asList(container(stack, "aa"), null)).build())),
        "Model Missing/Model: containers[1] is null");
    Model model = new Model(stack, "Empty");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> model.addContainer(null)),
        "Model Missing/Empty: addContainer needs a ContainerDefinition");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ContainerDefinition.builder().build()),
        "ContainerDefinition: image is required");
    Map<String, String> nullValue = new java.util.HashMap<>();
    nullValue.put("KEY", null);
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ContainerDefinition.builder().environment(nullValue)),
        "ContainerDefinition: environment variable KEY has a null value");
  }

  static void assertMessage(Throwable error, String... parts) {
    for (String part : parts) {
      assertTrue(error.getMessage().contains(part), "expected \"" + part + "\" in: " + error.getMessage());
    }
  }

  private static Map<String, Object> ref(Stack stack, Vpc vpc, String subnet) {
    return Map.of("Ref", Cfn.logicalId(vpc.getNode().findChild(subnet), "Subnet"));
  }
}
