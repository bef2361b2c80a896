package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.AnnotationValues.decimal;
import static io.github.sagemakercdk.processor.AnnotationValues.integer;
import static io.github.sagemakercdk.processor.AnnotationValues.string;
import static io.github.sagemakercdk.processor.AnnotationValues.written;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * Reads the {@code @ShadowVariant} of a class and, through its class literal, the shadow model's own annotations
 * ({@link ModelReader}), whether that class is compiled now or comes from the classpath. It judges nothing.
 */
final class ShadowVariantReader {
  private final ModelReader models;

  ShadowVariantReader(ModelReader models) {
    this.models = models;
  }

  /**
   * The class's {@code @ShadowVariant}, or empty. A class literal the compiler could not resolve (it reports why),
   * and the shadow class's own unreadable values, go to {@code unreadable}: a later round may resolve them.
   */
  Optional<ShadowVariantDeclaration> read(TypeElement type, List<Site> unreadable) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (!AnnotationNames.of(mirror).equals(AnnotationNames.SHADOW_VARIANT)) {
        continue;
      }
      Site site = Site.of(type, AnnotationRef.SHADOW_VARIANT, mirror);
      AnnotationValue value = written(mirror, "model");
      Site modelSite = site.attribute("model", value);
      ModelDeclaration model = null;
      if (value != null && value.getValue() instanceof DeclaredType declared
          && declared.getKind() == TypeKind.DECLARED && declared.asElement() instanceof TypeElement shadow) {
        model = models.read(shadow);
        unreadable.addAll(model.unreadable());
      } else {
        // Missing (the compiler has said so) or not resolved (likewise).
        unreadable.add(modelSite);
      }
      return Optional.of(new ShadowVariantDeclaration(site, modelSite, model,
          string(site, "variantName", unreadable),
          string(site, "instanceType", unreadable),
          integer(site, "initialInstanceCount", unreadable),
          decimal(site, "samplingWeight", unreadable)));
    }
    return Optional.empty();
  }
}
