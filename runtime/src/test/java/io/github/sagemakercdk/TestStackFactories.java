package io.github.sagemakercdk;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecr.Repository;
import software.constructs.Construct;

/** Stack factories for SageMakerAppTest, registered in src/test/resources/META-INF/services. */
final class TestStackFactories {
  private TestStackFactories() {}

  /** Registered first, but its id sorts last. */
  public static final class Scoring implements ModelStackFactory {
    @Override
    public String stackId() {
      return "ScoringStack";
    }

    @Override
    public Stack create(Construct scope, String id) {
      Stack stack = new Stack(scope, id);
      new Model(stack, "Model", ModelProps.builder().containers(List.of(ContainerDefinition.builder()
              .image(ContainerImage.fromEcrRepository(Repository.fromRepositoryName(stack, "Repository", "scoring"), "3.1"))
              .environment(Map.of("THREADS", "4", "MODE", "batch", "LOG_LEVEL", "info"))
              .build()))
          .build());
      return stack;
    }
  }

  public static final class Churn implements ModelStackFactory {
    @Override
    public String stackId() {
      return "ChurnStack";
    }

    @Override
    public Stack create(Construct scope, String id) {
      Stack stack = new Stack(scope, id);
      new Model(stack, "Model", ModelProps.builder()
          .containers(LeastPrivilegeTest.pipeline(stack))
          .modelName("churn-pipeline")
          .build());
      return stack;
    }
  }

  /** Not registered: a second factory with Churn's id. */
  public static final class ChurnAgain implements ModelStackFactory {
    @Override
    public String stackId() {
      return "ChurnStack";
    }

    @Override
    public Stack create(Construct scope, String id) {
      return new Stack(scope, id);
    }
  }
}
