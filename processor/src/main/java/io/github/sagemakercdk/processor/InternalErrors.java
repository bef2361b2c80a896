package io.github.sagemakercdk.processor;

/** A one-line description of an unexpected failure, for a bug report rather than a stack trace dump. */
final class InternalErrors {
  private static final String OWN_PACKAGE = InternalErrors.class.getPackageName() + ".";

  private InternalErrors() {}

  static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder(failure.getClass().getName());
    if (failure.getMessage() != null) {
      text.append(": ").append(failure.getMessage().lines().findFirst().orElse(""));
    }
    for (StackTraceElement frame : failure.getStackTrace()) {
      if (frame.getClassName().startsWith(OWN_PACKAGE)) {
        text.append(" (at ").append(frame).append(')');
        break;
      }
    }
    return text.toString();
  }
}
