package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/** How builds find the processor: javac's ServiceLoader file (auto-service), Gradle's incremental declaration. */
class ProcessorRegistrationTest {

  @Test
  void registeredForServiceLoader() {
    List<String> processors = new ArrayList<>();
    ServiceLoader.load(Processor.class).forEach(p -> processors.add(p.getClass().getName()));
    assertThat(processors).contains(SageMakerProcessor.class.getName());
  }

  @Test
  void declaredAggregatingForGradleIncrementalBuilds() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(SageMakerProcessor.class.getName() + ",aggregating\n");
    }
  }

  /**
   * Aggregating, because the service file lists the stacks of all models at once; and Gradle lets an aggregating
   * processor read only annotations kept in class files, which it can then hand over without their sources.
   */
  @Test
  void everyAnnotationItReadsIsKeptInClassFilesAsGradleAsksOfAggregatingProcessors() throws ClassNotFoundException {
    Set<String> annotations = new SageMakerProcessor().getSupportedAnnotationTypes();
    assertThat(annotations).isNotEmpty();
    for (String name : annotations) {
      Retention retention = Class.forName(name).getAnnotation(Retention.class);
      assertWithMessage("retention of %s", name).that(retention).isNotNull();
      assertWithMessage("retention of %s", name).that(retention.value())
          .isAnyOf(RetentionPolicy.CLASS, RetentionPolicy.RUNTIME);
    }
  }
}
