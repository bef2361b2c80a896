package io.github.sagemakercdk.benchmarks.synth;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Stack;
import software.constructs.Construct;

/**
 * One measured run, in its own JVM as users run {@code cdk synth}: an app with one stack of {@code n} models
 * written one way, synthesized into {@code outdir}. Usage: {@code SynthWorkload MODEL|HAND_WRITTEN n outdir}.
 */
public final class SynthWorkload {
  static final String STACK_ID = "SynthBenchmarkStack";

  private SynthWorkload() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: SynthWorkload MODEL|HAND_WRITTEN <models> <outdir>");
    }
    SynthVariant variant = SynthVariant.valueOf(args[0]);
    int models = Integer.parseInt(args[1]);
    App app = new App(AppProps.builder().outdir(args[2]).build());
    buildStack(app, variant, models);
    app.synth();
  }

  /** The benchmark's stack: models 1..n, each under its own scope {@code M<i>}. */
  static Stack buildStack(App app, SynthVariant variant, int models) {
    Stack stack = new Stack(app, STACK_ID);
    for (int i = 1; i <= models; i++) {
      variant.build(new Construct(stack, "M" + i), ModelFixture.of(i));
    }
    return stack;
  }
}
