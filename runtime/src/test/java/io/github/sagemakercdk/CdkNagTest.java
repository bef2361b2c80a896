package io.github.sagemakercdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NIST80053R5Checks;
import io.github.cdklabs.cdknag.NagPackProps;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;
import software.amazon.awscdk.services.kms.Key;

/**
 * cdk-nag's AwsSolutions pack finds nothing to report on a model or its endpoints: no managed policy, no wildcard
 * beyond those AWS requires, and those carry the library's suppressions (the official TypeScript library has 7
 * errors on a model alone).
 */
class CdkNagTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(CdkNagTest.class);
  private static final String LOG_GROUPS =
      "arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:/aws/sagemaker/Endpoints/*";

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  /** Runs AwsSolutions on the stack (logging what is suppressed as info) and gives its annotations. */
  private static Annotations checked(Stack stack) {
    Aspects.of(stack).add(new AwsSolutionsChecks(NagPackProps.builder().logIgnores(true).build()));
    Annotations annotations = Annotations.fromStack(stack);
    templates.keep(stack);
    return annotations;
  }

  /** The AwsSolutions-IAM5 findings cdk-nag reports as suppressed: "resource finding", sorted. */
  private static List<String> suppressedWildcards(Annotations annotations) {
    Pattern suppressed = Pattern.compile("CdkNagSuppression\\[(.*)\\]: AwsSolutions-IAM5 was triggered but suppressed\\.\\s*");
    return annotations.findInfo("*", Match.anyValue()).stream()
        .map(m -> Map.entry(m.getId(), suppressed.matcher(m.getEntry().getData().toString())))
        .filter(m -> m.getValue().matches())
        .map(m -> m.getKey() + " " + m.getValue().group(1))
        .sorted()
        .toList();
  }

  private static String describe(List<SynthesisMessage> messages) {
    return messages.stream().map(m -> m.getId() + ": " + m.getEntry().getData()).collect(Collectors.joining("\n"));
  }

  @Test
  void aTwoContainerPipelineHasNoFindings() {
    Stack stack = new Stack(new App(), "NagPipeline");
    new Model(stack, "Model", ModelProps.builder().containers(LeastPrivilegeTest.pipeline(stack)).build());

    Annotations annotations = checked(stack);
    List<SynthesisMessage> errors = annotations.findError("*", Match.anyValue());
    List<SynthesisMessage> warnings = annotations.findWarning("*", Match.anyValue());
    assertEquals(List.of(), errors, describe(errors));
    assertEquals(List.of(), warnings, describe(warnings));
    // The pack did run, and reported the one wildcard AWS requires as suppressed by the library's metadata.
    String policy = "/NagPipeline/Model/Role/DefaultPolicy/Resource ";
    assertEquals(List.of(policy + "Resource::*", policy + "Resource::" + LOG_GROUPS), suppressedWildcards(annotations));
  }

  /**
   * An instance endpoint with auto scaling, its config encrypted with a customer managed key (with rotation, for
   * AwsSolutions-KMS5): nothing for AwsSolutions, and the endpoint-config rule of the NIST 800-53 pack
   * (SageMakerEndpointConfigurationKMSKeyConfigured, also in HIPAA and PCI) is satisfied by the key.
   */
  @Test
  void anInstanceEndpointWithAutoScalingHasNoFindings() {
    Stack stack = new Stack(new App(), "NagRealTime");
    Model model = HostingFixtures.model(stack, "Model");
    Key key = Key.Builder.create(stack, "EndpointKey").enableKeyRotation(true).build();
    EndpointConfig config = new EndpointConfig(stack, "EndpointConfig", EndpointConfigProps.builder()
        .encryptionKey(key)
        .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", model).build()))
        .build());
    Endpoint endpoint = new Endpoint(stack, "Endpoint", EndpointProps.builder().endpointConfig(config).build());
    endpoint.findInstanceProductionVariant("AllTraffic")
        .autoScaleInstanceCount(EnableScalingProps.builder().minCapacity(1).maxCapacity(4).build())
        .scaleOnInvocations("InvocationsScaling", InvocationsScalingProps.builder().maxRequestsPerSecond(20).build());
    Aspects.of(stack).add(new NIST80053R5Checks());

    Annotations annotations = checked(stack);
    Pattern awsSolutions = Pattern.compile("AwsSolutions-.*", Pattern.DOTALL);
    List<SynthesisMessage> errors = annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*"));
    List<SynthesisMessage> warnings = annotations.findWarning("*", Match.anyValue());
    assertEquals(List.of(), errors, describe(errors));
    assertEquals(List.of(), warnings, describe(warnings));
    List<SynthesisMessage> nist = annotations.findError("*", Match.anyValue());
    assertTrue(nist.stream().noneMatch(m -> awsSolutions.matcher(m.getEntry().getData().toString()).matches()));
    assertTrue(nist.stream().anyMatch(m -> m.getEntry().getData().toString().startsWith("NIST.800.53.R5-")),
        "the NIST pack ran (it reports, for instance, inline policies)");
    assertEquals(List.of(), nist.stream()
            .filter(m -> m.getEntry().getData().toString().contains("SageMakerEndpointConfigurationKMSKeyConfigured"))
            .toList(),
        "the endpoint config is encrypted with the key");
    String policy = "/NagRealTime/Model/Role/DefaultPolicy/Resource ";
    assertEquals(List.of(policy + "Resource::*", policy + "Resource::" + LOG_GROUPS), suppressedWildcards(annotations));
  }

  @Test
  void aServerlessEndpointHasNoFindings() {
    Stack stack = new Stack(new App(), "NagServerless");
    Model model = HostingFixtures.model(stack, "Model");
    EndpointConfig config = new EndpointConfig(stack, "EndpointConfig", EndpointConfigProps.builder()
        .serverlessProductionVariant(HostingFixtures.serverlessVariant("AllTraffic", model).build())
        .build());
    new Endpoint(stack, "Endpoint", EndpointProps.builder().endpointConfig(config).build());

    Annotations annotations = checked(stack);
    List<SynthesisMessage> errors = annotations.findError("*", Match.anyValue());
    List<SynthesisMessage> warnings = annotations.findWarning("*", Match.anyValue());
    assertEquals(List.of(), errors, describe(errors));
    assertEquals(List.of(), warnings, describe(warnings));
    String policy = "/NagServerless/Model/Role/DefaultPolicy/Resource ";
    assertEquals(List.of(policy + "Resource::*", policy + "Resource::" + LOG_GROUPS), suppressedWildcards(annotations));
  }

  @ParameterizedTest(name = "account and region: {0}")
  @ValueSource(strings = {"region-agnostic", "123456789012/eu-west-1"})
  void aModelInAVpcHasNoFindings(String environment) {
    StackProps props = environment.contains("/")
        ? StackProps.builder().env(Environment.builder()
            .account(environment.split("/")[0]).region(environment.split("/")[1]).build()).build()
        : StackProps.builder().build();
    Stack stack = new Stack(new App(), "NagVpc", props);
    IVpc vpc = Vpc.fromVpcAttributes(stack, "Vpc", VpcAttributes.builder()
        .vpcId("vpc-12345678")
        .availabilityZones(List.of("eu-west-1a", "eu-west-1b"))
        .privateSubnetIds(List.of("subnet-11111111", "subnet-22222222"))
        .privateSubnetRouteTableIds(List.of("rtb-11111111", "rtb-22222222"))
        .build());
    new Model(stack, "Model", ModelProps.builder().containers(LeastPrivilegeTest.pipeline(stack)).vpc(vpc).build());

    Annotations annotations = checked(stack);
    List<SynthesisMessage> errors = annotations.findError("*", Match.anyValue());
    List<SynthesisMessage> warnings = annotations.findWarning("*", Match.anyValue());
    assertEquals(List.of(), errors, describe(errors));
    assertEquals(List.of(), warnings, describe(warnings));
    String policy = "/NagVpc/Model/Role/DefaultPolicy/Resource ";
    String ec2 = environment.contains("/")
        ? "arn:<AWS::Partition>:ec2:eu-west-1:123456789012:"
        : "arn:<AWS::Partition>:ec2:<AWS::Region>:<AWS::AccountId>:";
    String logs = environment.contains("/")
        ? "arn:<AWS::Partition>:logs:eu-west-1:123456789012:log-group:/aws/sagemaker/Endpoints/*"
        : LOG_GROUPS;
    assertEquals(List.of(
            policy + "Resource::*",
            policy + "Resource::" + ec2 + "network-interface/*",
            policy + "Resource::" + ec2 + "security-group/*",
            policy + "Resource::" + logs),
        suppressedWildcards(annotations));
  }
}
