#!/usr/bin/env bash
# Summarizes the on-CPU samples (jdk.ExecutionSample) of a JFR recording: the top frames (self time), the
# share of samples by the library that holds the top frame, and the share of samples whose stack passes
# through some well-known layers (inclusive). Usage: bootstrap/bench/jfr-top.sh recording.jfr [top-n]
set -euo pipefail
FILE=$1
TOP=${2:-25}
jfr print --events jdk.ExecutionSample --stack-depth 128 "$FILE" | awk -v top="$TOP" '
function library(frame) {
  if (frame ~ /^org\.postgresql\./) return "PostgreSQL JDBC driver"
  if (frame ~ /^com\.zaxxer\.hikari\./) return "HikariCP"
  if (frame ~ /^org\.jdbi\./) return "Jdbi"
  if (frame ~ /^com\.fasterxml\.jackson\./) return "Jackson"
  if (frame ~ /^org\.eclipse\.jetty\./) return "Jetty"
  if (frame ~ /^io\.javalin\./ || frame ~ /^kotlin/) return "Javalin (and Kotlin stdlib)"
  if (frame ~ /^dev\.kith\./) return "Kith"
  if (frame ~ /^(com\.auth0|io\.jsonwebtoken|com\.nimbusds)\./) return "JWT library"
  if (frame ~ /^(javax\.crypto|com\.sun\.crypto|sun\.security)\./) return "JDK crypto"
  if (frame ~ /^com\.password4j\./) return "password4j (Argon2)"
  if (frame ~ /^io\.micrometer\./ || frame ~ /^io\.prometheus\./) return "metrics"
  if (frame ~ /^(ch\.qos\.logback|org\.slf4j)\./) return "logging"
  if (frame ~ /^(java|javax|jdk|sun)\./) return "JDK (other)"
  return "other"
}
/^jdk\.ExecutionSample/ { in_stack = 0; depth = 0; next }
/stackTrace = \[/ { in_stack = 1; depth = 0; delete seen; next }
in_stack && /^[ \t]*\]/ {
  in_stack = 0; samples++
  for (layer in seen) inclusive[layer]++
  next
}
in_stack {
  frame = $0; sub(/^[ \t]+/, "", frame); sub(/ line: [0-9]+$/, "", frame)
  if (frame == "...") next
  if (depth == 0) { self[frame]++; lib[library(frame)]++ }
  depth++
  if (frame ~ /^org\.postgresql\./) seen["in the JDBC driver (incl. waiting on socket reads it does in Java)"] = 1
  if (frame ~ /^com\.fasterxml\.jackson\./) seen["in Jackson (JSON)"] = 1
  if (frame ~ /^org\.jdbi\./) seen["in Jdbi"] = 1
  if (frame ~ /Authentication|Jwt|JWT|jwt/) seen["in authentication / JWT"] = 1
  if (frame ~ /^org\.eclipse\.jetty\.io\./) seen["in Jetty I/O"] = 1
  if (frame ~ /^dev\.kith\.adapter\.postgres\./) seen["in Kith postgres adapter"] = 1
  if (frame ~ /RequestMetrics|micrometer|prometheus/) seen["in request metrics"] = 1
  if (frame ~ /logback|slf4j/) seen["in logging"] = 1
  if (frame ~ /^java\.util\.concurrent\.locks\./) seen["in j.u.c locks"] = 1
  next
}
END {
  if (samples == 0) { print "no execution samples"; exit }
  printf "%d on-CPU samples (jdk.ExecutionSample)\n\n", samples
  printf "top frames (self):\n"
  n = 0
  for (f in self) order[++n] = sprintf("%09d\t%s", self[f], f)
  sort_desc(order, n)
  for (i = 1; i <= n && i <= top; i++) { split(order[i], p, "\t"); printf "  %5.1f %%  %6d  %s\n", 100 * p[1] / samples, p[1], p[2] }
  printf "\nby library of the top frame (self):\n"
  delete order; n = 0
  for (l in lib) order[++n] = sprintf("%09d\t%s", lib[l], l)
  sort_desc(order, n)
  for (i = 1; i <= n; i++) { split(order[i], p, "\t"); printf "  %5.1f %%  %6d  %s\n", 100 * p[1] / samples, p[1], p[2] }
  printf "\nstacks passing through (inclusive; a sample can count in several rows):\n"
  delete order; n = 0
  for (l in inclusive) order[++n] = sprintf("%09d\t%s", inclusive[l], l)
  sort_desc(order, n)
  for (i = 1; i <= n; i++) { split(order[i], p, "\t"); printf "  %5.1f %%  %6d  %s\n", 100 * p[1] / samples, p[1], p[2] }
}
function sort_desc(a, n,    i, j, t) {
  for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] < t; j--) a[j + 1] = a[j]; a[j + 1] = t }
}
'
echo
jfr print --events jdk.GarbageCollection "$FILE" | awk '
/^jdk\.GarbageCollection/ { n++ }
/ name = / { gsub(/"/, "", $3); names[$3]++ }
/sumOfPauses = / {
  v = $3; u = $4
  if (u == "s") v *= 1000; else if (u == "us") v /= 1000; else if (u == "ns") v /= 1e6
  pause += v
}
END { printf "garbage collections: %d (", n; sep = ""; for (k in names) { printf "%s%s %d", sep, k, names[k]; sep = ", " }; printf "), pauses %.0f ms in all\n", pause }'
jfr print --events jdk.CPULoad "$FILE" | awk '
/jvmUser = / { u += $3; n++ } /jvmSystem = / { s += $3 } /machineTotal = / { m += $3 }
END { if (n) printf "CPU (jdk.CPULoad, mean of %d samples, %% of the whole machine): JVM user %.0f %%, JVM system %.0f %%, machine %.0f %%\n", n, u / n, s / n, m / n }'
