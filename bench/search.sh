#!/usr/bin/env bash
# Member search at national scale: loads the NATIONAL demo (34 provinces, ~360,000 units, 5,600,000 members) into a
# fresh PostgreSQL database by COPY, then prints p50/p95/p99 of the application's search queries beside raw-SQL
# baselines (query-time unaccent() without an index, exact counts). Results: docs/benchmarks.md.
#
#   bench/search.sh                 # fresh database dangvu_bench on 127.0.0.1:5432 (dropped and recreated)
#   BENCH_KEEP=1 bench/search.sh    # reuse the loaded database, only time the queries
#   BENCH_RUNS=500 bench/search.sh  # timed runs per query (default 300)
#   BENCH_ONLY=Contains bench/search.sh  # only the lines whose label contains the text
set -euo pipefail
cd "$(dirname "$0")/.."
host=${BENCH_HOST:-127.0.0.1}
user=${BENCH_USER:-postgres}
db=${BENCH_DB:-dangvu_bench}
if [[ -z "${BENCH_KEEP:-}" ]]; then
  psql -h "$host" -U "$user" -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  # as on an SSD or a cached database (PERF-BASELINE §3.3), and memory for the index builds after the load
  psql -h "$host" -U "$user" -d "$db" -qc "ALTER DATABASE $db SET random_page_cost = 1.1" \
    -c "ALTER DATABASE $db SET maintenance_work_mem = '1GB'" -c "ALTER DATABASE $db SET work_mem = '64MB'"
fi
./mvnw -q -Dskip.npm=true -Dspotless.check.skip=true test-compile
classpath=$(./mvnw -q -Dskip.npm=true dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
# a copy of the classes, so that a build in the same tree cannot change them under a running benchmark
rm -rf target/bench && mkdir -p target/bench && cp -r target/classes target/test-classes target/bench/
exec java -Xmx4g -cp "target/bench/test-classes:target/bench/classes:$classpath" \
  -Dbench.url="jdbc:postgresql://$host:5432/$db" -Dbench.user="$user" -Dbench.runs="${BENCH_RUNS:-300}" -Dbench.only="${BENCH_ONLY:-}" \
  vn.dangvu.bench.SearchBenchmark
