package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;
import static io.github.sagemakercdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Model classes named like the types the generated code uses still give stacks that compile. */
class NameClashTest {

  @Test
  void classesNamedLikeRuntimeAndCdkTypes() {
    Compilation compilation = Compilations.compile(
        source("com.acme.Model", "package com.acme;", IMPORTS,
            "@SageMakerModel", "@Container(image = \"ecr:first:1\")", "public class Model {}"),
        source("com.acme.Stack", "package com.acme;", IMPORTS,
            "@SageMakerModel", "@Container(image = \"ecr:first:1\")", "public class Stack {}"),
        source("com.acme.Factory", "package com.acme;", IMPORTS,
            "@SageMakerModel", "@Container(image = \"ecr:first:1\")", "public class Factory {}"),
        source("com.acme.List", "package com.acme;", "public class List {}"),
        source("com.acme.Repository", "package com.acme;", "public class Repository {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFile("com.acme.ModelStack")).isPresent();
    assertThat(compilation.generatedSourceFile("com.acme.StackStack")).isPresent();
    assertThat(compilation.generatedSourceFile("com.acme.FactoryStack")).isPresent();
  }
}
