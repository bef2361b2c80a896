package io.github.sagemakercdk;

import static io.github.sagemakercdk.ContainerImageTest.image;
import static io.github.sagemakercdk.ContainerImageTest.model;
import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;

/** ContainerImage.fromFramework: framework and built-in algorithm images from their registries by region. */
class FrameworkImageTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(FrameworkImageTest.class);
  private static final String PULL = "Allow ecr:BatchCheckLayerAvailability,ecr:GetDownloadUrlForLayer,ecr:BatchGetImage"
      + " on ";
  private static final String LOGIN = "Allow ecr:GetAuthorizationToken on *";
  private static final String XGBOOST_MAP = "ImageRegistryr8d08a6deMap";

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  private static Stack pinned(String id, String region) {
    return new Stack(new App(), id, StackProps.builder()
        .env(Environment.builder().account("123456789012").region(region).build()).build());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, String>> mapping(Template template, String id) {
    return (Map<String, Map<String, String>>) ((Map<String, Object>) template.toJSON().get("Mappings")).get(id);
  }

  private static List<String> statements(Template template, Model model) {
    return Cfn.statements(template, Cfn.logicalId(model.getRole(), "DefaultPolicy"));
  }

  @Test
  void xgboostInARegionAgnosticStackLooksItsRegistryUpByRegion() {
    Stack stack = new Stack(new App(), "XgboostAnyRegion");
    Model model = model(stack, ContainerImage.fromFramework("xgboost", "1.7-1"));

    Template template = templates.of(stack);
    String account = "<" + XGBOOST_MAP + "[<AWS::Region>].value>";
    assertEquals(account + ".dkr.ecr.<AWS::Region>.<AWS::URLSuffix>/sagemaker-xgboost:1.7-1", image(template, model, 0));
    Map<String, Map<String, String>> mapping = mapping(template, XGBOOST_MAP);
    assertEquals(Map.of("value", "683313688378"), mapping.get("us-east-1"));
    assertEquals(Map.of("value", "141502667606"), mapping.get("eu-west-1"));
    assertEquals(37, mapping.size(), "every region of the registry, without target partitions");
    assertEquals(mapping.keySet().stream().sorted().toList(), List.copyOf(mapping.keySet()), "sorted by region");
    assertEquals(LeastPrivilegeTest.withHosting(List.of(
            PULL + "arn:<AWS::Partition>:ecr:<AWS::Region>:" + account + ":repository/sagemaker-xgboost", LOGIN)),
        statements(template, model));
  }

  @Test
  void aKnownRegionGetsItsAccountAsALiteral() {
    Stack stack = pinned("XgboostUsEast1", "us-east-1");
    Model model = model(stack, ContainerImage.fromFramework("xgboost", "1.7-1"));

    Template template = templates.of(stack);
    assertEquals("683313688378.dkr.ecr.us-east-1.<AWS::URLSuffix>/sagemaker-xgboost:1.7-1", image(template, model, 0));
    assertEquals(null, template.toJSON().get("Mappings"));
    assertEquals(LeastPrivilegeTest.withHosting(LeastPrivilegeTest.hosting("us-east-1:123456789012"), List.of(
            PULL + "arn:<AWS::Partition>:ecr:us-east-1:683313688378:repository/sagemaker-xgboost", LOGIN)),
        statements(template, model));
  }

  @Test
  void theMappingHoldsOnlyTheTargetPartitionsRegions() {
    App app = new App(AppProps.builder()
        .context(Map.of("@aws-cdk/core:target-partitions", List.of("aws-cn"))).build());
    Stack stack = new Stack(app, "XgboostChina");
    model(stack, ContainerImage.fromFramework("sklearn", "1.2-1"), ContainerImage.fromFramework("xgboost", "1.7-1"));

    Template template = templates.of(stack);
    assertEquals(Map.of("cn-north-1", Map.of("value", "450853457545"), "cn-northwest-1", Map.of("value", "451049120500")),
        mapping(template, XGBOOST_MAP), "one mapping for the registry both images share");
    assertEquals(1, ((Map<?, ?>) template.toJSON().get("Mappings")).size());
  }

  @Test
  void targetPartitionsWithoutTheImageNameTheModelAndTheRule() {
    App app = new App(AppProps.builder()
        .context(Map.of("@aws-cdk/core:target-partitions", List.of("aws-iso-e"))).build());
    Stack stack = new Stack(app, "XgboostIsoE");
    assertMessage(assertThrows(IllegalArgumentException.class,
            () -> model(stack, ContainerImage.fromFramework("xgboost", "1.7-1"))),
        "Model XgboostIsoE/Model, container 1: ContainerImage.fromFramework(xgboost, 1.7-1): [SM-IMAGE-PARTITIONS] no"
            + " region of the partitions aws-iso-e (context @aws-cdk/core:target-partitions of cdk.json) publishes");
  }

  @Test
  void aPinnedRegionWithoutTheImageNamesTheModelAndTheRule() {
    Stack stack = pinned("XgboostSovereign", "eusc-de-east-1");
    assertMessage(assertThrows(IllegalArgumentException.class,
            () -> model(stack, ContainerImage.fromFramework("xgboost", "1.7-1"))),
        "Model XgboostSovereign/Model, container 1: ContainerImage.fromFramework(xgboost, 1.7-1):"
            + " [SM-FRAMEWORK-REGION] xgboost 1.7-1 is not published in region eusc-de-east-1: its registry serves"
            + " af-south-1, ap-east-1,");
  }

  @Test
  void deepLearningContainersTakeAProcessorAndPythonVersion() {
    Stack stack = pinned("Llm", "eu-central-1");
    Model model = model(stack,
        ContainerImage.fromFramework("pytorch", "2.6", FrameworkImageOptions.builder().processor("gpu").build()),
        ContainerImage.fromFramework("pytorch", "1.4.0",
            FrameworkImageOptions.builder().processor("cpu").pythonVersion("py36").build()),
        ContainerImage.fromFramework("huggingface-llm", "3.3.6"),
        ContainerImage.fromFramework("huggingface-tei", "1.8.2",
            FrameworkImageOptions.builder().processor("cpu").build()));

    Template template = templates.of(stack);
    String dlc = "763104351884.dkr.ecr.eu-central-1.<AWS::URLSuffix>/";
    assertEquals(dlc + "pytorch-inference:2.6.0-gpu-py312", image(template, model, 0));
    assertEquals(dlc + "pytorch-inference:1.4.0-cpu-py36", image(template, model, 1));
    assertEquals(dlc + "huggingface-pytorch-tgi-inference:2.7.0-tgi3.3.6-gpu-py311-cu124-ubuntu22.04",
        image(template, model, 2));
    assertEquals("492215442770.dkr.ecr.eu-central-1.<AWS::URLSuffix>/tei-cpu:2.0.1-tei1.8.2-cpu-py310-ubuntu22.04",
        image(template, model, 3));
    String ecr = "arn:<AWS::Partition>:ecr:eu-central-1:";
    assertEquals(LeastPrivilegeTest.withHosting(LeastPrivilegeTest.hosting("eu-central-1:123456789012"), List.of(
            PULL + ecr + "763104351884:repository/pytorch-inference", LOGIN,
            PULL + ecr + "763104351884:repository/huggingface-pytorch-tgi-inference",
            PULL + ecr + "492215442770:repository/tei-cpu")),
        statements(template, model), "the repository once, however many of its images the model runs");
  }

  @Test
  void unknownFrameworksVersionsAndOptionsAreRejectedWhenNamed() {
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ContainerImage.fromFramework("xgboost", "1.8-1")),
        "ContainerImage.fromFramework(xgboost, 1.8-1): [SM-FRAMEWORK-VERSION] xgboost has no version \"1.8-1\": the"
            + " known versions nearest it are 1.5-1, 1.7-1, 3.0-5, 3.2-0 (of 11)");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ContainerImage.fromFramework("torch", "2.6")),
        "[SM-FRAMEWORK-UNKNOWN] framework \"torch\" has no images");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ContainerImage.fromFramework("pytorch", "2.6")),
        "ContainerImage.fromFramework(pytorch, 2.6): [SM-FRAMEWORK-OPTION-MISSING] pytorch 2.6.0 has images for"
            + " more than one processor (cpu, gpu)");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ContainerImage.fromFramework("pytorch", "2.6",
            FrameworkImageOptions.builder().processor("gpu").pythonVersion("py39").build())),
        "ContainerImage.fromFramework(pytorch, 2.6, processor gpu, Python py39): [SM-FRAMEWORK-OPTION] pytorch"
            + " 2.6.0 has no Python version \"py39\": its images are for py312");
    assertMessage(assertThrows(IllegalArgumentException.class, () -> ContainerImage.fromFramework(null, "1")),
        "ContainerImage.fromFramework: give the framework and its version");
  }
}
