#!/usr/bin/env bash
# Current statistics at national scale (issue 4): on a copy of the search benchmark's database (5,600,000 members,
# loaded by bench/search.sh), starts the application (V40 migrates it and the counters are counted for the first
# time), then prints p50/p95/p99 of the current statistics of the nation, provinces, communes, grassroots committees
# and cells beside the same figures from the raw tables, lifecycle writes with and without the counters' upkeep, and
# the full rebuild. Results: docs/benchmarks.md.
#
#   bench/statistics.sh                  # fresh copy dangvu_stats of dangvu_bench (dropped and recreated)
#   BENCH_KEEP=1 bench/statistics.sh     # reuse the copy (already migrated and counted)
#   BENCH_RUNS=500 bench/statistics.sh   # timed runs per counters line (default 300)
#   BENCH_REBUILD=false ...              # skip the final full rebuild
#   BENCH_H2=1 bench/statistics.sh       # Hanoi scale on the embedded H2 (synthetic fill of 500,000 members)
set -euo pipefail
cd "$(dirname "$0")/.."
host=${BENCH_HOST:-127.0.0.1}
user=${BENCH_USER:-postgres}
source=${BENCH_SOURCE:-dangvu_bench}
db=${BENCH_DB:-dangvu_stats}
url="jdbc:postgresql://$host:5432/$db"
if [[ -n "${BENCH_H2:-}" ]]; then
  url="jdbc:h2:file:./target/bench-stats-h2/dangvu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  user=sa
  [[ -n "${BENCH_KEEP:-}" ]] || rm -rf target/bench-stats-h2
elif [[ -z "${BENCH_KEEP:-}" ]]; then
  psql -h "$host" -U "$user" -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db TEMPLATE $source"
fi
./mvnw -q -Dskip.npm=true -Dspotless.check.skip=true test-compile
classpath=$(./mvnw -q -Dskip.npm=true dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
# a copy of the classes, so that a build in the same tree cannot change them under a running benchmark
rm -rf target/bench-stats && mkdir -p target/bench-stats && cp -r target/classes target/test-classes target/bench-stats/
exec java -Xmx4g -cp "target/bench-stats/test-classes:target/bench-stats/classes:$classpath" \
  -Dbench.url="$url" -Dbench.user="$user" -Dbench.runs="${BENCH_RUNS:-300}" \
  -Dbench.baselineRuns="${BENCH_BASELINE_RUNS:-20}" -Dbench.rebuild="${BENCH_REBUILD:-true}" -Dbench.writesOnly="${BENCH_WRITES_ONLY:-false}" vn.dangvu.bench.StatisticsBenchmark
