#!/usr/bin/env bash
# Runs the synthesis and compilation benchmarks and prints the results (see BENCHMARKS.md).
#
#   benchmarks/run.sh [--quick] [--synth-only | --compile-only | --trace-only] [--rounds n] [--work dir]
#
# BENCH_PREPEND_CLASSPATH=<dirs or jars> puts classes in front of the installed snapshots, for instance
# runtime/target/classes to measure a runtime change before it is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -f benchmarks/pom.xml package
dependencies="$(cat benchmarks/target/classpath.txt)"
if [[ -n "${BENCH_PREPEND_CLASSPATH:-}" ]]; then
  dependencies="${BENCH_PREPEND_CLASSPATH}:${dependencies}"
fi
exec java \
  -Dbench.dependencyClasspath="${dependencies}" \
  -Dbench.processorPath="$(cat benchmarks/target/processorpath.txt)" \
  -cp "benchmarks/target/classes:${dependencies}" \
  io.github.sagemakercdk.benchmarks.BenchmarkMain "$@"
