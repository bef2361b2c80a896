package io.github.sagemakercdk.processor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The stack ids of the models of this compile: the one app that synthesizes all of them cannot hold two stacks with
 * one id (for example {@code com.a.Churn} and {@code com.b.Churn}, both {@code ChurnStack}). It joins the reports of
 * a class's validators, with its own check of the class's id, into the one report that decides whether the class's
 * stack is written.
 */
final class StackIds {
  /**
   * CloudFormation's stack names (CDK checks the id against it when the stack is built, so at synth time): a Java
   * class name with '_', '$' or a non-ASCII letter gives an id that compiles but never synthesizes.
   */
  private static final Pattern STACK_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*$");

  private final Map<String, String> ownerById = new HashMap<>();

  /** The validators' reports on the class, in order, and the problems of its stack id after them. */
  ValidationReport<Void> join(ModelDeclaration model, List<ValidationReport<?>> reports) {
    return join(model, null, reports);
  }

  /**
   * The same for a class that may be a host of inference components ({@code hostSite}, its
   * {@code @InferenceComponentEndpoint}, or null): a host's stack takes an id like a model's.
   */
  ValidationReport<Void> join(ModelDeclaration model, Site hostSite, List<ValidationReport<?>> reports) {
    ValidationReport.Builder joined = ValidationReport.about(model.type());
    for (ValidationReport<?> report : reports) {
      if (!report.subject().equals(model.type())) {
        throw new IllegalArgumentException("a report on " + report.subject() + " joined to " + model.type());
      }
      joined.add(report);
    }
    Site stackSite = model.hasModelAnnotation() ? model.modelSite() : hostSite;
    if (stackSite != null) {
      String className = model.type().getQualifiedName().toString();
      String stackId = StackPlan.stackClassName(model.type());
      String owner = ownerById.putIfAbsent(stackId, className);
      if (owner != null && !owner.equals(className)) {
        joined.error(stackSite, Problem.STACK_ID_DUPLICATE.message(className, stackId, owner));
      }
      if (!STACK_NAME.matcher(stackId).matches()) {
        joined.error(stackSite, Problem.STACK_ID_INVALID.message(className, stackId));
      }
    }
    return joined.build();
  }
}
