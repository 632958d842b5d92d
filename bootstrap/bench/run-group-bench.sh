#!/usr/bin/env bash
# What a post into a big group costs on the packaged jar (docs/performance.md, "Groups: a post into a
# group of 50,000"). Starts the jar on a fresh DATA_DIR, signs up an owner and a reader, creates a group
# of 50,000 members and one of 5,000 (members inserted by SQL into the embedded database), and times posts
# into each over HTTP, then the reader's home page and the group timelines. Needs curl, psql and python3.
#   bootstrap/bench/run-group-bench.sh [JAR]
set -euo pipefail
JAR=${1:-bootstrap/target/kith-server.jar}
WORK=$(mktemp -d /tmp/kith-groups.XXXXXX)
PORT=18080
B=http://localhost:$PORT
start() {
  (DATA_DIR=$WORK/data PORT=$PORT RATE_LIMITS=off "$@" java -jar "$JAR" > "$WORK/kith.log" 2>&1 &)
  for _ in $(seq 60); do curl -sf "$B/health/ready" > /dev/null && return; sleep 1; done
  echo "the server did not start; see $WORK/kith.log" >&2; exit 1
}
stop() { pkill -f "java -jar $JAR" || true; sleep 3; }
sql() { psql -h localhost -p "$(sed -n 4p "$WORK/data/postgres/postmaster.pid")" -U postgres -d kith -v ON_ERROR_STOP=1 -Atc "$1"; }
token() {
  curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"email\":\"$1@example.com\",\"password\":\"correct horse battery\"}" "$B/api/v1/auth/register" > /dev/null
  sleep 2
  local t; t=$(grep -o 'token=[A-Za-z0-9_-]*' "$(grep -l "$1@example.com" "$WORK"/data/outbox/*)" | head -1 | cut -d= -f2)
  curl -sf -H 'Content-Type: application/json' -d "{\"token\":\"$t\"}" "$B/api/v1/auth/verify-email" > /dev/null
  curl -sf -H 'Content-Type: application/json' -d "{\"login\":\"$1\",\"password\":\"correct horse battery\"}" "$B/api/v1/auth/login" \
    | python3 -c "import json,sys; print(json.load(sys.stdin)['accessToken'])"
}
group() {
  curl -sf -H "Authorization: Bearer $OWNER" -H 'Content-Type: application/json' -d "{\"name\":\"$1\",\"visibility\":\"public\"}" "$B/api/v1/groups" \
    | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])"
}
posts() {
  for i in $(seq 6); do
    curl -s -o /dev/null -w "  post into $1: %{http_code} %{time_total} s\n" -H "Authorization: Bearer $OWNER" \
      -H 'Content-Type: application/json' -d "{\"text\":\"post $i\",\"groupId\":\"$2\"}" "$B/api/v1/posts"
  done
}
page() {
  for _ in $(seq 20); do curl -s -o /dev/null -H "Authorization: Bearer $READER" "$B$1"; done
  echo -n "  GET $1: "
  for _ in $(seq 20); do curl -s -o /dev/null -w "%{time_total}\n" -H "Authorization: Bearer $READER" "$B$1"; done \
    | sort -n | awk '{a[NR]=$1} END {print "median", a[int(NR/2)], "s, max", a[NR], "s"}'
}

start
OWNER=$(token owner)
READER=$(token reader)
BIG=$(group "big group")
MEDIUM=$(group "medium group")
curl -sf -X POST -H "Authorization: Bearer $READER" "$B/api/v1/groups/$BIG/join" > /dev/null
curl -sf -X POST -H "Authorization: Bearer $READER" "$B/api/v1/groups/$MEDIUM/join" > /dev/null
sql "INSERT INTO accounts (id, username, email, password_hash, email_verified_at, created_at)
     SELECT gen_random_uuid(), 'member' || i, 'member' || i || '@example.com', a.password_hash, now(), now()
     FROM generate_series(1, 55000) i, (SELECT password_hash FROM accounts WHERE username = 'owner') a"
sql "INSERT INTO group_members (id, group_id, account_id, role, since) SELECT gen_random_uuid(),
     CASE WHEN substring(username from 7)::int <= 50000 THEN '$BIG'::uuid ELSE '$MEDIUM'::uuid END, id, 'member', now()
     FROM accounts WHERE username ~ '^member[0-9]+\$'"
sql "UPDATE groups g SET members_count = (SELECT count(*) FROM group_members m WHERE m.group_id = g.id)"
sql "ANALYZE"
echo "default fan-out limit (10,000):"
posts "50,000 members (read on read)" "$BIG"
posts "5,000 members (fanned out)" "$MEDIUM"
sql "SELECT '  ' || name || ': ' || members_count || ' members, read on read: ' || (feed_pull_from IS NOT NULL) FROM groups"
page /api/v1/timelines/home
page "/api/v1/groups/$BIG/posts"
page "/api/v1/groups/$BIG/members"
page "/api/v1/groups?q=big"
stop
echo "without the limit (HOME_FEED_FANOUT_LIMIT=1000000), what a post into the big group would cost:"
start env HOME_FEED_FANOUT_LIMIT=1000000
sql "UPDATE groups SET feed_pull_from = NULL" > /dev/null
posts "50,000 members (fanned out)" "$BIG"
stop
echo "data and log: $WORK"
