#!/usr/bin/env bash
# Measures login and registration throughput against a fresh server on embedded defaults, next to the
# raw Argon2id ceiling of this machine. Usage: bootstrap/bench/run-auth-bench.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-20}
CONNECTIONS=${2:-8}
JAR=bootstrap/target/kith-server.jar
DATA=$(mktemp -d)
PORT=18099
[ -f "$JAR" ] || ./mvnw -q -DskipTests package
echo "== raw Argon2id ceiling (2 threads)"
java ${JAVA_OPTS:-} -jar "$JAR" hash-benchmark 2 10
DATA_DIR="$DATA" PORT=$PORT RATE_LIMITS=off java ${JAVA_OPTS:-} -jar "$JAR" > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf localhost:$PORT/health/ready > /dev/null; do sleep 0.2; done
curl -sf -X POST localhost:$PORT/api/v1/auth/register -H 'Content-Type: application/json' \
  -d '{"username":"bench","email":"bench@example.com","password":"correct horse battery"}' > /dev/null
until ls "$DATA"/outbox/*.eml > /dev/null 2>&1; do sleep 0.2; done
TOKEN=$(grep -ho 'verify-email?token=[A-Za-z0-9_-]*' "$DATA"/outbox/*.eml | head -1 | cut -d= -f2)
curl -sf -X POST localhost:$PORT/api/v1/auth/verify-email -H 'Content-Type: application/json' -d "{\"token\":\"$TOKEN\"}" > /dev/null
echo "== warm-up"
wrk -t2 -c$CONNECTIONS -d10s -s bootstrap/bench/login.lua http://localhost:$PORT/api/v1/auth/login > /dev/null
echo "== login, $CONNECTIONS connections, ${SECONDS_PER_RUN}s"
wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency -s bootstrap/bench/login.lua http://localhost:$PORT/api/v1/auth/login
echo "== register, $CONNECTIONS connections, ${SECONDS_PER_RUN}s"
wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency -s bootstrap/bench/register.lua http://localhost:$PORT/api/v1/auth/register
echo "== server RSS: $(ps -o rss= -p $SERVER) KiB"
