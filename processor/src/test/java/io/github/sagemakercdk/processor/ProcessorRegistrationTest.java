package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
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
}
