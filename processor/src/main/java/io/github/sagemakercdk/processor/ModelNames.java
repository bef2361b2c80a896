package io.github.sagemakercdk.processor;

/**
 * How the generated code names the locals and construct ids of one model of the stack: the served model's as they
 * always were ({@code container1Image}, {@code "Container1Repository"}, {@code "Model"}), a shadow model's prefixed
 * ({@code shadowContainer1Image}, {@code "ShadowContainer1Repository"}, {@code "ShadowModel"}), so the two never clash.
 */
record ModelNames(String variablePrefix, String idPrefix) {
  static final ModelNames SERVED = new ModelNames("", "");
  static final ModelNames SHADOW = new ModelNames("shadow", "Shadow");

  /** A local variable: {@code name} itself, or the prefix followed by {@code name} capitalized. */
  String variable(String name) {
    return variablePrefix.isEmpty() ? name : variablePrefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** A construct id. */
  String id(String id) {
    return idPrefix + id;
  }
}
