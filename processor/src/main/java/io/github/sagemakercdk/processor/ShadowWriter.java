package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.GeneratedTypes.INSTANCE_PRODUCTION_VARIANT_PROPS;
import static io.github.sagemakercdk.processor.GeneratedTypes.INSTANCE_TYPE;
import static io.github.sagemakercdk.processor.GeneratedTypes.MODEL;
import static io.github.sagemakercdk.processor.GeneratedTypes.TAGS;
import static io.github.sagemakercdk.processor.StringLiterals.literal;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes the shadow part of a stack: the shadow model, built by the same code as the served model (its own
 * containers, assets, role, placement and tags, under {@link ModelNames#SHADOW}), its field and getter, and the
 * endpoint config's {@code .shadowProductionVariant(...)}. Without a shadow it adds nothing.
 */
final class ShadowWriter {
  static final String FIELD = "shadowModel";

  private ShadowWriter() {}

  static void addMembers(TypeSpec.Builder type, ShadowPlan shadow) {
    if (shadow == null) {
      return;
    }
    // The stack is generated from the shadow's class too: a change to it must regenerate the stack.
    type.addOriginatingElement(shadow.model().origin())
        .addField(MODEL, FIELD, Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.methodBuilder("getShadowModel")
            .addModifiers(Modifier.PUBLIC)
            .returns(MODEL)
            .addStatement("return $L", FIELD)
            .build());
  }

  /** The shadow model's statements, after the served model's; empty without a shadow. */
  static CodeBlock construct(ShadowPlan shadow) {
    if (shadow == null) {
      return CodeBlock.of("");
    }
    CodeBlock.Builder code = CodeBlock.builder()
        .add(StackWriter.containers(shadow.model().containers(), ModelNames.SHADOW))
        .addStatement("this.$L = $L", FIELD, StackWriter.model(shadow.model(), ModelNames.SHADOW));
    for (SettingsPlan.Tag tag : shadow.model().settings().tags()) {
      code.addStatement("$T.of($L).add($L, $L)", TAGS, FIELD, literal(tag.key()),
          literal(tag.value()));
    }
    return code.build();
  }

  /** {@code .shadowProductionVariant(...)} of the endpoint config's props; empty without a shadow. */
  static CodeBlock variantProperty(ShadowPlan shadow) {
    if (shadow == null) {
      return CodeBlock.of("");
    }
    return CodeBlock.builder()
        .add(".shadowProductionVariant($T.builder()\n", INSTANCE_PRODUCTION_VARIANT_PROPS).indent().indent()
        .add(".variantName($L)\n", literal(shadow.variantName()))
        .add(".model($L)\n", FIELD)
        .add(".instanceType($T.of($L))\n", INSTANCE_TYPE, literal(shadow.instanceType()))
        .add(".initialInstanceCount($L)\n", shadow.initialInstanceCount())
        .add(".initialVariantWeight($L)\n", EndpointWriter.number(shadow.samplingWeight()))
        .add(".build())\n").unindent().unindent()
        .build();
  }
}
