#!/usr/bin/env bash
# JMH micro-benchmarks of the hot request paths (docs/performance.md, "Micro-benchmarks"): the home-timeline
# page written as JSON, the JWT check, the visibility policy. They live in bootstrap/src/test/java/dev/kith/bench
# (classes ending in Benchmark, so surefire never runs them; BenchmarksSmokeTest checks each once in CI).
#
# Usage: bootstrap/bench/run-jmh.sh [extra JMH args, e.g. a benchmark regex: AccessToken]
#   bootstrap/bench/run-jmh.sh                      every benchmark, with -prof gc
#   bootstrap/bench/run-jmh.sh 'AccessToken|Visib'  only those (JMH takes regexes of class.method)
#   bootstrap/bench/run-jmh.sh -h                   JMH's own options
# Defaults suit a shared 2-core machine (one fork, one thread, about 17 s per benchmark); each is an
# environment variable, since JMH refuses an option given twice:
#   FORKS=1 WARMUP_ITERATIONS=3 WARMUP_TIME=2s ITERATIONS=5 TIME=2s THREADS=1
#   PROF=gc          JMH profilers, comma-separated ('' for none); gc adds gc.alloc.rate.norm (bytes per op)
#   JVM_ARGS="-Xms1g -Xmx1g"   the forked JVMs' options (a fixed heap keeps resizing out of the figures)
#   BUILD=1          0 skips building (after a first run, when only JMH arguments change)
#   JAVA=java        the JVM that runs JMH and its forks
# Results: the console output and JMH's JSON go to a new directory under /tmp, printed at the start and end.
set -euo pipefail
cd "$(dirname "$0")/../.."
FORKS=${FORKS:-1}
WARMUP_ITERATIONS=${WARMUP_ITERATIONS:-3}
WARMUP_TIME=${WARMUP_TIME:-2s}
ITERATIONS=${ITERATIONS:-5}
TIME=${TIME:-2s}
THREADS=${THREADS:-1}
PROF=${PROF-gc}
JVM_ARGS=${JVM_ARGS:--Xms1g -Xmx1g}
BUILD=${BUILD:-1}
JAVA=${JAVA:-java}

OUT=$(mktemp -d /tmp/kith-jmh.XXXXXX)
echo "results in $OUT"

if [ "$BUILD" = 1 ]; then
  # bootstrap and the modules it needs, test classes included (JMH's generated harness is made by test-compile)
  ./mvnw -q -B -pl bootstrap -am install -DskipTests
fi
./mvnw -q -B -pl bootstrap org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" > /dev/null
CLASSPATH_JMH="bootstrap/target/test-classes:bootstrap/target/classes:$(cat "$OUT/classpath.txt")"

ARGS=(-f "$FORKS" -wi "$WARMUP_ITERATIONS" -w "$WARMUP_TIME" -i "$ITERATIONS" -r "$TIME" -t "$THREADS"
      -jvmArgs "$JVM_ARGS" -rf json -rff "$OUT/results.json")
IFS=',' read -ra PROFILERS <<< "$PROF"
for profiler in "${PROFILERS[@]}"; do
  ARGS+=(-prof "$profiler")
done

{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' (uncommitted changes)')"
  echo "# $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# JMH ${ARGS[*]} $*"
} | tee "$OUT/jmh.txt"
"$JAVA" -cp "$CLASSPATH_JMH" org.openjdk.jmh.Main "${ARGS[@]}" "$@" 2>&1 | tee -a "$OUT/jmh.txt"
echo "results in $OUT (jmh.txt, results.json)"
