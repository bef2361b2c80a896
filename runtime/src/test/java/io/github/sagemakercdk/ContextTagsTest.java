package io.github.sagemakercdk;

import static io.github.sagemakercdk.ModelOptionsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ecr.Repository;
import software.constructs.Construct;

/** Stack-wide default tags from the {@code sagemaker-cdk:tags} context, and the context of ./cdk.json. */
class ContextTagsTest {
  private static final SynthesizedTemplates templates = new SynthesizedTemplates(ContextTagsTest.class);

  @TempDir Path outdir;

  @AfterAll
  static void lint() throws Exception {
    templates.lint();
  }

  /** A model stack whose own tags (as {@code @SageMakerModel(tags = ...)} writes them) set "team". */
  private static final class Tagged implements ModelStackFactory {
    @Override
    public String stackId() {
      return "TaggedStack";
    }

    @Override
    public Stack create(Construct scope, String id) {
      Stack stack = new Stack(scope, id);
      Tags.of(stack).add("team", "churn");
      new Model(stack, "Model", ModelProps.builder().containers(List.of(ContainerDefinition.builder()
          .image(ContainerImage.fromEcrRepository(Repository.fromRepositoryName(stack, "Repository", "xgboost"), "1.7-1"))
          .build())).build());
      return stack;
    }
  }

  private void synthesize(Map<String, Object> context) {
    SageMakerApp.synthesize(List.of(new Tagged()), outdir.toString(),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), context);
  }

  @Test
  void contextTagsReachEveryTaggableResourceAndTheModelsOwnTagsWin() throws IOException {
    synthesize(Map.of(ContextTags.CONTEXT_KEY, Map.of("team", "platform", "cost-center", "ml")));

    Path file = outdir.resolve("TaggedStack.template.json");
    templates.keep(file);
    Template template = Template.fromString(Files.readString(file));
    List<Map<String, String>> tags = List.of(Map.of("Key", "cost-center", "Value", "ml"),
        Map.of("Key", "team", "Value", "churn"));
    for (String type : List.of("AWS::SageMaker::Model", "AWS::IAM::Role")) {
      Map<String, Map<String, Object>> resources = template.findResources(type);
      assertEquals(1, resources.size(), type);
      @SuppressWarnings("unchecked")
      Map<String, Object> properties = (Map<String, Object>) resources.values().iterator().next().get("Properties");
      assertEquals(tags, properties.get("Tags"), type);
    }
  }

  @Test
  void contextTagsFollowTheTagRules() {
    IllegalArgumentException reserved = assertThrows(IllegalArgumentException.class,
        () -> synthesize(Map.of(ContextTags.CONTEXT_KEY, Map.of("aws:owner", "x"))));
    assertMessage(reserved, "Context sagemaker-cdk:tags: [SM-TAG-RESERVED-KEY] tag key \"aws:owner\"");
    IllegalArgumentException notAnObject = assertThrows(IllegalArgumentException.class,
        () -> synthesize(Map.of(ContextTags.CONTEXT_KEY, "team=churn")));
    assertMessage(notAnObject, "[SM-CONTEXT-TAGS] context sagemaker-cdk:tags is not valid: it is not a JSON object");
    IllegalArgumentException notAString = assertThrows(IllegalArgumentException.class,
        () -> synthesize(Map.of(ContextTags.CONTEXT_KEY, Map.of("size", 3))));
    assertMessage(notAString, "[SM-CONTEXT-TAGS]", "the value of size is not a string");
  }

  @Test
  void withoutTheCliTheAppReadsTheContextOfCdkJson(@TempDir Path project) throws IOException {
    Files.writeString(project.resolve("cdk.json"),
        "{\"app\": \"mvn package\", \"context\": {\"sagemaker-cdk:tags\": {\"team\": \"churn\"}, \"flag\": true}}");
    Map<String, Object> context = CdkJsonContext.read(project, name -> null);
    assertEquals(Map.of("sagemaker-cdk:tags", Map.of("team", "churn"), "flag", true), context);
    assertEquals(Map.of(), CdkJsonContext.read(project, name -> name.equals("CDK_CONTEXT_JSON") ? "{}" : null),
        "the CLI passes the context itself");
    assertEquals(Map.of(), CdkJsonContext.read(project.resolve("none"), name -> null), "no cdk.json: no context");
  }
}
