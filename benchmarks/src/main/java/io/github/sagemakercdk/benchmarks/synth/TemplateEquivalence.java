package io.github.sagemakercdk.benchmarks.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/**
 * Checks, before anything is timed, that both variants give the same resources for {@code n} models: same
 * container properties, same role, same IAM statements, same DependsOn (see {@link CanonicalTemplate}), and
 * that both templates pass cfn-lint. Exits with 1 and the first difference otherwise, which stops the benchmark:
 * a faster floor that builds something else would prove nothing. Usage: {@code TemplateEquivalence n outdir}.
 */
public final class TemplateEquivalence {
  private TemplateEquivalence() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int models = Integer.parseInt(args[0]);
    Path outdir = Path.of(args[1]);
    List<Path> templates = new ArrayList<>();
    List<Map<String, Object>> canonical = new ArrayList<>();
    for (SynthVariant variant : SynthVariant.values()) {
      Path variantOut = outdir.resolve(variant.name());
      App app = new App(AppProps.builder().outdir(variantOut.toString()).build());
      Stack stack = SynthWorkload.buildStack(app, variant, models);
      app.synth();
      templates.add(variantOut.resolve(stack.getTemplateFile()));
      Map<String, Object> template = Template.fromStack(stack).toJSON();
      Map<String, Object> form = CanonicalTemplate.of(template);
      checkShape(variant, form, models);
      canonical.add(form);
    }
    String difference = CanonicalTemplate.firstDifference(
        canonical.get(0), SynthVariant.MODEL.label(), canonical.get(1), SynthVariant.HAND_WRITTEN.label());
    if (difference != null) {
      System.err.println("The two variants do not build the same resources, so comparing their times would mean"
          + " nothing. First difference, at " + difference);
      System.exit(1);
    }
    lint(templates);
    System.out.println("equivalent: " + models + " models, " + canonical.get(0).size() + " resources each; "
        + "cfn-lint clean");
  }

  /** Guards the comparison itself: every model is there with two containers and a policy. */
  private static void checkShape(SynthVariant variant, Map<String, Object> form, int models) {
    for (int i = 1; i <= models; i++) {
      String name = ModelFixture.of(i).modelName();
      Object model = form.get("Model[" + name + "]");
      if (model == null || !form.containsKey("Role[" + name + "]") || !form.containsKey("Policy[" + name + "]")) {
        throw new IllegalStateException(variant.label() + ": model " + name + " lacks its model, role or policy");
      }
      int containers = ModelFixture.of(i).containers().size();
      if (!(model instanceof Map<?, ?> shape && shape.get("Properties") instanceof Map<?, ?> properties
          && properties.get("Containers") instanceof List<?> list && list.size() == containers)) {
        throw new IllegalStateException(variant.label() + ": model " + name + " does not have its " + containers
            + " containers: " + model);
      }
    }
  }

  private static void lint(List<Path> templates) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("cfn-lint", "--"));
    templates.forEach(template -> command.add(template.toString()));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IOException("cfn-lint is not on PATH; install it with: pip install cfn-lint", e);
    }
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      System.err.println("cfn-lint reports problems in the benchmark's templates:\n" + output);
      System.exit(1);
    }
  }
}
