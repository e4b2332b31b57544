#!/usr/bin/env bash
# The real traffic mixed at Hanoi scale (issue 10). A PostgreSQL database is migrated by a first start of the
# application, filled by bench/handbook-fill.sql (136 communes, 2,200 grassroots organisations, 17,000 cells, 500,000
# members with accounts, meetings with invitations, documents, notifications) and bench/load-fill.sql (the
# organisation staff of every commune and of the city); the application is started again in its own JVM with a fixed
# heap (it counts the statistics' counters and periods on that start) and MixedLoad runs in another JVM on the same
# machine. Results: docs/reliability.md.
#
#   bench/load.sh                          # steps: 100, 500 and 1,000 users, each beside the trivial endpoint
#   bench/load.sh soak                     # 30 minutes at 300 users, heap and RSS sampled every 30 s, a verdict
#   BENCH_KEEP=1 bench/load.sh soak        # reuse the filled database dangvu_load
#   BENCH_STEPS=100,500 BENCH_SECONDS=60 BENCH_WARMUP=20 BENCH_THINK_MIN=1000 BENCH_THINK_MAX=3000 bench/load.sh
#   BENCH_SOAK_USERS=300 BENCH_SOAK_MINUTES=30 BENCH_XMX=1g BENCH_POOL=20 BENCH_STAFF_SHARE=0.1 bench/load.sh soak
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-steps}
host=${BENCH_HOST:-127.0.0.1}
user=${BENCH_USER:-postgres}
db=${BENCH_DB:-dangvu_load}
port=${BENCH_PORT:-8096}
password=bench-pass-2026
out=target/bench-load-$mode
./mvnw -q -Dskip.npm=true -Dspotless.check.skip=true test-compile
classpath=$(./mvnw -q -Dskip.npm=true dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
rm -rf "$out" && mkdir -p "$out" && cp -r target/classes target/test-classes "$out"/

start_app() {
  SPRING_PROFILES_ACTIVE=postgres DB_URL="jdbc:postgresql://$host:5432/$db" DB_USER="$user" DB_POOL_SIZE=${BENCH_POOL:-20} \
    DANGVU_ADMIN_PASSWORD=$password java -Xms"${BENCH_XMX:-1g}" -Xmx"${BENCH_XMX:-1g}" \
    -cp "$out/classes:$classpath" vn.dangvu.DangVuApplication \
    --server.port="$port" --dangvu.demo.enabled=false --logging.level.root=WARN "$@" > "$out/app.log" 2>&1 &
  app=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null; do
    kill -0 $app 2>/dev/null || { tail -50 "$out/app.log"; exit 1; }
    sleep 1
  done
}

if [[ -z "${BENCH_KEEP:-}" ]]; then
  psql -h "$host" -U "$user" -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  start_app --dangvu.reports.count-at-start=false
  kill $app; wait $app || true
  started=$(date +%s)
  psql -h "$host" -U "$user" -d "$db" -q -f bench/handbook-fill.sql
  psql -h "$host" -U "$user" -d "$db" -q -f bench/load-fill.sql
  echo "filled in $(( $(date +%s) - started )) s"
fi
started=$(date +%s)
start_app
echo "application started (counters and periods counted) in $(( $(date +%s) - started )) s, pid $app, heap ${BENCH_XMX:-1g}"
# the start wrote the counters and periods in bulk: analyse them as autovacuum would in production (a server with
# autovacuum off would otherwise plan the statistics' queries on an empty table's estimates)
psql -h "$host" -U "$user" -d "$db" -qc "ANALYZE"
trap 'kill $app 2>/dev/null || true' EXIT
java -Xmx1g -cp "$out/test-classes:$classpath" \
  -Dbench.base="http://127.0.0.1:$port" -Dbench.db="jdbc:postgresql://$host:5432/$db" -Dbench.dbUser="$user" \
  -Dbench.password=$password -Dbench.mode="$mode" -Dbench.appPid=$app \
  -Dbench.steps="${BENCH_STEPS:-100,500,1000}" -Dbench.seconds="${BENCH_SECONDS:-60}" -Dbench.warmup="${BENCH_WARMUP:-20}" \
  -Dbench.thinkMin="${BENCH_THINK_MIN:-1000}" -Dbench.thinkMax="${BENCH_THINK_MAX:-3000}" \
  -Dbench.soakUsers="${BENCH_SOAK_USERS:-300}" -Dbench.soakMinutes="${BENCH_SOAK_MINUTES:-30}" \
  -Dbench.sampleSeconds="${BENCH_SAMPLE_SECONDS:-30}" -Dbench.staffShare="${BENCH_STAFF_SHARE:-0.1}" \
  vn.dangvu.bench.MixedLoad
