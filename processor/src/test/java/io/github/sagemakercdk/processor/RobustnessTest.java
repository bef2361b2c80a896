package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;
import static io.github.sagemakercdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor behind a wrapped environment (as Gradle and IDEs hand it over), and failing where it must not
 * crash the compiler.
 */
class RobustnessTest {

  private static final JavaFileObject VALID = source("test.Valid",
      "package test;",
      IMPORTS,
      "@SageMakerModel",
      "@Container(image = \"ecr:first:1\")",
      "public class Valid {}");

  /** Hands the processor a dynamic proxy of the compiler's environment, optionally with a Filer that fails. */
  private static final class WrappingProcessor extends AbstractProcessor {
    private final SageMakerProcessor processor;
    private final boolean brokenFiler;

    WrappingProcessor(SageMakerProcessor processor, boolean brokenFiler) {
      this.processor = processor;
      this.brokenFiler = brokenFiler;
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
      super.init(environment);
      processor.init(proxy(ProcessingEnvironment.class, environment, (target, method, args) ->
          brokenFiler && method.getName().equals("getFiler")
              ? proxy(Filer.class, environment.getFiler(), (filer, filerMethod, filerArgs) -> {
                  throw new IllegalStateException("disk on fire");
                })
              : method.invoke(environment, args)));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return processor.process(annotations, round);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return processor.getSupportedOptions();
    }

    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
      InvocationHandler unwrapping = (p, method, args) -> {
        try {
          return handler.invoke(p, method, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      };
      return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, unwrapping));
    }
  }

  private static Compilation compileWrapped(boolean brokenFiler, JavaFileObject... sources) {
    return javac()
        .withProcessors(new WrappingProcessor(new SageMakerProcessor(), brokenFiler))
        .withOptions(TestProject.option(), "-proc:only")
        .compile(sources);
  }

  @Test
  void anUnexpectedFailureIsOneClearErrorOnTheClass() {
    Compilation compilation = compileWrapped(true, VALID);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[SM-INTERNAL-ERROR] internal error in sagemaker-cdk processor, please report:"
            + " java.lang.IllegalStateException: disk on fire (at io.github.sagemakercdk.processor.")
        .inFile(VALID)
        .onLineContaining("public class Valid");
  }

  @Test
  void behindAWrappedEnvironmentErrorsStillLandOnTheValue() {
    JavaFileObject pipeline = source("test.Pipeline",
        "package test;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:first:1\")",
        "@Container(image = \"ecr:Second:1\")",
        "public class Pipeline {}");
    Compilation compilation = compileWrapped(false, pipeline);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[SM-ECR-REPOSITORY-NAME]").inFile(pipeline)
        .onLineContaining("ecr:Second:1");
  }

  @Test
  void theEnvironmentBehindAProxyIsFound() {
    ProcessingEnvironment[] seen = new ProcessingEnvironment[2];
    Compilation compilation = javac().withProcessors(new AbstractProcessor() {
      @Override
      public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        ProcessingEnvironment wrapped = (ProcessingEnvironment) Proxy.newProxyInstance(
            ProcessingEnvironment.class.getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
            (p, method, args) -> method.invoke(environment, args));
        seen[0] = environment;
        seen[1] = wrapped;
      }

      @Override
      public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
      }

      @Override
      public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return false;
      }
    }).compile(VALID);
    assertThat(compilation).succeeded();
    assertThat(EnvironmentUnwrapper.candidates(seen[1])).containsExactly(seen[1], seen[0]).inOrder();
  }

  @Test
  void supportsTheLatestSourceVersionAndTheProjectDirOption() {
    SageMakerProcessor processor = new SageMakerProcessor();
    assertThat(processor.getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
    assertThat(processor.getSupportedOptions()).containsExactly("sagemaker.projectDir");
    assertThat(processor.getSupportedAnnotationTypes()).containsExactly(
        "io.github.sagemakercdk.annotations.SageMakerModel",
        "io.github.sagemakercdk.annotations.Container",
        "io.github.sagemakercdk.annotations.Containers",
        "io.github.sagemakercdk.annotations.Endpoint",
        "io.github.sagemakercdk.annotations.RealtimeEndpoint",
        "io.github.sagemakercdk.annotations.ServerlessEndpoint",
        "io.github.sagemakercdk.annotations.DataCapture",
        "io.github.sagemakercdk.annotations.ShadowVariant",
        "io.github.sagemakercdk.annotations.CustomizeStack",
        "io.github.sagemakercdk.annotations.AsyncEndpoint",
        "io.github.sagemakercdk.annotations.BlueGreenDeployment",
        "io.github.sagemakercdk.annotations.RollingDeployment",
        "io.github.sagemakercdk.annotations.InferenceComponentEndpoint",
        "io.github.sagemakercdk.annotations.InferenceComponent");
  }
}
