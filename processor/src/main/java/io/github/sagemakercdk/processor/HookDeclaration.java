package io.github.sagemakercdk.processor;

import javax.lang.model.element.ExecutableElement;

/**
 * A method annotated with {@code @CustomizeStack}, as written.
 *
 * @param method the method
 * @param site the method as the place of its problems
 */
record HookDeclaration(ExecutableElement method, Site site) {

  String name() {
    return method.getSimpleName().toString();
  }
}
