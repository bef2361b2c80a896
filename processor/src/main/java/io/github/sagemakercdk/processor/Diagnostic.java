package io.github.sagemakercdk.processor;

/**
 * One error to report.
 *
 * @param site where it goes
 * @param message the full message, {@code [SM-ID] text}
 */
record Diagnostic(Site site, String message) {}
