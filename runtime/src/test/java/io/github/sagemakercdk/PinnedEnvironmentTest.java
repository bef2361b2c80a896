package io.github.sagemakercdk;

import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;

/** A stack pinned to an account and region, literally or to the CDK CLI's current ones. */
class PinnedEnvironmentTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(PinnedEnvironmentTest.class);
  private static final Map<String, String> CLI = Map.of(
      PinnedEnvironment.ACCOUNT_VARIABLE, "111122223333", PinnedEnvironment.REGION_VARIABLE, "ap-southeast-2");

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  @Test
  void literalPinsGoIntoTheEnvAndMakeTheDlcRegistryALiteral() {
    Stack stack = new Stack(new App(), "Pinned",
        PinnedEnvironment.apply("Pinned", StackProps.builder().description("kept").build(), "123456789012", "eu-west-1"));
    Model model = new Model(stack, "Model", ModelProps.builder().containers(List.of(ContainerDefinition.builder()
        .image(ContainerImage.fromDlc("pytorch-inference", "2.1.0-cpu-py310")).build())).build());

    assertEquals("123456789012", stack.getAccount());
    assertEquals("eu-west-1", stack.getRegion());
    Template template = templates.of(stack);
    assertEquals("kept", template.toJSON().get("Description"));
    assertEquals("763104351884.dkr.ecr.eu-west-1.<AWS::URLSuffix>/pytorch-inference:2.1.0-cpu-py310",
        Cfn.flat(Cfn.containers(template, model).get(0).get("Image")),
        "the registry account of eu-west-1, no region map");
    assertEquals(null, template.toJSON().get("Mappings"));
  }

  @Test
  void currentTakesTheCliAccountAndRegion() {
    StackProps props = PinnedEnvironment.apply("Current", null, "current", "current", CLI::get);
    assertEquals("111122223333", props.getEnv().getAccount());
    assertEquals("ap-southeast-2", props.getEnv().getRegion());
  }

  @Test
  void currentWithoutTheCliLeavesThatPartEnvironmentAgnostic() {
    StackProps props = PinnedEnvironment.apply("Agnostic", null, "123456789012", "current", name -> null);
    assertEquals("123456789012", props.getEnv().getAccount());
    assertNull(props.getEnv().getRegion());
  }

  @Test
  void propsThatAgreeOrSayNothingAreKept() {
    StackProps given = StackProps.builder().stackName("churn-prod")
        .env(Environment.builder().region("eu-west-1").build()).build();
    StackProps props = PinnedEnvironment.apply("Agree", given, "123456789012", "eu-west-1", name -> null);
    assertEquals("churn-prod", props.getStackName());
    assertEquals("123456789012", props.getEnv().getAccount());
    assertEquals("eu-west-1", props.getEnv().getRegion());
  }

  @Test
  void propsThatContradictAPinAreAnErrorNamingTheStack() {
    StackProps given = StackProps.builder().env(Environment.builder().region("us-east-1").build()).build();
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> PinnedEnvironment.apply("ChurnStack", given, "", "eu-west-1", name -> null));
    assertMessage(error, "Stack ChurnStack: [SM-PINNED-ENVIRONMENT] stack ChurnStack is pinned to region eu-west-1,"
        + " but the StackProps passed to it give region us-east-1");
  }

  @Test
  void aPinMustBeAnAccountIdOrRegionCode() {
    IllegalArgumentException account = assertThrows(IllegalArgumentException.class,
        () -> PinnedEnvironment.apply("Bad", null, "12", "", name -> null));
    assertMessage(account, "Stack Bad: [SM-ACCOUNT-ID] account \"12\" is not valid");
    IllegalArgumentException region = assertThrows(IllegalArgumentException.class,
        () -> PinnedEnvironment.apply("Bad", null, "", "Ireland", name -> null));
    assertMessage(region, "Stack Bad: [SM-REGION] region \"Ireland\" is not valid");
  }
}
