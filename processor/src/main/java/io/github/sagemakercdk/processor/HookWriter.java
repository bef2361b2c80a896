package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.StringLiterals.literal;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Writes the calls of the {@code @CustomizeStack} methods, {@code ChurnScorer.latencyAlarm(this);}, in declaration
 * order, for the end of the stack's constructor (once everything the stack builds exists). For a class without
 * such methods it writes nothing, so its stack stays exactly as it was.
 */
final class HookWriter {

  private HookWriter() {}

  static CodeBlock calls(TypeElement origin, Hooks hooks) {
    CodeBlock.Builder code = CodeBlock.builder();
    // In the stack, such a simple name means one of its member types: name the class by its qualified name
    // (HookValidator rejects such a class in the unnamed package, where it has none).
    boolean shadowed = HookValidator.NAMES_OF_STACK_MEMBERS.contains(origin.getSimpleName().toString());
    for (String hook : hooks.methods()) {
      if (shadowed) {
        code.addStatement("$L.$N(this)", origin.getQualifiedName(), hook);
      } else {
        code.addStatement("$T.$N(this)", ClassName.get(origin), hook);
      }
    }
    return code.build();
  }

  /**
   * For the constructor: {@code @SuppressWarnings} of what calling the methods warns of (a deprecated class or
   * method), since generated code compiles without warnings; none when the calls warn of nothing.
   */
  static List<AnnotationSpec> annotations(Hooks hooks) {
    if (hooks.suppressed().isEmpty()) {
      return List.of();
    }
    CodeBlock names = hooks.suppressed().size() == 1
        ? CodeBlock.of("$L", literal(hooks.suppressed().get(0)))
        : CodeBlock.of("{$L}", hooks.suppressed().stream().map(name -> CodeBlock.of("$L", literal(name)))
            .collect(CodeBlock.joining(", ")));
    return List.of(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", names).build());
  }
}
