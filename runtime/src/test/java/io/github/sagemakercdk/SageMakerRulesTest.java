package io.github.sagemakercdk;

import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecr.Repository;

/**
 * Every rule SageMaker enforces on CreateModel, checked by the runtime as soon as its input is known, with the
 * construct path and the rule id in the message; and again at synth for what can change after construction.
 */
class SageMakerRulesTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(SageMakerRulesTest.class);

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  private static ContainerDefinition container(IRepository repository, String hostname, Map<String, String> environment) {
    return ContainerDefinition.builder()
        .image(ContainerImage.fromEcrRepository(repository))
        .containerHostname(hostname)
        .environment(environment)
        .build();
  }

  private static IRepository repository(Stack stack) {
    return Repository.fromRepositoryName(stack, "Repository", "xgboost");
  }

  private static IllegalArgumentException rejected(Stack stack, List<ContainerDefinition> containers) {
    return assertThrows(IllegalArgumentException.class,
        () -> new Model(stack, "Model", ModelProps.builder().containers(containers).build()));
  }

  private static Map<String, String> environment(int entries, int valueBytes) {
    Map<String, String> environment = new LinkedHashMap<>();
    for (int i = 0; i < entries; i++) {
      environment.put("VARIABLE_" + i, "v".repeat(valueBytes));
    }
    return environment;
  }

  @Test
  void modelName() {
    Stack stack = new Stack(new App(), "Names");
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Model(stack, "Model",
        ModelProps.builder().modelName("churn_model").containers(List.of(container(repository(stack), null, null))).build()));
    assertMessage(error, "Model Names/Model: [SM-MODEL-NAME] model name \"churn_model\" is not valid");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> new Model(stack, "Long",
            ModelProps.builder().modelName("m".repeat(64)).build())),
        "Model Names/Long: [SM-MODEL-NAME]");
  }

  @Test
  void atLeastOneContainerBySynthTime() {
    App app = new App();
    Stack stack = new Stack(app, "NoContainers");
    new Model(stack, "Model");

    RuntimeException error = assertThrows(RuntimeException.class, () -> Template.fromStack(stack));
    assertMessage(error, "[NoContainers/Model] [SM-CONTAINER-COUNT] a model has 0 containers: SageMaker takes 1 to 15");
  }

  @Test
  void atMostFifteenContainers() {
    Stack stack = new Stack(new App(), "TooMany");
    List<ContainerDefinition> sixteen = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      sixteen.add(container(repository(stack, i), null, null));
    }
    assertMessage(rejected(stack, sixteen), "Model TooMany/Model: [SM-CONTAINER-COUNT] a model has 16 containers");

    Model fifteen = new Model(stack, "Fifteen", ModelProps.builder().containers(sixteen.subList(0, 15)).build());
    assertMessage(assertThrows(IllegalArgumentException.class, () -> fifteen.addContainer(sixteen.get(15))),
        "Model TooMany/Fifteen: [SM-CONTAINER-COUNT] a model has 16 containers");
  }

  private static IRepository repository(Stack stack, int n) {
    return Repository.fromRepositoryName(stack, "Repository" + n, "repo-" + n);
  }

  @Test
  void hostnamePattern() {
    Stack stack = new Stack(new App(), "Hostnames");
    assertMessage(rejected(stack, List.of(container(repository(stack), "bad_host", null))),
        "Model Hostnames/Model: container 1: [SM-HOSTNAME-PATTERN] container hostname \"bad_host\" is not valid");
  }

  @Test
  void hostnamesAllOrNone() {
    Stack stack = new Stack(new App(), "AllOrNone");
    assertMessage(rejected(stack, List.of(container(repository(stack, 1), "pre", null), container(repository(stack, 2), null, null))),
        "Model AllOrNone/Model: container 2: [SM-HOSTNAME-ALL-OR-NONE] container 2 has no hostname while container 1 has one");

    Model named = new Model(stack, "Named", ModelProps.builder()
        .containers(List.of(container(repository(stack, 3), "pre", null))).build());
    assertMessage(assertThrows(IllegalArgumentException.class, () -> named.addContainer(container(repository(stack, 4), null, null))),
        "Model AllOrNone/Named: container 2: [SM-HOSTNAME-ALL-OR-NONE]");
  }

  @Test
  void hostnamesUnique() {
    Stack stack = new Stack(new App(), "Unique");
    assertMessage(rejected(stack, List.of(container(repository(stack, 1), "model", null), container(repository(stack, 2), "model", null))),
        "container 2: [SM-HOSTNAME-DUPLICATE] container hostname \"model\" is used by containers 1 and 2");
  }

  @Test
  void environmentRules() {
    Stack stack = new Stack(new App(), "Environment");
    assertMessage(rejected(stack, List.of(container(repository(stack, 1), null, environment(101, 1)))),
        "Model Environment/Model: container 1: [SM-ENVIRONMENT-COUNT] container 1 has 101 environment variables");
    assertMessage(rejected(stack, List.of(container(repository(stack, 2), null, Map.of("1ST", "x")))),
        "Model Environment/Model: container 1: [SM-ENVIRONMENT-KEY-PATTERN] environment variable name \"1ST\" is not valid");
    assertMessage(rejected(stack, List.of(container(repository(stack, 3), null, Map.of("K".repeat(1025), "x")))),
        "Model Environment/Model: container 1: [SM-ENVIRONMENT-KEY-LENGTH]", "is 1025 bytes long");
    assertMessage(rejected(stack, List.of(container(repository(stack, 4), null, Map.of("KEY", "é".repeat(513))))),
        "Model Environment/Model: container 1: [SM-ENVIRONMENT-VALUE-LENGTH] environment variable KEY has a value of 1026 bytes");
    // 2 containers x 20 variables x ~1 KB: each within its limits, together over 32 KB.
    assertMessage(rejected(stack, List.of(container(repository(stack, 5), "one", environment(20, 1000)),
            container(repository(stack, 6), "two", environment(20, 1000)))),
        "Model Environment/Model: [SM-ENVIRONMENT-TOTAL-SIZE] the environment variables of all containers add up to");
    assertNull(stack.getNode().tryFindChild("Model"), "a rejected model leaves nothing in the tree");
  }

  @Test
  void allBrokenRulesAreListedTogether() {
    Stack stack = new Stack(new App(), "Several");
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Model(stack, "Model",
        ModelProps.builder().modelName("-bad-").containers(List.of(
            container(repository(stack, 1), "a_b", Map.of("0X", "y")),
            container(repository(stack, 2), null, null))).build()));
    assertEquals("Model Several/Model breaks 4 rules:"
            + "\n  [SM-MODEL-NAME] model name \"-bad-\" is not valid: a SageMaker model name is 1 to 63 letters, digits"
            + " and hyphens, starting and ending with a letter or digit (pattern ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$)"
            + "\n  container 1: [SM-HOSTNAME-PATTERN] container hostname \"a_b\" is not valid: use 1 to 63 letters,"
            + " digits and hyphens, starting and ending with a letter or digit (pattern ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$)"
            + "\n  container 2: [SM-HOSTNAME-ALL-OR-NONE] container 2 has no hostname while container 1 has one: in an"
            + " inference pipeline give a hostname to every container or to none"
            + "\n  container 1: [SM-ENVIRONMENT-KEY-PATTERN] environment variable name \"0X\" is not valid: it must start"
            + " with a letter or underscore and hold only letters, digits and underscores (pattern ^[a-zA-Z_][a-zA-Z0-9_]*$)",
        error.getMessage());
  }

  @Test
  void valuesKnownOnlyAtDeployTimeAreLeftToCloudFormation() {
    Stack stack = new Stack(new App(), "Tokens");
    String name = CfnParameter.Builder.create(stack, "ModelName").type("String").build().getValueAsString();
    String hostname = CfnParameter.Builder.create(stack, "Hostname").type("String").build().getValueAsString();
    String value = CfnParameter.Builder.create(stack, "Value").type("String").build().getValueAsString();
    Model model = new Model(stack, "Model", ModelProps.builder()
        .modelName(name)
        .containers(List.of(container(repository(stack, 1), hostname, Map.of("SETTING", value)),
            container(repository(stack, 2), "second", null)))
        .build());

    Template template = templates.of(stack);
    assertEquals("<ModelName>", Cfn.flat(Cfn.modelProperties(template, model).get("ModelName")));
    assertEquals("<Hostname>", Cfn.flat(Cfn.containers(template, model).get(0).get("ContainerHostname")));
  }

  @Test
  void vpcSubnetCount() {
    Stack stack = new Stack(new App(), "Subnets");
    List<String> zones = new ArrayList<>();
    List<String> subnets = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      zones.add("us-east-1-zone-" + i);
      subnets.add(String.format("subnet-%08d", i));
    }
    IVpc wide = Vpc.fromVpcAttributes(stack, "Wide", VpcAttributes.builder()
        .vpcId("vpc-12345678").availabilityZones(zones).privateSubnetIds(subnets).build());
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Model(stack, "Model",
        ModelProps.builder().containers(List.of(container(repository(stack), null, null))).vpc(wide).build()));
    assertMessage(error, "Model Subnets/Model: [SM-VPC-SUBNETS] the model's VPC placement selects 17 subnets:"
        + " SageMaker takes 1 to 16");
  }

  @Test
  void vpcSecurityGroupCount() {
    App app = new App();
    Stack stack = new Stack(app, "SecurityGroups");
    Vpc vpc = Vpc.Builder.create(stack, "Vpc").maxAzs(1).natGateways(0).build();
    List<ISecurityGroup> groups = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      groups.add(SecurityGroup.Builder.create(stack, "Group" + i).vpc(vpc).build());
    }
    assertMessage(assertThrows(IllegalArgumentException.class, () -> new Model(stack, "Six", ModelProps.builder()
            .containers(List.of(container(repository(stack, 1), null, null))).vpc(vpc).securityGroups(groups).build())),
        "Model SecurityGroups/Six: [SM-VPC-SECURITY-GROUPS] the model has 6 security groups: SageMaker takes 1 to 5");

    Model five = new Model(stack, "Five", ModelProps.builder()
        .containers(List.of(container(repository(stack, 2), null, null))).vpc(vpc).securityGroups(groups.subList(0, 5)).build());
    five.getConnections().addSecurityGroup(groups.get(5));
    assertMessage(assertThrows(RuntimeException.class, () -> Template.fromStack(stack)),
        "[SecurityGroups/Five] [SM-VPC-SECURITY-GROUPS] the model has 6 security groups");
  }
}
