package io.github.sagemakercdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
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
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;

/**
 * cdk-nag's AwsSolutions pack finds nothing to report on a model: no managed policy, no wildcard beyond those AWS
 * requires, and those carry the library's suppressions (the official TypeScript library has 7 errors here).
 */
class CdkNagTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(CdkNagTest.class);

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
    assertEquals(List.of("/NagPipeline/Model/Role/DefaultPolicy/Resource Resource::*"), suppressedWildcards(annotations));
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
    assertEquals(List.of(
            policy + "Resource::*",
            policy + "Resource::" + ec2 + "network-interface/*",
            policy + "Resource::" + ec2 + "security-group/*"),
        suppressedWildcards(annotations));
  }
}
