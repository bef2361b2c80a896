package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.CapacitySizeSpec;
import io.github.sagemakercdk.rules.DeploymentRules;
import io.github.sagemakercdk.rules.DeploymentSpec;
import io.github.sagemakercdk.rules.Location;
import io.github.sagemakercdk.rules.Rule;
import io.github.sagemakercdk.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Checks the guarded deployment annotations of a class, each problem at its value (SageMaker's ranges from the
 * rules module, mapped back through the violations' {@link Location}), and plans the one of a valid class. What
 * only the annotations can get wrong: a deployment without a real-time endpoint.
 */
final class DeploymentValidator {
  /**
   * The report on the class's deployment beside {@code endpoint} (null when the class has none), with its plan when
   * it has a deployment annotation and no problems.
   */
  ValidationReport<DeploymentPlan> validate(TypeElement type, List<DeploymentDeclaration> deployments,
      EndpointDeclaration endpoint) {
    ValidationReport.Builder report = ValidationReport.about(type);
    for (DeploymentDeclaration excess : deployments.subList(Math.min(1, deployments.size()), deployments.size())) {
      report.error(excess.site(), Rule.DEPLOYMENT_POLICIES_BOTH.violation(
          Location.model(Location.Attribute.DEPLOYMENT_POLICY)).toString());
    }
    EndpointDeclaration.Instance instance = endpoint instanceof EndpointDeclaration.Instance i ? i : null;
    for (DeploymentDeclaration deployment : deployments) {
      if (instance == null) {
        String annotation = deployment.site().annotation().kind().simpleName();
        report.error(deployment.site(), Problem.DEPLOYMENT_WITHOUT_REALTIME_ENDPOINT.message(annotation,
            endpoint == null ? "no endpoint" : "@" + endpoint.site().annotation().kind().simpleName(), annotation));
        continue;
      }
      Integer count = instance.autoScaling().isEmpty() ? instance.initialInstanceCount().value() : null;
      List<Violation> violations = new ArrayList<>(DeploymentRules.validate(spec(deployment), count));
      violations.addAll(DeploymentRules.hosting(deployment.rolling(), 1, 0,
          List.of(instance.instanceType().value())));
      for (Violation violation : violations) {
        report.error(site(deployment, violation.location()), violation.toString());
      }
    }
    return report.build(() -> deployments.isEmpty() ? null : plan(deployments.get(0)));
  }

  private static DeploymentSpec spec(DeploymentDeclaration deployment) {
    String type = deployment.sizeType().value();
    return new DeploymentSpec(!deployment.rolling(), deployment.rolling(),
        deployment.rolling() ? null : deployment.trafficRouting().value(),
        deployment.waitIntervalInSeconds().value(),
        size(type, deployment.canarySize().value()),
        size(type, deployment.linearStepSize().value()),
        deployment.rolling() ? new CapacitySizeSpec(type, deployment.maximumBatchSize().value()) : null,
        size(type, deployment.rollbackMaximumBatchSize().value()),
        optional(deployment.maximumExecutionTimeoutInSeconds().value()),
        deployment.rolling() ? null : deployment.terminationWaitInSeconds().value(),
        deployment.rollbackAlarms().values());
  }

  /** A size given (not 0), or null. */
  private static CapacitySizeSpec size(String type, int value) {
    return value == 0 ? null : new CapacitySizeSpec(type, value);
  }

  private static Integer optional(int value) {
    return value == 0 ? null : value;
  }

  private static Site site(DeploymentDeclaration deployment, Location at) {
    return switch (at.attribute()) {
      case TRAFFIC_ROUTING -> deployment.trafficRouting().site();
      case WAIT_INTERVAL -> deployment.waitIntervalInSeconds().site();
      case CANARY_SIZE -> deployment.canarySize().site();
      case LINEAR_STEP_SIZE -> deployment.linearStepSize().site();
      case MAXIMUM_BATCH_SIZE -> deployment.maximumBatchSize().site();
      case ROLLBACK_MAXIMUM_BATCH_SIZE -> deployment.rollbackMaximumBatchSize().site();
      case MAXIMUM_EXECUTION_TIMEOUT -> deployment.maximumExecutionTimeoutInSeconds().site();
      case TERMINATION_WAIT -> deployment.terminationWaitInSeconds().site();
      case ROLLBACK_ALARMS -> at.entry() >= 0 && at.entry() < deployment.rollbackAlarms().entries().size()
          ? deployment.rollbackAlarms().entries().get(at.entry()).site()
          : deployment.rollbackAlarms().site();
      default -> deployment.site();
    };
  }

  private static DeploymentPlan plan(DeploymentDeclaration deployment) {
    if (deployment.rolling()) {
      return new DeploymentPlan(true, null, deployment.waitIntervalInSeconds().value(),
          deployment.maximumBatchSize().value(), optional(deployment.rollbackMaximumBatchSize().value()),
          deployment.sizeType().value(), optional(deployment.maximumExecutionTimeoutInSeconds().value()), null,
          deployment.rollbackAlarms().values());
    }
    String routing = deployment.trafficRouting().value();
    Integer size = routing.equals("CANARY") ? Integer.valueOf(deployment.canarySize().value())
        : routing.equals("LINEAR") ? Integer.valueOf(deployment.linearStepSize().value()) : null;
    return new DeploymentPlan(false, routing, deployment.waitIntervalInSeconds().value(), size, null,
        deployment.sizeType().value(), optional(deployment.maximumExecutionTimeoutInSeconds().value()),
        optional(deployment.terminationWaitInSeconds().value()), deployment.rollbackAlarms().values());
  }
}
