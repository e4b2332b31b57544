#!/usr/bin/env bash
# The handbook under load at Hanoi scale (issue 5, point 5). A PostgreSQL database is migrated by a first start of the
# application, then filled set-based by bench/handbook-fill.sql (17,000 cells, 500,000 members with accounts and the
# member role, a meeting per cell with its invitations, 20 city documents, a notification each); the application is
# started again in its own JVM and HandbookLoad logs 500 members in, keeps one request each in flight on the
# handbook's start screen beside the framework's trivial endpoint in the same run, then has 5,000 members check in to
# their meetings at once and counts the check-ins kept. Results: docs/benchmarks.md.
#
#   bench/handbook.sh                     # fresh database dangvu_handbook
#   BENCH_KEEP=1 bench/handbook.sh        # reuse it (the check-in meetings must still be open: refill instead)
#   BENCH_USERS=500 BENCH_SECONDS=30 BENCH_WARMUP=10 BENCH_CHECKINS=5000 BENCH_RATES=100,200 bench/handbook.sh
set -euo pipefail
cd "$(dirname "$0")/.."
host=${BENCH_HOST:-127.0.0.1}
user=${BENCH_USER:-postgres}
db=${BENCH_DB:-dangvu_handbook}
port=${BENCH_PORT:-8095}
password=bench-pass-2026
./mvnw -q -Dskip.npm=true -Dspotless.check.skip=true test-compile
classpath=$(./mvnw -q -Dskip.npm=true dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
rm -rf target/bench-handbook && mkdir -p target/bench-handbook && cp -r target/classes target/test-classes target/bench-handbook/

start_app() {
  SPRING_PROFILES_ACTIVE=postgres DB_URL="jdbc:postgresql://$host:5432/$db" DB_USER="$user" DB_POOL_SIZE=${BENCH_POOL:-20} \
    DANGVU_ADMIN_PASSWORD=$password java -Xmx2g -cp "target/bench-handbook/classes:$classpath" vn.dangvu.DangVuApplication \
    --server.port="$port" --dangvu.demo.enabled=false --dangvu.reports.count-at-start=false \
    --logging.level.root=WARN > target/bench-handbook/app.log 2>&1 &
  app=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null; do
    kill -0 $app 2>/dev/null || { tail -50 target/bench-handbook/app.log; exit 1; }
    sleep 1
  done
}

if [[ -z "${BENCH_KEEP:-}" ]]; then
  psql -h "$host" -U "$user" -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  start_app
  kill $app; wait $app || true
  started=$(date +%s)
  psql -h "$host" -U "$user" -d "$db" -q -f bench/handbook-fill.sql
  echo "filled in $(( $(date +%s) - started )) s"
fi
start_app
trap 'kill $app 2>/dev/null || true' EXIT
java -Xmx1g -cp "target/bench-handbook/test-classes:$classpath" \
  -Dbench.base="http://127.0.0.1:$port" -Dbench.db="jdbc:postgresql://$host:5432/$db" -Dbench.dbUser="$user" \
  -Dbench.password=$password -Dbench.users="${BENCH_USERS:-500}" -Dbench.seconds="${BENCH_SECONDS:-30}" \
  -Dbench.warmup="${BENCH_WARMUP:-10}" -Dbench.checkins="${BENCH_CHECKINS:-5000}" -Dbench.rates="${BENCH_RATES:-100,200}" \
  vn.dangvu.bench.HandbookLoad
