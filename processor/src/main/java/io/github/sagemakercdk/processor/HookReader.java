package io.github.sagemakercdk.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Finds the {@code @CustomizeStack} methods of a class, in declaration order (the order the stack calls them in;
 * javac and Eclipse's compiler both list a source class's members in source order). Judges nothing.
 */
final class HookReader {

  List<HookDeclaration> read(TypeElement type) {
    List<HookDeclaration> hooks = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD && annotated(member)) {
        ExecutableElement method = (ExecutableElement) member;
        hooks.add(new HookDeclaration(method, Site.of(type, method, hooks.size())));
      }
    }
    return hooks;
  }

  private static boolean annotated(Element member) {
    for (AnnotationMirror mirror : member.getAnnotationMirrors()) {
      if (AnnotationNames.of(mirror).equals(AnnotationNames.CUSTOMIZE_STACK)) {
        return true;
      }
    }
    return false;
  }
}
