package io.github.sagemakercdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;

/**
 * Each construct and its imports share a public base, as aws-cdk-lib's {@code BucketBase}; and what a model's
 * grants remember is the model's own state, not the process's.
 */
class SharedBasesTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(SharedBasesTest.class);
  private static final String REGION_ARN = "arn:aws:sagemaker:us-west-2:123456789012:";

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  @Test
  void constructsAndTheirImportsShareABase() {
    Stack stack = new Stack(new App(), "Bases");
    Model model = HostingFixtures.model(stack, "Model");
    EndpointConfig config = new EndpointConfig(stack, "Config", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", model).build()))
        .build());
    Endpoint endpoint = new Endpoint(stack, "Endpoint", EndpointProps.builder().endpointConfig(config).build());

    assertInstanceOf(ModelBase.class, model);
    assertInstanceOf(ModelBase.class, Model.fromModelArn(stack, "ModelByArn", REGION_ARN + "model/m"));
    assertInstanceOf(ModelBase.class, Model.fromModelName(stack, "ModelByName", "m"));
    assertInstanceOf(EndpointConfigBase.class, config);
    assertInstanceOf(EndpointConfigBase.class,
        EndpointConfig.fromEndpointConfigArn(stack, "ConfigByArn", REGION_ARN + "endpoint-config/c"));
    assertInstanceOf(EndpointConfigBase.class, EndpointConfig.fromEndpointConfigName(stack, "ConfigByName", "c"));
    assertInstanceOf(EndpointBase.class, endpoint);
    assertInstanceOf(EndpointBase.class,
        Endpoint.fromEndpointArn(stack, "EndpointByArn", REGION_ARN + "endpoint/e"));
    assertInstanceOf(EndpointBase.class, Endpoint.fromEndpointName(stack, "EndpointByName", "e"));
  }

  /** Two models given one role, in two apps: each role's policy carries the registry login's suppression once. */
  @Test
  void modelsGivenOneRoleSuppressTheRegistryLoginOncePerPolicy() {
    for (String appName : List.of("First", "Second")) {
      Stack stack = new Stack(new App(), appName);
      Role role = Role.Builder.create(stack, "Role")
          .assumedBy(new ServicePrincipal("sagemaker.amazonaws.com")).build();
      for (String id : List.of("One", "Two")) {
        new Model(stack, id, ModelProps.builder().role(role).containers(List.of(ContainerDefinition.builder()
            .image(ContainerImage.fromDlc("pytorch-inference", "2.1.0-cpu-py310", "763104351884"))
            .build())).build());
      }

      Map<String, Map<String, Object>> policies = templates.of(stack).findResources("AWS::IAM::Policy");
      assertEquals(1, policies.size(), appName);
      Map<?, ?> metadata = (Map<?, ?>) policies.values().iterator().next().get("Metadata");
      List<?> suppressions = (List<?>) ((Map<?, ?>) metadata.get("cdk_nag")).get("rules_to_suppress");
      long logins = suppressions.stream()
          .filter(rule -> String.valueOf(((Map<?, ?>) rule).get("reason")).startsWith("ecr:GetAuthorizationToken"))
          .count();
      assertEquals(1, logins, appName + ": " + suppressions);
    }
  }
}
