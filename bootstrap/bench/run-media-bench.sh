#!/usr/bin/env bash
# Media throughput (docs/performance.md, "Media"): 12-megapixel JPEGs through ImageIoMediaProcessor directly
# (1 and 2 threads) and uploaded over HTTP to the packaged jar (-Xmx512m, 1, 2 and 4 concurrent uploads), and
# a 100 MiB video uploaded three times. Builds the jar, runs bootstrap's MediaBench through failsafe, and
# prints the figures (also in bootstrap/target/media-bench.txt).
#
# Usage: bootstrap/bench/run-media-bench.sh   (add -o after a first run to stay offline)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B "$@" -pl bootstrap -am verify -Dit.test=MediaBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfailsafe.failIfNoSpecifiedTests=false
cat bootstrap/target/media-bench.txt
