#!/usr/bin/env bash
# Load harness (docs/performance.md, "Load"): seeds a fresh server on embedded defaults with the demo data
# set, logs seeded accounts in, warms up, then measures at each concurrency, in REPEATS passes:
#   pgbench   PostgreSQL alone running the server's own home-timeline statement (TimelineSql.HOME_FEED, the
#             precomputed feed), at the same concurrency and at the server's pool size; and, for scale, the
#             statement that reads older pages on read (TimelineSql.HOME_TIMELINE)
#   timeline  (a) GET /api/v1/timelines/home, a random logged-in seeded account per request
#   mix       (b) 90 % home timeline, 5 % POST /api/v1/posts, 5 % POST /api/v1/posts/{id}/like
#   posts, likes   (b) taken apart, not run unless named in SCENARIOS: only posts, only likes
#   login     (c) POST /api/v1/auth/login, a random seeded account per request
# and prints the results (requests/s, p50/p90/p99/p99.9, non-2xx, socket errors) and where the CPU went
# (server JVM split into request threads, JIT and GC; PostgreSQL; load generator; idle; steal), with the
# server's RSS and heap. Scenario (d), WebSocket delivery, comes when real-time delivery exists.
#
# Usage: bootstrap/bench/run-load.sh [seconds per run (15)] [connections ... (32 128)]
# Environment (all optional):
#   REPEATS=2        full passes over every scenario (compare figures only within one pass)
#   SCENARIOS="pgbench timeline mix login"   which to run
#   WARMUP=30        seconds of warm-up for each of (a) and (b) before the first pass (JIT: C2 is still
#                    compiling after 15 s)
#   TOKENS=500       seeded accounts logged in for (a) and (b), chosen with SEED
#   SEED=42          seed of the data set and of every random choice of the load generator
#   HEAP=-Xmx256m    the server JVM's heap options (256 MB keeps RSS under 512 MB through login bursts); JAVA_OPTS: any other server JVM options
#   POOL=10          the server's DATABASE_POOL_SIZE (10 is its default); pgbench also runs with this many
#   PROFILE=1        afterwards, (a) again at the highest concurrency for twice the run time under JFR
#                    (bench/cpu-sampling.jfc), summarized by bench/jfr-top.sh (0: skip)
#   HASH_BENCH=1     the raw Argon2id ceiling (hash-benchmark, 2 threads) beside login (0: skip)
#   PORT=18101       the server's HTTP port
#   KEEP=0           1 keeps the data directory (the database) after the run
#   JAR=bootstrap/target/kith-server.jar (built when missing)
# Needs wrk, curl, and pgbench + psql (apt-get install postgresql-client; version 14 or later drives the
# embedded PostgreSQL 17) for the PostgreSQL rows, which are skipped with a warning without them.
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH=$PWD/bootstrap/bench
DURATION=${1:-15}
shift $(( $# > 0 ? 1 : 0 ))
CONNECTIONS=(${@:-32 128})
REPEATS=${REPEATS:-2}
SCENARIOS=" ${SCENARIOS:-pgbench timeline mix login} "
WARMUP=${WARMUP:-30}
TOKENS=${TOKENS:-500}
SEED=${SEED:-42}
HEAP=${HEAP:--Xmx256m}
POOL=${POOL:-10}
PROFILE=${PROFILE:-1}
HASH_BENCH=${HASH_BENCH:-1}
PORT=${PORT:-18101}
KEEP=${KEEP:-0}
JAR=${JAR:-bootstrap/target/kith-server.jar}
ACCOUNTS=10000
BASE=http://localhost:$PORT
wants() { [[ "$SCENARIOS" == *" $1 "* ]]; }

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
PGBENCH=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2> /dev/null | tail -1 || true)
PSQL=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2> /dev/null | tail -1 || true)
if wants pgbench && { [ -z "$PGBENCH" ] || [ -z "$PSQL" ]; }; then
  echo "warning: no pgbench/psql (apt-get install postgresql-client): PostgreSQL rows skipped" >&2
  SCENARIOS=${SCENARIOS/ pgbench / }
fi

[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package
RUN=$(mktemp -d /tmp/kith-load.XXXXXX)
DATA=$RUN/data
# A private copy: a rebuild of the jar during the run must not pull classes from under the server.
cp "$JAR" "$RUN/kith-server.jar"
JAR=$RUN/kith-server.jar
echo "== run directory $RUN (logs, wrk and pgbench output, results)"

SERVER=
PGPID=
cleanup() {
  if [ -n "$SERVER" ] && kill -0 "$SERVER" 2> /dev/null; then
    kill "$SERVER" 2> /dev/null || true
    wait "$SERVER" 2> /dev/null || true
  fi
  # the server stops its embedded PostgreSQL; make sure, by its own pid
  if [ -n "$PGPID" ]; then
    for _ in $(seq 50); do kill -0 "$PGPID" 2> /dev/null || break; sleep 0.2; done
    kill "$PGPID" 2> /dev/null || true
  fi
  [ "$KEEP" = 1 ] || rm -rf "$DATA"
  rm -f "$JAR"
}
trap cleanup EXIT

if [ "$HASH_BENCH" = 1 ] && wants login; then
  echo "== raw Argon2id ceiling: hash-benchmark, 2 threads, 10 s"
  java $HEAP -jar "$JAR" hash-benchmark 2 10 2>&1 | tail -1 | tee "$RUN/hash-benchmark.txt"
fi

echo "== seeding (java -jar kith-server.jar seed --seed $SEED)"
java -jar "$JAR" seed --help > /dev/null 2>&1 || { echo "this jar has no seed command" >&2; exit 1; }
mkdir -p "$DATA"
DATA_DIR=$DATA java -Xmx1g -jar "$JAR" seed --seed "$SEED" > "$RUN/seed.log" 2>&1 || { tail -20 "$RUN/seed.log"; exit 1; }
grep -E '^seeded in' "$RUN/seed.log"

echo "== starting the server: $HEAP ${JAVA_OPTS:-}, RATE_LIMITS=off, DATABASE_POOL_SIZE=$POOL, port $PORT"
DATA_DIR=$DATA PORT=$PORT RATE_LIMITS=off DATABASE_POOL_SIZE=$POOL java $HEAP ${JAVA_OPTS:-} -jar "$JAR" \
  > "$RUN/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 600); do
  curl -sf "$BASE/health/ready" > /dev/null && break
  kill -0 "$SERVER" 2> /dev/null || { tail -30 "$RUN/server.log"; exit 1; }
  sleep 0.2
done
PG_PORT=$(grep -o 'embedded PostgreSQL runs on port [0-9]*' "$RUN/server.log" | awk '{print $NF}')
PGPID=$(head -1 "$DATA/postgres/postmaster.pid")
echo "   server pid $SERVER; embedded PostgreSQL pid $PGPID, port $PG_PORT"

# The seeded accounts logged in for (a) and (b): TOKENS distinct ones, a Park-Miller sequence from SEED
# (exact in awk's doubles, so the same on every machine).
awk -v n="$TOKENS" -v seed="$SEED" -v total="$ACCOUNTS" 'BEGIN {
  x = seed % 2147483647; if (x <= 0) x += 2147483646
  while (c < n) { x = (x * 48271) % 2147483647; i = x % total; if (!(i in seen)) { seen[i] = 1; c++; printf "user%05d\n", i } }
}' > "$RUN/accounts.txt"

TOKENS_AT=-100000
login_tokens() {
  local started=$SECONDS got
  rm -rf "$RUN/logins"
  mkdir -p "$RUN/logins"
  # one Argon2id hash per login (the server hashes at most one per core at a time); one file per account:
  # parallel writers to one pipe would interleave their responses
  xargs -P 4 -I{} curl -s -o "$RUN/logins/{}" -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
      -d '{"login":"{}","password":"password"}' < "$RUN/accounts.txt"
  (cd "$RUN/logins" && awk 1 $(cat "$RUN/accounts.txt") 2> /dev/null) \
    | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p' > "$RUN/tokens.txt" || true
  got=$(wc -l < "$RUN/tokens.txt")
  if [ "$got" -ne "$TOKENS" ]; then
    echo "only $got of $TOKENS logins succeeded; the others answered:" >&2
    grep -L accessToken "$RUN"/logins/* | head -3 | xargs cat >&2
    exit 1
  fi
  rm -rf "$RUN/logins"
  TOKENS_AT=$SECONDS
  echo "   logged $TOKENS accounts in, $((SECONDS - started)) s"
}
fresh_tokens() { # access tokens last 15 minutes
  if [ $((SECONDS - TOKENS_AT)) -gt 600 ]; then login_tokens; fi
}

if wants timeline || wants mix || wants posts || wants likes || [ "$PROFILE" = 1 ]; then
  echo "== logging $TOKENS seeded accounts in"
  login_tokens
  # Posts to like in (b): what the first 20 accounts see on their first 100 timeline entries (every seeded
  # account is public, so any account may like them).
  head -20 "$RUN/tokens.txt" | while read -r token; do
    curl -sf "$BASE/api/v1/timelines/home?limit=100" -H "Authorization: Bearer $token" \
      | grep -o '"id":"[0-9a-f-]\{36\}","author"' | cut -d'"' -f4
  done | sort -u > "$RUN/posts.txt"
  echo "   $(wc -l < "$RUN/posts.txt") post ids to like"
fi

if wants pgbench; then
  "$PSQL" -X -q -h localhost -p "$PG_PORT" -U postgres -d kith -At \
    -c "SELECT id FROM accounts WHERE username IN ($(sed "s/.*/'&'/" "$RUN/accounts.txt" | paste -sd,))" > "$RUN/viewers.txt"
  java -cp "$JAR" "$BENCH/PgbenchScript.java" home "$RUN/viewers.txt" > "$RUN/home.pgbench"
  java -cp "$JAR" "$BENCH/PgbenchScript.java" home-on-read "$RUN/viewers.txt" > "$RUN/home-on-read.pgbench"
fi

# --- measurement -------------------------------------------------------------------------------------
TCK=$(getconf CLK_TCK)
CORES=$(nproc)
ticks_of() { # utime+stime of a live process (all its threads), 0 when it is gone
  local v
  v=$(cat "/proc/$1/stat" 2> /dev/null | awk '{print $14 + $15}')
  echo "${v:-0}"
}
server_split() { # "requests jit gc" ticks of the server's threads by name (the rest of its total is "other")
  cat /proc/"$SERVER"/task/*/stat 2> /dev/null | awk '{
    lp = index($0, "("); rp = 0
    for (i = length($0); i > 0; i--) if (substr($0, i, 1) == ")") { rp = i; break }
    name = substr($0, lp + 1, rp - lp - 1)
    split(substr($0, rp + 2), f, " "); t = f[12] + f[13]
    if (name ~ /^(JettyServerThre|qtp|Jetty)/) r += t
    else if (name ~ /^C[12] Compiler/) j += t
    else if (name ~ /^(GC Thread|G1 |VM Thread)/) g += t
  } END { print r + 0, j + 0, g + 0 }'
}
postgres_ticks() { # the postmaster, the backends it has reaped, and the live backends
  local total child
  total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$PGPID/stat")
  for child in $(pgrep -P "$PGPID" || true); do total=$((total + $(ticks_of "$child"))); done
  echo "$total"
}
loadgen_ticks() { # children of this shell that it has waited for (wrk, pgbench)
  awk '{print $16 + $17}' "/proc/$$/stat"
}
machine_ticks() { # total idle steal, summed over the cores
  awk '/^cpu / {print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $5 + $6, $9}' /proc/stat
}
settle() { # up to 60 s until the server and PostgreSQL idle: leftovers of a run (queued logins) must not spill into the next
  local a b
  for _ in $(seq 120); do
    a=$(( $(ticks_of "$SERVER") + $(postgres_ticks) ))
    sleep 0.5
    b=$(( $(ticks_of "$SERVER") + $(postgres_ticks) ))
    [ $(( (b - a) * 200 / TCK )) -lt 15 ] && return 0
  done
  echo "   (still busy after 60 s)"
}
snapshot() { echo "$(ticks_of "$SERVER") $(server_split) $(postgres_ticks) $(loadgen_ticks) $(machine_ticks)"; }
cpu_shares() { # before after -> "server requests jit gc other postgres loadgen idle steal others", % of one core
  local -a b=($1) a=($2)
  awk -v s=$((a[0] - b[0])) -v r=$((a[1] - b[1])) -v j=$((a[2] - b[2])) -v g=$((a[3] - b[3])) \
      -v p=$((a[4] - b[4])) -v l=$((a[5] - b[5])) -v w=$((a[6] - b[6])) -v i=$((a[7] - b[7])) \
      -v st=$((a[8] - b[8])) -v n="$CORES" 'BEGIN {
    t = w / n; if (t <= 0) t = 1   # machine ticks are summed over the cores: w / n ticks of wall time
    o = s - r - j - g; if (o < 0) o = 0
    # what is left of the machine went to processes that are not ours (the machine is shared)
    x = 100 * n - 100 * (s + p + l + i + st) / t; if (x < 0) x = 0
    printf "%.0f %.0f %.0f %.0f %.0f %.0f %.0f %.0f %.0f %.0f", 100 * s / t, 100 * r / t, 100 * j / t, 100 * g / t, 100 * o / t,
      100 * p / t, 100 * l / t, 100 * i / t, 100 * st / t, x
  }'
}
memory() { # "rss_MiB peak_rss_MiB heap_used_MiB heap_committed_MiB"
  local rss hwm heap
  rss=$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$SERVER/status")
  hwm=$(awk '/^VmHWM/ {print int($2 / 1024)}' "/proc/$SERVER/status")
  heap=$(jcmd "$SERVER" GC.heap_info 2> /dev/null | awk '/total .*used/ {
    for (i = 1; i <= NF; i++) { if ($i == "total") t = $(i + 1); if ($i == "used") u = $(i + 1) }
    gsub(/[K,]/, "", t); gsub(/[K,]/, "", u); print int(u / 1024), int(t / 1024); exit }')
  echo "$rss $hwm ${heap:-? ?}"
}

RESULTS=$RUN/results.tsv
printf 'pass\tscenario\tconnections\trps\tp50\tp90\tp99\tp999\tnon2xx\tsocket_errors\tcpu_server\tcpu_requests\tcpu_jit\tcpu_gc\tcpu_other\tcpu_postgres\tcpu_loadgen\tcpu_idle\tcpu_steal\tcpu_not_ours\trss\trss_peak\theap_used\theap_committed\n' > "$RESULTS"

record() { # pass scenario connections "rps p50 p90 p99 p999 non2xx socket" before after
  local mem="- - - -"
  case "$2" in pgbench*) ;; *) mem=$(memory) ;; esac
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$(echo $4 | tr ' ' '\t')" "$(cpu_shares "$5" "$6" | tr ' ' '\t')" \
    "$(echo $mem | tr ' ' '\t')" >> "$RESULTS"
  tail -1 "$RESULTS" | awk -F'\t' '{ printf "   %-16s c=%-4s %7.1f/s  p50 %s  p99 %s  p99.9 %s ms  non-2xx %s  sock.err %s  CPU%%: server %s (req %s jit %s gc %s) pg %s load %s idle %s not ours %s  RSS %s\n", $2, $3, $4, $5, $7, $8, $9, $10, $11, $12, $13, $14, $16, $17, $18, $20, $21 }'
}

wrk_run() { # pass scenario connections script
  local pass=$1 scenario=$2 c=$3 script=$4 out timeout=10s before after
  [ "$scenario" = login ] && timeout=60s
  out=$RUN/wrk-$scenario-c$c-$pass.txt
  settle
  before=$(snapshot)
  KITH_TOKENS=$RUN/tokens.txt KITH_POSTS=$RUN/posts.txt KITH_SEED=$SEED KITH_ACCOUNTS=$ACCOUNTS KITH_MIX=${MIX_SHARES:-} \
    wrk -t2 -c"$c" -d"${DURATION}s" --timeout "$timeout" --latency -s "$BENCH/$script" "$BASE" > "$out" 2>&1
  after=$(snapshot)
  record "$pass" "$scenario" "$c" "$(sed -n 's/^RESULT .*rps=\([0-9.]*\) p50_ms=\([0-9.]*\) p90_ms=\([0-9.]*\) p99_ms=\([0-9.]*\) p999_ms=\([0-9.]*\) .*non2xx=\([0-9]*\) socket_errors=\([0-9]*\).*/\1 \2 \3 \4 \5 \6 \7/p' "$out")" "$before" "$after"
}

pgbench_run() { # pass connections script-name row-name
  local pass=$1 c=$2 script=$3 name=$4 out prefix before after backends tps failed stats
  out=$RUN/$name-c$c-$pass.txt
  prefix=$RUN/$name-c$c-$pass.log
  settle
  backends=$(pgrep -c -P "$PGPID" || true)
  before=$(snapshot)
  "$PGBENCH" -h localhost -p "$PG_PORT" -U postgres -n -M prepared -c "$c" -j 2 -T "$DURATION" \
    -l --log-prefix="$prefix" -f "$RUN/$script.pgbench" kith > "$out" 2>&1
  # the backends' CPU counts once the postmaster has reaped them
  for _ in $(seq 50); do [ "$(pgrep -c -P "$PGPID" || true)" -le "$backends" ] && break; sleep 0.1; done
  after=$(snapshot)
  tps=$(awk '/^tps = / {print $3}' "$out")
  failed=$(awk '/number of failed transactions/ {print $5}' "$out")
  # per-transaction log: the third field is the latency in microseconds
  stats=$(cat "$prefix".* | awk '{print $3}' | sort -n | awk '{ v[NR] = $1 } END {
    split("50 90 99 99.9", q, " ")
    for (k = 1; k <= 4; k++) { i = int(NR * q[k] / 100 + 0.999999); if (i < 1) i = 1; if (i > NR) i = NR; printf "%.2f ", v[i] / 1000 }
  }')
  rm -f "$prefix".*
  record "$pass" "$name" "$c" "${tps:-0} $stats${failed:-0} 0" "$before" "$after"
}

if wants timeline || wants mix || wants posts || wants likes || wants login; then
  echo "== warm-up: ${WARMUP} s each of (a) and (b), 5 s of (c), at ${CONNECTIONS[0]} connections"
  for script in timeline.lua mix.lua; do
    KITH_TOKENS=$RUN/tokens.txt KITH_POSTS=$RUN/posts.txt KITH_SEED=$SEED \
      wrk -t2 -c"${CONNECTIONS[0]}" -d"${WARMUP}s" -s "$BENCH/$script" "$BASE" > /dev/null
  done
  wants login && KITH_SEED=$SEED wrk -t2 -c8 -d5s -s "$BENCH/login-seeded.lua" "$BASE" > /dev/null
fi

for pass in $(seq "$REPEATS"); do
  echo "== pass $pass of $REPEATS: ${DURATION} s per run"
  if [ "$pass" != 1 ] && { wants timeline || wants mix || wants posts || wants likes; }; then login_tokens; fi
  if wants pgbench; then pgbench_run "$pass" "$POOL" home pgbench-pool; fi
  for c in "${CONNECTIONS[@]}"; do
    if wants pgbench; then pgbench_run "$pass" "$c" home pgbench; fi
    if wants timeline; then fresh_tokens; wrk_run "$pass" timeline "$c" timeline.lua; fi
    if wants mix; then fresh_tokens; wrk_run "$pass" mix "$c" mix.lua; fi
    if wants posts; then fresh_tokens; MIX_SHARES=0,1 wrk_run "$pass" posts "$c" mix.lua; fi
    if wants likes; then fresh_tokens; MIX_SHARES=0,0 wrk_run "$pass" likes "$c" mix.lua; fi
  done
  if wants pgbench; then pgbench_run "$pass" "${CONNECTIONS[${#CONNECTIONS[@]} - 1]}" home-on-read pgbench-on-read; fi
  if wants login; then
    for c in "${CONNECTIONS[@]}"; do wrk_run "$pass" login "$c" login-seeded.lua; done
  fi
done

if [ "$PROFILE" = 1 ]; then
  c=${CONNECTIONS[${#CONNECTIONS[@]} - 1]}
  echo "== profile: (a) at $c connections for $((2 * DURATION)) s under JFR (not in the tables)"
  fresh_tokens
  settle
  jcmd "$SERVER" JFR.start name=load settings="$BENCH/cpu-sampling.jfc" > /dev/null
  KITH_TOKENS=$RUN/tokens.txt KITH_SEED=$SEED wrk -t2 -c"$c" -d"$((2 * DURATION))s" --timeout 10s --latency \
    -s "$BENCH/timeline.lua" "$BASE" > "$RUN/wrk-profile.txt" 2>&1
  jcmd "$SERVER" JFR.stop name=load filename="$RUN/timeline.jfr" > /dev/null
  grep '^RESULT' "$RUN/wrk-profile.txt" | sed 's/^/   /'
  "$BENCH/jfr-top.sh" "$RUN/timeline.jfr" 30 > "$RUN/profile.txt"
  head -40 "$RUN/profile.txt"
fi

echo
echo "== results; latency in ms"
[ -f "$RUN/hash-benchmark.txt" ] && echo "raw hasher ceiling: $(cat "$RUN/hash-benchmark.txt")"
awk -F'\t' -v pool="$POOL" -v cores="$CORES" '
function label(s) {
  if (s == "pgbench") return "PostgreSQL alone: timeline SQL (pgbench)"
  if (s == "pgbench-pool") return "PostgreSQL alone: timeline SQL, server pool size (pgbench)"
  if (s == "pgbench-on-read") return "PostgreSQL alone: timeline read on read, older pages (pgbench)"
  if (s == "timeline") return "(a) home timeline"
  if (s == "mix") return "(b) 90/5/5 mix"
  if (s == "posts") return "(b) taken apart: POST /api/v1/posts only"
  if (s == "likes") return "(b) taken apart: likes only"
  return "(c) login"
}
NR > 1 {
  n++
  main[n] = sprintf("| %s | %s | %s | %.1f | %s | %s | %s | %s | %s | %s |", $1, label($2), $3, $4, $5, $6, $7, $8, $9, $10)
  cpu[n] = sprintf("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s / %s / %s |", $1, label($2), $3,
    $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $23, $24)
  rps[$1, $2, $3] = $4; if ($2 == "timeline") { keys[++k] = $1 SUBSEP $3 }
}
END {
  print "| pass | scenario | conn. | req/s | p50 | p90 | p99 | p99.9 | non-2xx | socket errors |"
  print "|---|---|---|---|---|---|---|---|---|---|"
  for (i = 1; i <= n; i++) print main[i]
  print ""
  print "Where the CPU went, in % of one core (" cores " cores: the machine is " cores * 100 " %); server JVM memory in MiB:"
  print ""
  print "| pass | scenario | conn. | server JVM | of which request threads | JIT | GC | other | PostgreSQL | load generator | idle | steal | not ours | RSS / heap used / committed |"
  print "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  for (i = 1; i <= n; i++) print cpu[i]
  print ""
  for (i = 1; i <= k; i++) {
    split(keys[i], p, SUBSEP); a = rps[p[1], "timeline", p[2]]; pg = rps[p[1], "pgbench", p[2]]; mix = rps[p[1], "mix", p[2]]
    printf "pass %s, %s connections: (a) %.0f req/s = %s of PostgreSQL alone at %s clients (%s at %s)%s\n", p[1], p[2], a,
      pg ? sprintf("%.0f %%", 100 * a / pg) : "-", p[2], rps[p[1], "pgbench-pool", pool] ? sprintf("%.0f %%", 100 * a / rps[p[1], "pgbench-pool", pool]) : "-", pool,
      mix ? sprintf("; (b) = %.0f %% of (a)", 100 * mix / a) : ""
  }
}' "$RESULTS" | tee "$RUN/results.md"
echo "server memory at the end: $(memory | awk '{printf "RSS %s MiB (peak %s), heap used %s of %s MiB committed", $1, $2, $3, $4}') ($HEAP)"
