package io.github.sagemakercdk;

import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.Subnet;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.constructs.Construct;

/** The exclusion table on the constructs: a variant that hosts a model as SageMaker cannot throws, naming it. */
class HostingExclusionsRuntimeTest {

  private static ContainerDefinition container(Construct scope, String repository, String hostname) {
    return ContainerDefinition.builder()
        .image(ContainerImage.fromEcrRepository(
            Repository.fromRepositoryName(scope, repository + "Repository", repository), "1"))
        .containerHostname(hostname)
        .build();
  }

  private static IllegalArgumentException serverless(Stack stack, Model model) {
    return assertThrows(IllegalArgumentException.class, () -> new EndpointConfig(stack, "Config",
        EndpointConfigProps.builder()
            .serverlessProductionVariant(HostingFixtures.serverlessVariant("AllTraffic", model).build()).build()));
  }

  @Test
  void serverlessCannotServeAModelWithNetworkIsolation() {
    Stack stack = new Stack(new App(), "ServerlessIsolated");
    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(container(stack, "xgboost", null))).networkIsolation(true).build());
    assertMessage(serverless(stack, model), "EndpointConfig ServerlessIsolated/Config, variant \"AllTraffic\"",
        "[SM-SERVERLESS-NETWORK-ISOLATION] a serverless endpoint cannot serve a model with network isolation");
  }

  @Test
  void serverlessCannotServeAPipelineOrADirectModel() {
    Stack stack = new Stack(new App(), "ServerlessPipeline");
    Model pipeline = new Model(stack, "Pipeline", ModelProps.builder()
        .containers(List.of(container(stack, "pre", null), container(stack, "xgboost", null))).build());
    assertMessage(serverless(stack, pipeline), "[SM-SERVERLESS-MULTI-CONTAINER]");
    Stack other = new Stack(new App(), "ServerlessDirect");
    Model direct = new Model(other, "Direct", ModelProps.builder()
        .containers(List.of(container(other, "pre", "a"), container(other, "xgboost", "b")))
        .inferenceExecutionMode(InferenceExecutionMode.DIRECT).build());
    assertMessage(serverless(other, direct), "[SM-SERVERLESS-MULTI-CONTAINER]");
  }

  @Test
  void serverlessCannotServeAMultiModelContainerOrAModelInSubnets() {
    Stack stack = new Stack(new App(), "ServerlessMultiModel");
    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(InferenceModesTest.multiModelContainer(stack))).build());
    assertMessage(serverless(stack, model), "[SM-SERVERLESS-MULTI-MODEL]");
    Stack other = new Stack(new App(), "ServerlessSubnets");
    Model placed = new Model(other, "Model", ModelProps.builder()
        .containers(List.of(container(other, "xgboost", null)))
        .vpcSubnets(SubnetSelection.builder().subnets(List.of(
            Subnet.fromSubnetId(other, "Subnet", "subnet-0123456789abcdef0"))).build())
        .securityGroups(List.of(SecurityGroup.fromSecurityGroupId(other, "Group", "sg-0123456789abcdef0")))
        .build());
    assertMessage(serverless(other, placed), "[SM-SERVERLESS-VPC]");
  }

  @Test
  void aModelThatChangesAfterItsVariantIsCheckedAtSynth() {
    App app = new App();
    Stack stack = new Stack(app, "ServerlessGrown");
    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(container(stack, "xgboost", null))).build());
    new EndpointConfig(stack, "Config", EndpointConfigProps.builder()
        .serverlessProductionVariant(HostingFixtures.serverlessVariant("AllTraffic", model).build()).build());
    model.addContainer(container(stack, "post", null));
    RuntimeException error = assertThrows(RuntimeException.class, () -> app.synth());
    assertMessage(error, "[SM-SERVERLESS-MULTI-CONTAINER]");
  }

  @Test
  void theSameModelsAreFineOnInstances() {
    App app = new App();
    Stack stack = new Stack(app, "OnInstances");
    Model model = new Model(stack, "Model", ModelProps.builder()
        .containers(List.of(container(stack, "pre", null), container(stack, "xgboost", null)))
        .networkIsolation(true).build());
    new EndpointConfig(stack, "Config", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(HostingFixtures.instanceVariant("AllTraffic", model).build())).build());
    app.synth();
  }
}
