package io.github.sagemakercdk.benchmarks;

/** One measured child process: elapsed time, and the CPU time (user + system) of it and all its descendants. */
public record Measurement(long wallMillis, long cpuMillis) {}
