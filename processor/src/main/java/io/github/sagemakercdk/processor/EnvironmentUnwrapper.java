package io.github.sagemakercdk.processor;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Finds the compiler's own environment behind wrappers. Gradle's incremental processing and IDEs hand
 * processors a wrapper (a delegating class or a dynamic proxy), and javac's {@code Trees.instance} accepts
 * only javac's own environment. Best effort: when nothing is found, the portable path is taken.
 */
final class EnvironmentUnwrapper {
  private static final int MAX_DEPTH = 4;

  private EnvironmentUnwrapper() {}

  /** The environment itself first, then every environment found behind it, nearest first. */
  static List<ProcessingEnvironment> candidates(ProcessingEnvironment environment) {
    Set<ProcessingEnvironment> found = new LinkedHashSet<>();
    collect(environment, 0, found);
    return new ArrayList<>(found);
  }

  private static void collect(Object wrapper, int depth, Set<ProcessingEnvironment> found) {
    if (wrapper instanceof ProcessingEnvironment environment && !found.add(environment)) {
      return;
    }
    if (depth >= MAX_DEPTH) {
      return;
    }
    Object holder = Proxy.isProxyClass(wrapper.getClass()) ? Proxy.getInvocationHandler(wrapper) : wrapper;
    for (Class<?> type = holder.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
          continue;
        }
        Object value = read(field, holder);
        // Handlers may delegate to further handlers before reaching the environment.
        if (value instanceof ProcessingEnvironment || value instanceof InvocationHandler) {
          collect(value, depth + 1, found);
        }
      }
    }
  }

  private static Object read(Field field, Object holder) {
    try {
      field.setAccessible(true);
      return field.get(holder);
    } catch (RuntimeException | IllegalAccessException inaccessible) {
      // A module that does not open the wrapper's package: not this one.
      return null;
    }
  }
}
