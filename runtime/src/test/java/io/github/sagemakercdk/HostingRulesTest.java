package io.github.sagemakercdk;

import static io.github.sagemakercdk.HostingFixtures.instanceVariant;
import static io.github.sagemakercdk.HostingFixtures.model;
import static io.github.sagemakercdk.HostingFixtures.serverlessVariant;
import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;

/**
 * SageMaker's rules on endpoint configs, endpoints and auto scaling, checked by the runtime when the value is
 * given, with the construct path and the rule id in the message; a rejected construct or variant leaves nothing
 * behind.
 */
class HostingRulesTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(HostingRulesTest.class);

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  private static IllegalArgumentException rejected(Executable executable) {
    return assertThrows(IllegalArgumentException.class, executable);
  }

  private static StackProps env(String account, String region) {
    return StackProps.builder().env(Environment.builder().account(account).region(region).build()).build();
  }

  @Test
  void configRulesAtTheLineThatBreaksThem() {
    Stack stack = new Stack(new App(), "Rules");
    Model model = model(stack, "Model");
    EndpointConfig valid = new EndpointConfig(stack, "Valid", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(instanceVariant("AllTraffic", model).build())).build());

    assertMessage(rejected(() -> new EndpointConfig(stack, "BadName",
            EndpointConfigProps.builder().endpointConfigName("churn_config").build())),
        "EndpointConfig Rules/BadName: [SM-ENDPOINT-CONFIG-NAME] endpoint config name \"churn_config\" is not valid");
    assertMessage(rejected(() -> new EndpointConfig(stack, "BadVariantName", EndpointConfigProps.builder()
            .instanceProductionVariants(List.of(instanceVariant("all_traffic", model).build())).build())),
        "EndpointConfig Rules/BadVariantName, variant \"all_traffic\": [SM-VARIANT-NAME]");
    assertMessage(rejected(() -> new EndpointConfig(stack, "Duplicate", EndpointConfigProps.builder()
            .instanceProductionVariants(List.of(instanceVariant("A", model).build(), instanceVariant("A", model).build()))
            .build())),
        "EndpointConfig Rules/Duplicate, variant \"A\": [SM-VARIANT-DUPLICATE] production variant name \"A\" is used"
            + " twice");
    assertMessage(rejected(() -> valid.addInstanceProductionVariant(instanceVariant("AllTraffic", model).build())),
        "EndpointConfig Rules/Valid, variant \"AllTraffic\": [SM-VARIANT-DUPLICATE]");

    List<InstanceProductionVariantProps> eleven = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      eleven.add(instanceVariant("Variant" + i, model).build());
    }
    assertMessage(rejected(() -> new EndpointConfig(stack, "Eleven",
            EndpointConfigProps.builder().instanceProductionVariants(eleven).build())),
        "EndpointConfig Rules/Eleven, variant \"Variant11\": [SM-VARIANT-COUNT] the endpoint config has 11 instance"
            + " production variants: SageMaker takes at most 10");

    assertMessage(rejected(() -> new EndpointConfig(stack, "Mixed", EndpointConfigProps.builder()
            .instanceProductionVariants(List.of(instanceVariant("A", model).build()))
            .serverlessProductionVariant(serverlessVariant("S", model).build()).build())),
        "EndpointConfig Rules/Mixed: [SM-VARIANT-KINDS-MIXED] the endpoint config has 1 instance production"
            + " variant(s) and a serverless production variant");
    assertMessage(rejected(() -> valid.addServerlessProductionVariant(serverlessVariant("S", model).build())),
        "EndpointConfig Rules/Valid, variant \"S\": [SM-VARIANT-KINDS-MIXED]");
    EndpointConfig serverless = new EndpointConfig(stack, "Serverless", EndpointConfigProps.builder()
        .serverlessProductionVariant(serverlessVariant("S", model).build()).build());
    assertMessage(rejected(() -> serverless.addInstanceProductionVariant(instanceVariant("A", model).build())),
        "EndpointConfig Rules/Serverless, variant \"A\": [SM-VARIANT-KINDS-MIXED]");
    assertMessage(rejected(() -> serverless.addServerlessProductionVariant(serverlessVariant("T", model).build())),
        "EndpointConfig Rules/Serverless, variant \"T\": [SM-SERVERLESS-VARIANT-COUNT]");

    IllegalArgumentException counts = rejected(() -> valid.addInstanceProductionVariant(instanceVariant("Counts", model)
        .initialInstanceCount(0).initialVariantWeight(-1).build()));
    assertMessage(counts, "EndpointConfig Rules/Valid, variant \"Counts\" breaks 2 rules:",
        "[SM-INITIAL-INSTANCE-COUNT] initialInstanceCount 0 is not valid",
        "[SM-INITIAL-VARIANT-WEIGHT] initialVariantWeight -1 is not valid");
    assertMessage(rejected(() -> valid.addInstanceProductionVariant(instanceVariant("Half", model)
            .initialInstanceCount(1.5).build())),
        "[SM-INITIAL-INSTANCE-COUNT] initialInstanceCount 1.5 is not valid");
    assertMessage(rejected(() -> valid.addInstanceProductionVariant(instanceVariant("Accelerated", model)
            .acceleratorType(AcceleratorType.EIA2_MEDIUM).build())),
        "EndpointConfig Rules/Valid, variant \"Accelerated\": [SM-ACCELERATOR-DISCONTINUED] accelerator type"
            + " \"ml.eia2.medium\" cannot be used: Amazon Elastic Inference is no longer available");
    assertMessage(rejected(() -> valid.addInstanceProductionVariant(null)),
        "EndpointConfig Rules/Valid: give InstanceProductionVariantProps");

    IllegalArgumentException memory = rejected(() -> new EndpointConfig(stack, "Memory", EndpointConfigProps.builder()
        .serverlessProductionVariant(serverlessVariant("S", model).memorySizeInMb(1000).maxConcurrency(201).build())
        .build()));
    assertMessage(memory, "EndpointConfig Rules/Memory, variant \"S\" breaks 2 rules:",
        "[SM-SERVERLESS-MEMORY-SIZE] memorySizeInMb 1000 is not valid",
        "[SM-SERVERLESS-MAX-CONCURRENCY] maxConcurrency 201 is not valid");
    assertMessage(rejected(() -> new EndpointConfig(stack, "Provisioned", EndpointConfigProps.builder()
            .serverlessProductionVariant(serverlessVariant("S", model).provisionedConcurrency(0).build()).build())),
        "[SM-SERVERLESS-PROVISIONED-CONCURRENCY] provisionedConcurrency 0 is not valid");
    assertMessage(rejected(() -> new EndpointConfig(stack, "OverMax", EndpointConfigProps.builder()
            .serverlessProductionVariant(serverlessVariant("S", model).provisionedConcurrency(21).build()).build())),
        "[SM-SERVERLESS-PROVISIONED-OVER-MAX] provisionedConcurrency 21 is greater than maxConcurrency 20");

    assertMessage(rejected(() -> new Endpoint(stack, "BadEndpointName",
            EndpointProps.builder().endpointConfig(valid).endpointName("churn.endpoint").build())),
        "Endpoint Rules/BadEndpointName: [SM-ENDPOINT-NAME] endpoint name \"churn.endpoint\" is not valid");

    // Nothing of the rejected configs and variants is left in the template.
    Template template = templates.of(stack);
    template.resourceCountIs("AWS::SageMaker::EndpointConfig", 2);
    template.resourceCountIs("AWS::SageMaker::Endpoint", 0);
    assertEquals(1, ((List<?>) Cfn.properties(template, Cfn.logicalId(valid, "EndpointConfig"))
        .get("ProductionVariants")).size());
  }

  @Test
  void typesAreCheckedWhereTheyAreMade() {
    assertMessage(rejected(() -> InstanceType.of("ml.m5.medium")),
        "InstanceType.of: [SM-INSTANCE-TYPE] instance type \"ml.m5.medium\" is not one SageMaker hosts production"
            + " variants on: ml.m5.* comes in large, xlarge, 2xlarge, 4xlarge, 12xlarge, 24xlarge");
    assertMessage(rejected(() -> InstanceType.of("m5.large")), "SageMaker names it \"ml.m5.large\"");
    assertMessage(rejected(() -> AcceleratorType.of("ml.eia3.medium")), "AcceleratorType.of: [SM-ACCELERATOR-TYPE]");
    assertMessage(assertThrows(NullPointerException.class, () -> InstanceProductionVariantProps.builder().build()),
        "InstanceProductionVariantProps: variantName is required");
    assertMessage(assertThrows(NullPointerException.class,
            () -> ServerlessProductionVariantProps.builder().variantName("S").model(null).build()),
        "ServerlessProductionVariantProps: model is required");
    assertMessage(assertThrows(NullPointerException.class, () -> InvocationsScalingProps.builder().build()),
        "InvocationsScalingProps: maxRequestsPerSecond is required");
  }

  @Test
  void modelsAndConfigsStayInTheirAccountAndRegion() {
    App app = new App();
    Stack ireland = new Stack(app, "Ireland", env("111111111111", "eu-west-1"));
    Model model = model(ireland, "Model");
    Stack otherAccount = new Stack(app, "OtherAccount", env("222222222222", "eu-west-1"));
    assertMessage(rejected(() -> new EndpointConfig(otherAccount, "Config", EndpointConfigProps.builder()
            .instanceProductionVariants(List.of(instanceVariant("AllTraffic", model).build())).build())),
        "EndpointConfig OtherAccount/Config, variant \"AllTraffic\": [SM-MODEL-ENVIRONMENT] model Ireland/Model is in"
            + " account 111111111111, the endpoint config in account 222222222222");
    Stack virginia = new Stack(app, "Virginia", env("111111111111", "us-east-1"));
    assertMessage(rejected(() -> new EndpointConfig(virginia, "Config", EndpointConfigProps.builder()
            .serverlessProductionVariant(serverlessVariant("AllTraffic", model).build()).build())),
        "[SM-MODEL-ENVIRONMENT] model Ireland/Model is in region eu-west-1, the endpoint config in region us-east-1");
    IModel imported = Model.fromModelArn(virginia, "Imported", "arn:aws:sagemaker:eu-west-1:111111111111:model/churn");
    assertMessage(rejected(() -> new EndpointConfig(virginia, "ImportedModel", EndpointConfigProps.builder()
            .instanceProductionVariants(List.of(instanceVariant("AllTraffic", imported).build())).build())),
        "[SM-MODEL-ENVIRONMENT] model Virginia/Imported is in region eu-west-1");

    EndpointConfig config = new EndpointConfig(ireland, "Config", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(instanceVariant("AllTraffic", model).build())).build());
    assertMessage(rejected(() -> new Endpoint(virginia, "Endpoint", EndpointProps.builder().endpointConfig(config).build())),
        "Endpoint Virginia/Endpoint: [SM-ENDPOINT-CONFIG-ENVIRONMENT] endpoint config Ireland/Config is in region"
            + " eu-west-1, the endpoint in region us-east-1");
    IEndpointConfig importedConfig = EndpointConfig.fromEndpointConfigArn(virginia, "ImportedConfig",
        "arn:aws:sagemaker:us-east-1:333333333333:endpoint-config/shared");
    assertMessage(rejected(() -> new Endpoint(virginia, "Shared",
            EndpointProps.builder().endpointConfig(importedConfig).build())),
        "[SM-ENDPOINT-CONFIG-ENVIRONMENT] endpoint config Virginia/ImportedConfig is in account 333333333333");
  }

  @Test
  void aConfigWithoutVariantsFailsAtSynth() {
    Stack stack = new Stack(new App(), "NoVariants");
    new EndpointConfig(stack, "Config");
    assertMessage(assertThrows(RuntimeException.class, () -> Template.fromStack(stack)),
        "[NoVariants/Config] [SM-VARIANT-MISSING] the endpoint config has no production variant");
  }

  @Test
  void variantsAreFoundByName() {
    Stack stack = new Stack(new App(), "Find");
    Model model = model(stack, "Model");
    EndpointConfig config = new EndpointConfig(stack, "Config", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(instanceVariant("Blue", model).build(), instanceVariant("Green", model).build()))
        .build());
    Endpoint endpoint = new Endpoint(stack, "Endpoint", EndpointProps.builder().endpointConfig(config).build());
    assertMessage(rejected(() -> endpoint.findInstanceProductionVariant("AllTraffic")),
        "Endpoint Find/Endpoint: [SM-VARIANT-NOT-FOUND] the endpoint config has no instance production variant named"
            + " \"AllTraffic\" (it has: Blue, Green)");
    config.addInstanceProductionVariant(instanceVariant("AllTraffic", model).build());
    assertEquals("AllTraffic", endpoint.findInstanceProductionVariant("AllTraffic").getVariantName(),
        "variants added to the config later are found too");
    assertEquals(List.of("Blue", "Green", "AllTraffic"), endpoint.getInstanceProductionVariants().stream()
        .map(IEndpointInstanceProductionVariant::getVariantName).toList());
  }

  @Test
  void autoScalingRules() {
    Stack stack = new Stack(new App(), "Scaling");
    Model model = model(stack, "Model");
    EndpointConfig config = new EndpointConfig(stack, "Config", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(
            instanceVariant("Two", model).initialInstanceCount(2).build(),
            InstanceProductionVariantProps.builder().variantName("Burstable").model(model).build()))
        .build());
    Endpoint endpoint = new Endpoint(stack, "Endpoint", EndpointProps.builder().endpointConfig(config).build());
    IEndpointInstanceProductionVariant two = endpoint.findInstanceProductionVariant("Two");

    assertMessage(rejected(() -> two.autoScaleInstanceCount(EnableScalingProps.builder().minCapacity(0).maxCapacity(4).build())),
        "Endpoint Scaling/Endpoint, variant \"Two\": [SM-AUTO-SCALING-ZERO-REALTIME] auto scaling minCapacity 0 is"
            + " not valid for a real-time endpoint");
    assertMessage(rejected(() -> two.autoScaleInstanceCount(EnableScalingProps.builder().minCapacity(-1).maxCapacity(4).build())),
        "Endpoint Scaling/Endpoint, variant \"Two\": [SM-AUTO-SCALING-CAPACITY] auto scaling minCapacity -1 and"
            + " maxCapacity 4 are not valid");
    assertMessage(rejected(() -> two.autoScaleInstanceCount(EnableScalingProps.builder().minCapacity(3).maxCapacity(2).build())),
        "[SM-AUTO-SCALING-CAPACITY] auto scaling minCapacity 3 and maxCapacity 2");
    assertMessage(rejected(() -> two.autoScaleInstanceCount(EnableScalingProps.builder().minCapacity(3).maxCapacity(4).build())),
        "[SM-AUTO-SCALING-INITIAL-COUNT] the variant starts with 2 instance(s), outside its auto scaling range 3 to 4");
    assertMessage(rejected(() -> two.autoScaleInstanceCount(EnableScalingProps.builder().maxCapacity(1).build())),
        "[SM-AUTO-SCALING-CAPACITY] auto scaling minCapacity 2 and maxCapacity 1",
        "are not valid");
    assertMessage(rejected(() -> endpoint.findInstanceProductionVariant("Burstable")
            .autoScaleInstanceCount(EnableScalingProps.builder().maxCapacity(2).build())),
        "Endpoint Scaling/Endpoint, variant \"Burstable\": [SM-AUTO-SCALING-BURSTABLE] instance type \"ml.t2.medium\""
            + " is burstable");

    ScalableInstanceCount count = two.autoScaleInstanceCount(EnableScalingProps.builder().minCapacity(1).maxCapacity(4).build());
    assertMessage(assertThrows(IllegalStateException.class, () -> endpoint.findInstanceProductionVariant("Two")
            .autoScaleInstanceCount(EnableScalingProps.builder().maxCapacity(8).build())),
        "Endpoint Scaling/Endpoint, variant \"Two\": [SM-AUTO-SCALING-ALREADY-ENABLED]");
    IllegalArgumentException invocations = rejected(() -> count.scaleOnInvocations("Invocations",
        InvocationsScalingProps.builder().maxRequestsPerSecond(0).safetyFactor(1.5).build()));
    assertMessage(invocations, "ScalableInstanceCount Scaling/Endpoint/TwoInstanceCount breaks 2 rules:",
        "[SM-MAX-REQUESTS-PER-SECOND] maxRequestsPerSecond 0 is not valid",
        "[SM-SAFETY-FACTOR] safetyFactor 1.5 is not valid");
    assertMessage(rejected(() -> count.scaleOnInvocations("Invocations",
            InvocationsScalingProps.builder().maxRequestsPerSecond(10).safetyFactor(0).build())),
        "[SM-SAFETY-FACTOR] safetyFactor 0 is not valid");
  }

  @Test
  void tokensAreLeftToCloudFormation() {
    Stack stack = new Stack(new App(), "Tokens");
    Model model = model(stack, "Model");
    CfnParameter instanceType = CfnParameter.Builder.create(stack, "InstanceType").defaultValue("ml.m5.large").build();
    CfnParameter count = CfnParameter.Builder.create(stack, "InstanceCount").type("Number").defaultValue(2).build();
    CfnParameter memory = CfnParameter.Builder.create(stack, "Memory").type("Number").defaultValue(2048).build();
    CfnParameter name = CfnParameter.Builder.create(stack, "EndpointName").defaultValue("churn").build();
    EndpointConfig config = new EndpointConfig(stack, "Config", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(InstanceProductionVariantProps.builder().variantName("AllTraffic").model(model)
            .instanceType(InstanceType.of(instanceType.getValueAsString()))
            .initialInstanceCount(count.getValueAsNumber()).build()))
        .build());
    Endpoint endpoint = new Endpoint(stack, "Endpoint", EndpointProps.builder()
        .endpointConfig(config).endpointName(name.getValueAsString()).build());
    endpoint.findInstanceProductionVariant("AllTraffic")
        .autoScaleInstanceCount(EnableScalingProps.builder().maxCapacity(count.getValueAsNumber()).build());
    new EndpointConfig(stack, "ServerlessConfig", EndpointConfigProps.builder()
        .serverlessProductionVariant(serverlessVariant("AllTraffic", model).memorySizeInMb(memory.getValueAsNumber()).build())
        .build());

    Template template = templates.of(stack);
    @SuppressWarnings("unchecked")
    Map<String, Object> variant = ((List<Map<String, Object>>) Cfn.properties(template,
        Cfn.logicalId(config, "EndpointConfig")).get("ProductionVariants")).get(0);
    assertEquals(Map.of("Ref", "InstanceType"), variant.get("InstanceType"));
    assertEquals(Map.of("Ref", "InstanceCount"), variant.get("InitialInstanceCount"));
    assertEquals(Map.of("Ref", "EndpointName"),
        Cfn.properties(template, Cfn.logicalId(endpoint, "Endpoint")).get("EndpointName"));
  }
}
