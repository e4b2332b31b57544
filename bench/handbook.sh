#!/usr/bin/env bash
# The handbook under load at Hanoi scale (issue 5, point 5): a PostgreSQL database with the HANOI demo city
# (500,000 members, each with an account), the application started in its own JVM, then 500 members logged in, each
# keeping one request in flight on the handbook's start screen, beside the framework's trivial endpoint with the same
# sessions in the same run. Results: docs/benchmarks.md.
#
#   bench/handbook.sh                    # fresh database dangvu_handbook (dropped, recreated, demo generated)
#   BENCH_KEEP=1 bench/handbook.sh       # reuse it
#   BENCH_USERS=500 BENCH_SECONDS=30 BENCH_WARMUP=10 bench/handbook.sh
set -euo pipefail
cd "$(dirname "$0")/.."
host=${BENCH_HOST:-127.0.0.1}
user=${BENCH_USER:-postgres}
db=${BENCH_DB:-dangvu_handbook}
port=${BENCH_PORT:-8095}
if [[ -z "${BENCH_KEEP:-}" ]]; then
  psql -h "$host" -U "$user" -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
fi
./mvnw -q -Dskip.npm=true -Dspotless.check.skip=true test-compile
classpath=$(./mvnw -q -Dskip.npm=true dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
rm -rf target/bench-handbook && mkdir -p target/bench-handbook && cp -r target/classes target/test-classes target/bench-handbook/
SPRING_PROFILES_ACTIVE=postgres DB_URL="jdbc:postgresql://$host:5432/$db" DB_USER="$user" DB_POOL_SIZE=${BENCH_POOL:-20} \
  java -Xmx2g -cp "target/bench-handbook/classes:$classpath" vn.dangvu.DangVuApplication \
  --server.port="$port" --dangvu.demo.size=HANOI --server.tomcat.threads.max=${BENCH_THREADS:-200} \
  --logging.level.root=WARN --logging.level.vn.dangvu=INFO > target/bench-handbook/app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
started=$(date +%s)
# ready when the demo city's logins are printed (generated now, or found from an earlier run)
until grep -q "dữ liệu mẫu. Mở" target/bench-handbook/app.log 2>/dev/null; do
  kill -0 $app 2>/dev/null || { tail -50 target/bench-handbook/app.log; exit 1; }
  sleep 2
done
echo "application ready after $(( $(date +%s) - started )) s"
[[ -n "${BENCH_PREPARE_ONLY:-}" ]] && exit 0
java -Xmx1g -cp "target/bench-handbook/test-classes:$classpath" \
  -Dbench.base="http://127.0.0.1:$port" -Dbench.db="jdbc:postgresql://$host:5432/$db" -Dbench.dbUser="$user" \
  -Dbench.users="${BENCH_USERS:-500}" -Dbench.seconds="${BENCH_SECONDS:-30}" -Dbench.warmup="${BENCH_WARMUP:-10}" \
  vn.dangvu.bench.HandbookLoad
