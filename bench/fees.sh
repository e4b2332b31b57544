#!/usr/bin/env bash
# Party fees at Hanoi scale (issue 9): a PostgreSQL database is migrated by a first start of the application, filled
# set-based by bench/fees-fill.sql (17,000 cells, 500,000 members, a basis each, reliefs, the payments of January to
# November 2026), then FeesBenchmark times the arrears list and the collection report for the city root, a commune and
# a grassroots organisation beside a trivial read in the same run (p50 / p95 / max). Results: docs/benchmarks.md,
# "Party fees (issue 9)".
#
#   bench/fees.sh                                  # fresh database dangvu_fees on 127.0.0.1:5432 (dropped, recreated)
#   BENCH_KEEP=1 bench/fees.sh                     # reuse the filled database, only time
#   BENCH_RUNS=20 BENCH_CITY_RUNS=5 bench/fees.sh  # timed runs per line (the city root has its own count)
#   BENCH_CITY_ARREARS=false bench/fees.sh         # leave out the city's arrears list (the longest line)
set -euo pipefail
cd "$(dirname "$0")/.."
host=${BENCH_HOST:-127.0.0.1}
user=${BENCH_USER:-postgres}
db=${BENCH_DB:-dangvu_fees}
url="jdbc:postgresql://$host:5432/$db"
./mvnw -q -Dskip.npm=true -Dspotless.check.skip=true test-compile
classpath=$(./mvnw -q -Dskip.npm=true dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
# a copy of the classes, so that a build in the same tree cannot change them under a running benchmark
rm -rf target/bench-fees && mkdir -p target/bench-fees && cp -r target/classes target/test-classes target/bench-fees/
run() {
  java -Xmx2g -cp "target/bench-fees/test-classes:target/bench-fees/classes:$classpath" -Dbench.url="$url" \
    -Dbench.user="$user" -Dbench.runs="${BENCH_RUNS:-20}" -Dbench.cityRuns="${BENCH_CITY_RUNS:-5}" \
    -Dbench.cityArrears="${BENCH_CITY_ARREARS:-true}" "$@" \
    vn.dangvu.bench.FeesBenchmark
}
if [[ -z "${BENCH_KEEP:-}" ]]; then
  psql -h "$host" -U "$user" -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  run -Dbench.migrateOnly=true
  started=$(date +%s)
  psql -h "$host" -U "$user" -d "$db" -q -f bench/fees-fill.sql
  echo "filled in $(( $(date +%s) - started )) s"
fi
run
