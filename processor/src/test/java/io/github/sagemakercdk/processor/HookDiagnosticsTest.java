package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.BothCompilers.Expected.at;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @CustomizeStack}: one test per diagnostic and per way a method can miss the one shape the stack calls, each
 * error on the method's name (line and column), under javac and under ecj, with the signature to write.
 */
class HookDiagnosticsTest {
  /** The line every method below stands on, in {@link #model}. */
  private static final int METHOD_LINE = 8;
  private static final String SIGNATURE = "declare it as: static void tune(ScorerStack stack)";

  @TempDir
  Path temp;

  /** A valid served model whose class holds the given method, annotated, on line {@value #METHOD_LINE}. */
  private static BothCompilers.Sources model(String method) {
    return compilation -> compilation.write("com.acme.Scorer",
        "package com.acme;",
        IMPORTS,
        "@SageMakerModel",
        "@Container(image = \"ecr:scorer:1\")",
        "@RealtimeEndpoint",
        "public class Scorer {",
        "  @CustomizeStack",
        "  " + method,
        "}");
  }

  /** The column of the method's name: where both compilers put an error on a method. */
  private static int nameColumn(String method) {
    return 2 + method.indexOf("tune(") + 1;
  }

  private void assertSignatureError(String method, String whatIsWrong) throws IOException {
    BothCompilers.assertErrors(temp, model(method), at("[SM-HOOK-SIGNATURE]", METHOD_LINE, nameColumn(method),
        "@CustomizeStack method tune of com.acme.Scorer " + whatIsWrong + ", but the generated ScorerStack calls it",
        SIGNATURE));
  }

  @Test
  void privateMethod() throws IOException {
    assertSignatureError("private static void tune(ScorerStack stack) {}", "is private");
  }

  @Test
  void instanceMethod() throws IOException {
    assertSignatureError("void tune(ScorerStack stack) {}", "is not static");
  }

  @Test
  void returnsAValue() throws IOException {
    assertSignatureError("static boolean tune(ScorerStack stack) { return true; }", "returns boolean");
  }

  @Test
  void typeParameters() throws IOException {
    assertSignatureError("static <T, U> void tune(ScorerStack stack) {}", "declares the type parameters <T, U>");
  }

  @Test
  void noParameter() throws IOException {
    assertSignatureError("static void tune() {}", "takes no parameter");
  }

  @Test
  void twoParameters() throws IOException {
    assertSignatureError("static void tune(ScorerStack stack, String id) {}", "takes 2 parameters");
  }

  @Test
  void parameterOfAnotherType() throws IOException {
    assertSignatureError("static void tune(Object stack) {}", "takes a java.lang.Object");
  }

  /** A real supertype of the stack is still not the stack: the stack passes itself, typed as itself. */
  @Test
  void parameterOfTheStacksSupertype() throws IOException {
    assertSignatureError("static void tune(software.amazon.awscdk.Stack stack) {}",
        "takes a software.amazon.awscdk.Stack");
  }

  /** Before generation the stack is known by name only: a misspelt one is not taken for it. */
  @Test
  void parameterNamingAnotherMissingType() throws IOException {
    assertSignatureError("static void tune(ScoreStack stack) {}", "takes a ScoreStack");
  }

  @Test
  void parameterOfTheStacksNameInAnotherPackage() throws IOException {
    assertSignatureError("static void tune(org.other.ScorerStack stack) {}", "takes a org.other.ScorerStack");
  }

  @Test
  void checkedException() throws IOException {
    assertSignatureError("static void tune(ScorerStack stack) throws java.io.IOException {}",
        "throws the checked exception java.io.IOException");
  }

  @Test
  void checkedExceptionsAmongUncheckedOnes() throws IOException {
    assertSignatureError(
        "static void tune(ScorerStack stack) throws IllegalStateException, Exception, AssertionError, Throwable {}",
        "throws the checked exceptions java.lang.Exception, java.lang.Throwable");
  }

  /** Every problem of a method in one message, so that one fix makes it right. */
  @Test
  void everythingWrongAtOnce() throws IOException {
    assertSignatureError("private <T> int tune(String a, int b) throws Exception { return 0; }",
        "is private, is not static, returns int, declares the type parameters <T>, takes 2 parameters"
            + " and throws the checked exception java.lang.Exception");
  }

  /** Each method is checked, each error on its own method, and no stack is generated. */
  @Test
  void everyMethodIsChecked() throws IOException {
    BothCompilers.assertErrors(temp, compilation -> compilation.write("com.acme.Scorer",
            "package com.acme;",
            IMPORTS,
            "@SageMakerModel",
            "@Container(image = \"ecr:scorer:1\")",
            "public class Scorer {",
            "  @CustomizeStack static void fine(ScorerStack stack) {}",
            "  @CustomizeStack",
            "  static int counted(ScorerStack stack) { return 1; }",
            "  @CustomizeStack",
            "  private static void hidden(ScorerStack stack) {}",
            "}"),
        at("[SM-HOOK-SIGNATURE] @CustomizeStack method counted", 8, 14, "returns int",
            "static void counted(ScorerStack stack)"),
        at("[SM-HOOK-SIGNATURE] @CustomizeStack method hidden", 10, 23, "is private",
            "static void hidden(ScorerStack stack)"));
  }

  @Test
  void methodOfAClassWithoutModel() throws IOException {
    BothCompilers.assertErrors(temp, compilation -> compilation.write("com.acme.Helpers",
            "package com.acme;",
            IMPORTS,
            "public class Helpers {",
            "  @CustomizeStack",
            "  static void tune(ScorerStack stack) {}",
            "}"),
        at("[SM-HOOK-WITHOUT-MODEL]", 5, 15,
            "@CustomizeStack method tune of com.acme.Helpers has no effect: only a class annotated with"
                + " @SageMakerModel gets a stack that calls such methods",
            "move the method into that class, or remove the @CustomizeStack"));
  }

  /** A nested class is a class of its own: the method belongs to it, not to the class around it. */
  @Test
  void methodOfANestedClass() throws IOException {
    BothCompilers.assertErrors(temp, compilation -> compilation.write("com.acme.Scorer",
            "package com.acme;",
            IMPORTS,
            "public class Scorer {",
            "  static class Alarms {",
            "",
            "    @CustomizeStack static void tune(ScorerStack stack) {}",
            "  }",
            "}"),
        at("[SM-HOOK-WITHOUT-MODEL]", 6, 33, "method tune of com.acme.Scorer.Alarms has no effect"));
  }

  /**
   * In the unnamed package a class named like a member type of the stack has no other name the stack could call it
   * by: an error, rather than a stack that does not compile.
   */
  @Test
  void classOfTheUnnamedPackageNamedLikeAMemberTypeOfTheStack() throws IOException {
    BothCompilers.assertErrors(temp, compilation -> {
          compilation.write("Builder",
              IMPORTS,
              "@SageMakerModel",
              "@Container(image = \"ecr:scorer:1\")",
              "public class Builder {",
              "  @CustomizeStack",
              "  static void tune(BuilderStack stack) {}",
              "}");
          compilation.write("Factory",
              IMPORTS,
              "@SageMakerModel",
              "@Container(image = \"ecr:scorer:1\")",
              "public class Factory {",
              "  @CustomizeStack static void tune(FactoryStack stack) {}",
              "}");
        },
        at("[SM-HOOK-CLASS-UNREACHABLE] the generated BuilderStack", 6, 15,
            "cannot call the @CustomizeStack method tune: in the unnamed package the simple name Builder",
            "means the stack's own nested BuilderStack.Builder; put the class in a package, or rename it"),
        at("[SM-HOOK-CLASS-UNREACHABLE] the generated FactoryStack", 5, 31, "FactoryStack.Factory"));
  }

  /** A hook's problem and the annotations' problems are reported together. */
  @Test
  void hookAndAnnotationProblemsTogether() throws IOException {
    BothCompilers.assertErrors(temp, compilation -> compilation.write("com.acme.Scorer",
            "package com.acme;",
            IMPORTS,
            "@SageMakerModel(name = \"bad_name\")",
            "@Container(image = \"ecr:scorer:1\")",
            "@RealtimeEndpoint(instanceType = \"ml.m5.larg\")",
            "public class Scorer {",
            "  @CustomizeStack void tune(ScorerStack stack) {}",
            "}"),
        // On a value javac points at the value, ecj at the attribute's name.
        new BothCompilers.Expected("[SM-MODEL-NAME]", 3, 24, 3, 17, List.of()),
        new BothCompilers.Expected("[SM-INSTANCE-TYPE]", 5, 34, 5, 19, List.of()),
        at("[SM-HOOK-SIGNATURE]", 7, 24, "is not static"));
  }
}
