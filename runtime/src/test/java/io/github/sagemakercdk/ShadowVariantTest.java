package io.github.sagemakercdk;

import static io.github.sagemakercdk.LeastPrivilegeTest.withHosting;
import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import software.amazon.awscdk.services.s3.Bucket;

/**
 * Shadow variants: the ShadowProductionVariants CloudFormation gets, the shadow model's own role and statements, data
 * capture for the shadow too, SageMaker's one-production-one-shadow rule whichever comes first, and cdk-nag.
 */
class ShadowVariantTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(ShadowVariantTest.class);
  private static final List<String> MODEL_STATEMENTS = withHosting(List.of(
      "Allow ecr:BatchCheckLayerAvailability,ecr:GetDownloadUrlForLayer,ecr:BatchGetImage on"
          + " arn:<AWS::Partition>:ecr:<AWS::Region>:<AWS::AccountId>:repository/xgboost",
      "Allow ecr:GetAuthorizationToken on *",
      "Allow s3:GetObject on arn:<AWS::Partition>:s3:::churn-models/xgb/model.tar.gz"));

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  private static InstanceProductionVariantProps shadow(IModel model) {
    return HostingFixtures.instanceVariant("Shadow", model).instanceType(InstanceType.C5_LARGE)
        .initialInstanceCount(2).initialVariantWeight(0.5).build();
  }

  @Test
  void theShadowModelIsServedBesideTheProductionVariantWithItsOwnRole() {
    Stack stack = new Stack(new App(), "Shadowed");
    Model production = HostingFixtures.model(stack, "Production");
    Model candidate = HostingFixtures.model(stack, "Candidate");
    EndpointConfig config = new EndpointConfig(stack, "EndpointConfig", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", production).build()))
        .shadowProductionVariant(shadow(candidate))
        .build());

    Template template = templates.of(stack);
    Map<String, Object> properties = Cfn.properties(template, Cfn.logicalId(config, "EndpointConfig"));
    List<?> shadows = (List<?>) properties.get("ShadowProductionVariants");
    assertEquals(1, shadows.size());
    Map<?, ?> shadowVariant = (Map<?, ?>) shadows.get(0);
    assertEquals(Map.of("VariantName", "Shadow", "InstanceType", "ml.c5.large", "InitialInstanceCount", 2,
        "InitialVariantWeight", 0.5), Map.of("VariantName", shadowVariant.get("VariantName"),
        "InstanceType", shadowVariant.get("InstanceType"), "InitialInstanceCount",
        shadowVariant.get("InitialInstanceCount"), "InitialVariantWeight", shadowVariant.get("InitialVariantWeight")));
    assertEquals("<" + Cfn.logicalId(candidate) + ".ModelName>", Cfn.flat(shadowVariant.get("ModelName")));
    assertEquals(1, ((List<?>) properties.get("ProductionVariants")).size());
    assertEquals(MODEL_STATEMENTS, Cfn.statements(template, Cfn.logicalId(candidate.getRole(), "DefaultPolicy")));
    assertEquals(MODEL_STATEMENTS, Cfn.statements(template, Cfn.logicalId(production.getRole(), "DefaultPolicy")));
  }

  @Test
  void dataCaptureIsWrittenByTheShadowModelsRoleToo() {
    Stack stack = new Stack(new App(), "ShadowCapture");
    Model production = HostingFixtures.model(stack, "Production");
    Model candidate = HostingFixtures.model(stack, "Candidate");
    new EndpointConfig(stack, "EndpointConfig", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", production).build()))
        .shadowProductionVariant(shadow(candidate))
        .dataCaptureConfig(DataCaptureConfig.builder()
            .destinationBucket(Bucket.fromBucketName(stack, "Captures", "churn-captures"))
            .destinationKeyPrefix("shadow-test").initialSamplingPercentage(100).build())
        .build());
    Template template = templates.of(stack);
    String put = "Allow s3:PutObject on arn:<AWS::Partition>:s3:::churn-captures/shadow-test/*";
    for (Model model : List.of(production, candidate)) {
      List<String> expected = new java.util.ArrayList<>(MODEL_STATEMENTS);
      expected.add(put);
      assertEquals(expected, Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy")));
    }
  }

  @Test
  void besideAShadowExactlyOneProductionVariant() {
    Stack stack = new Stack(new App(), "ShadowRules");
    Model first = HostingFixtures.model(stack, "First");
    Model second = HostingFixtures.model(stack, "Second");
    Model candidate = HostingFixtures.model(stack, "Candidate");
    IllegalArgumentException two = assertThrows(IllegalArgumentException.class, () -> new EndpointConfig(stack,
        "Two", EndpointConfigProps.builder()
            .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("First", first).build(),
                HostingFixtures.instanceVariant("Second", second).build()))
            .shadowProductionVariant(shadow(candidate))
            .build()));
    assertMessage(two, "EndpointConfig ShadowRules/Two, variant \"Shadow\": [SM-SHADOW-VARIANT-PRODUCTION-COUNT] the"
        + " endpoint config has a shadow variant and 2 production variants");

    EndpointConfig later = new EndpointConfig(stack, "Later", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("First", first).build()))
        .shadowProductionVariant(shadow(candidate))
        .build());
    IllegalArgumentException added = assertThrows(IllegalArgumentException.class, () ->
        later.addInstanceProductionVariant(HostingFixtures.instanceVariant("Second", second).build()));
    assertMessage(added, "EndpointConfig ShadowRules/Later, variant \"Second\": [SM-SHADOW-VARIANT-PRODUCTION-COUNT]");

    IllegalArgumentException sameName = assertThrows(IllegalArgumentException.class, () -> new EndpointConfig(stack,
        "SameName", EndpointConfigProps.builder()
            .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("Shadow", first).build()))
            .shadowProductionVariant(shadow(candidate))
            .build()));
    assertMessage(sameName, "[SM-VARIANT-DUPLICATE] production variant name \"Shadow\" is used twice");

    IllegalArgumentException serverless = assertThrows(IllegalArgumentException.class, () -> new EndpointConfig(stack,
        "Serverless", EndpointConfigProps.builder()
            .serverlessProductionVariant(HostingFixtures.serverlessVariant("AllTraffic", first).build())
            .shadowProductionVariant(shadow(candidate))
            .build()));
    assertMessage(serverless, "[SM-VARIANT-KINDS-MIXED]");
    EndpointConfig shadowFirst = new EndpointConfig(stack, "ShadowFirst", EndpointConfigProps.builder()
        .shadowProductionVariant(shadow(candidate))
        .build());
    IllegalArgumentException serverlessLater = assertThrows(IllegalArgumentException.class, () ->
        shadowFirst.addServerlessProductionVariant(HostingFixtures.serverlessVariant("AllTraffic", first).build()));
    assertMessage(serverlessLater, "EndpointConfig ShadowRules/ShadowFirst, variant \"AllTraffic\":"
        + " [SM-VARIANT-KINDS-MIXED]");

    IllegalArgumentException badType = assertThrows(IllegalArgumentException.class, () -> new EndpointConfig(stack,
        "BadType", EndpointConfigProps.builder()
            .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", first).build()))
            .shadowProductionVariant(HostingFixtures.instanceVariant("Shadow", candidate)
                .initialInstanceCount(0).initialVariantWeight(-1).build())
            .build()));
    assertMessage(badType, "EndpointConfig ShadowRules/BadType, variant \"Shadow\" breaks 2 rules",
        "[SM-INITIAL-INSTANCE-COUNT] initialInstanceCount 0", "[SM-INITIAL-VARIANT-WEIGHT] initialVariantWeight -1");
  }

  @Test
  void aShadowWithoutProductionVariantFailsAtSynth() {
    App app = new App();
    Stack stack = new Stack(app, "ShadowAlone");
    new EndpointConfig(stack, "EndpointConfig", EndpointConfigProps.builder()
        .shadowProductionVariant(shadow(HostingFixtures.model(stack, "Candidate")))
        .build());
    RuntimeException error = assertThrows(RuntimeException.class, app::synth);
    assertMessage(error, "[SM-VARIANT-MISSING]", "[SM-SHADOW-VARIANT-PRODUCTION-COUNT] the endpoint config has a"
        + " shadow variant and 0 production variants");
  }

  @Test
  void cdkNagFindsNothingOnAShadowedEndpoint() {
    Stack stack = new Stack(new App(), "NagShadow", StackProps.builder()
        .env(Environment.builder().account("123456789012").region("eu-west-1").build()).build());
    Model production = HostingFixtures.model(stack, "Production");
    new Endpoint(stack, "Endpoint", EndpointProps.builder()
        .endpointConfig(new EndpointConfig(stack, "EndpointConfig", EndpointConfigProps.builder()
            .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", production).build()))
            .shadowProductionVariant(shadow(HostingFixtures.model(stack, "Candidate")))
            .build()))
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
