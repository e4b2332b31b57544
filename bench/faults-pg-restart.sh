#!/usr/bin/env bash
# PostgreSQL restarted during a write load, for real (issue 10 point 2; the automated form is
# DatabaseRestartPostgresIntegrationTests, which plays the restart with a proxy). The application runs in its own JVM on
# a database of its own (the TINY demo city), BENCH_WRITERS curl loops register candidates as the cell secretary, and
# after BENCH_BEFORE seconds the PostgreSQL cluster is restarted with pg_ctlcluster (needs root, or sudo). The load goes
# on for BENCH_AFTER seconds; then every write answered 201 is looked up in the database, every refused write must be a
# 503 server.database-unavailable, and the time from the restart to the next acknowledged write is printed.
# Results: docs/reliability.md.
#
#   bench/faults-pg-restart.sh
#   BENCH_WRITERS=4 BENCH_BEFORE=10 BENCH_AFTER=20 BENCH_PG_VERSION=15 bench/faults-pg-restart.sh
#
# It restarts the whole cluster, so it refuses to run while any other database has a session open (a test suite, a
# benchmark, an application); run it on a machine where a restart disturbs nobody, or set BENCH_FORCE=1.
set -euo pipefail
cd "$(dirname "$0")/.."
host=${BENCH_HOST:-127.0.0.1}
user=${BENCH_USER:-postgres}
db=${BENCH_DB:-dangvu_faults}
port=${BENCH_PORT:-8096}
writers=${BENCH_WRITERS:-4}
before=${BENCH_BEFORE:-10}
after=${BENCH_AFTER:-20}
version=${BENCH_PG_VERSION:-$(pg_lsclusters --no-header | awk '$2 == "main" { print $1; exit }')}
password=demo-2026
base="http://127.0.0.1:$port"
out=target/bench-faults
sql() { psql -h "$host" -U "$user" -d "${2:-$db}" -Atqc "$1"; }

busy=$(sql "SELECT string_agg(DISTINCT datname, ', ') FROM pg_stat_activity
             WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND datname <> '$db'" postgres)
if [[ -n "$busy" && -z "${BENCH_FORCE:-}" ]]; then
  echo "sessions open on $busy: not restarting PostgreSQL under them (BENCH_FORCE=1 to restart anyway)" >&2
  exit 2
fi

./mvnw -q -Dskip.npm=true -Dspotless.check.skip=true compile
classpath=$(./mvnw -q -Dskip.npm=true dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=/dev/stdout)
rm -rf "$out" && mkdir -p "$out"
sql "DROP DATABASE IF EXISTS $db" postgres
sql "CREATE DATABASE $db" postgres

SPRING_PROFILES_ACTIVE=postgres DB_URL="jdbc:postgresql://$host:5432/$db" DB_USER="$user" \
  DANGVU_ADMIN_PASSWORD=bench-pass-2026 java -Xmx1g -cp "target/classes:$classpath" vn.dangvu.DangVuApplication \
  --server.port="$port" --dangvu.demo.enabled=true --dangvu.demo.size=TINY --dangvu.demo.password=$password \
  --dangvu.files.dir="$out/files" > "$out/app.log" 2>&1 &
app=$!
trap 'touch "$out/stop"; kill $app 2>/dev/null || true' EXIT
until curl -sf "$base/actuator/health/readiness" > /dev/null; do
  kill -0 $app 2>/dev/null || { tail -50 "$out/app.log"; exit 1; }
  sleep 1
done
cell=$(sql "SELECT r.org_unit_id FROM account_role r JOIN account a ON a.id = r.account_id
             WHERE a.username = 'bithu' AND r.role = 'CELL_SECRETARY'")
members_before=$(sql "SELECT count(*) FROM member")
candidate='{"entry":"CANDIDATE","orgUnitId":'$cell',"fullName":"Nguyễn Văn Tải Thử","sex":"M","birthDate":"2000-01-01","ethnicity":"KINH","effectiveDate":"2026-01-05"}'

# one writer: logs in, then registers candidates until told to stop; a line per write:
# writer, sent at (epoch s), HTTP status, seconds to the answer, member id or problem code
writer() {
  local n=$1 jar="$out/cookies-$n" result answer
  xsrf() { awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar"; }
  curl -s -c "$jar" -b "$jar" -o /dev/null "$base/api/v1/me"
  curl -s -c "$jar" -b "$jar" -o /dev/null -H "X-XSRF-TOKEN: $(xsrf)" -H 'Content-Type: application/json' \
    -d '{"username":"bithu","password":"'$password'"}' "$base/api/v1/auth/login"
  while [[ ! -e "$out/stop" ]]; do
    local sent
    sent=$(date +%s.%N)
    result=$(curl -s -m 120 -c "$jar" -b "$jar" -o "$out/answer-$n" -w '%{http_code} %{time_total}' \
      -H "X-XSRF-TOKEN: $(xsrf)" -H 'Content-Type: application/json' -d "$candidate" "$base/api/v1/members") \
      || result="000 120"
    answer=$(jq -r '.id // .code // "-"' < "$out/answer-$n" 2> /dev/null || echo "-")
    echo "$n $sent $result $answer" >> "$out/writes.txt"
  done
}
for ((n = 1; n <= writers; n++)); do writer "$n" & done

sleep "$before"
restart_at=$(date +%s.%N)
if [[ $(id -u) == 0 ]]; then pg_ctlcluster "$version" main restart; else sudo pg_ctlcluster "$version" main restart; fi
restarted_at=$(date +%s.%N)
sleep "$after"
touch "$out/stop"
wait $(jobs -p | grep -vx "$app") 2> /dev/null || true

acknowledged=$(awk '$3 == 201 { print $5 }' "$out/writes.txt")
ack_count=$(echo "$acknowledged" | grep -c . || true)
stored_ack=0
if [[ $ack_count -gt 0 ]]; then
  stored_ack=$(echo "$acknowledged" | awk 'BEGIN { printf "SELECT count(*) FROM member WHERE id IN (" }
    { printf "%s'\''%s'\''", (NR > 1 ? "," : ""), $1 } END { print ")" }' | psql -h "$host" -U "$user" -d "$db" -Atq)
fi
stored=$(( $(sql "SELECT count(*) FROM member") - members_before ))
refused=$(awk '$3 != 201' "$out/writes.txt" | wc -l)
unclean=$(awk '$3 != 201 && !($3 == 503 && $5 == "server.database-unavailable")' "$out/writes.txt" | wc -l)
longest=$(awk 'BEGIN { m = 0 } $4 > m { m = $4 } END { print m }' "$out/writes.txt")
recovery=$(awk -v r="$restart_at" '$3 == 201 && $2 > r { print $2 + $4 - r; exit }' <(sort -k2 -n "$out/writes.txt"))
printf 'PostgreSQL %s restarted in %.1f s during a load of %d writers\n' "$version" \
  "$(echo "$restarted_at - $restart_at" | bc)" "$writers"
echo "writes sent:                 $(wc -l < "$out/writes.txt")"
echo "acknowledged (201):          $ack_count"
echo "acknowledged and stored:     $stored_ack"
echo "stored in all:               $stored (a write cut after its commit is stored without an answer)"
echo "refused:                     $refused, of which not 503 server.database-unavailable: $unclean"
awk '$3 != 201 { print "  " $3 " " $5 }' "$out/writes.txt" | sort | uniq -c
echo "longest answer:              ${longest} s"
echo "first acknowledged write:    ${recovery:-none} s after the restart began"
[[ "$stored_ack" == "$ack_count" && "$unclean" == 0 && -n "$recovery" ]]
