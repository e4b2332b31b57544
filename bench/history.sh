#!/usr/bin/env bash
# Statistics as of a date and movements at national scale (issue 4): copies the national benchmark database (made by
# bench/search.sh) to dangvu_hist, fills synthetic lifecycle histories (about nine steps per member,
# bench/history-fill.sql), then starts the application on it (migrations, then the set-based rebuild of the counted
# periods) and prints timings beside same-run baselines computed straight from member_event. Results:
# docs/benchmarks.md, section "Statistics as of a date (issue 4)".
#
#   bench/history.sh                 # fresh copy dangvu_hist of dangvu_bench on 127.0.0.1:5432 (dropped and recreated)
#   BENCH_KEEP=1 bench/history.sh    # reuse the filled copy, only time the questions
#   BENCH_RUNS=100 bench/history.sh  # timed runs per line (default 50; the nation: BENCH_NATION_RUNS, default 3;
#                                    # the baselines of communes and grassroots: BENCH_BASELINE_RUNS, default BENCH_RUNS)
set -euo pipefail
cd "$(dirname "$0")/.."
host=${BENCH_HOST:-127.0.0.1}
user=${BENCH_USER:-postgres}
source_db=${BENCH_SOURCE_DB:-dangvu_bench}
db=${BENCH_DB:-dangvu_hist}
if [[ -z "${BENCH_KEEP:-}" ]]; then
  psql -h "$host" -U "$user" -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db TEMPLATE $source_db"
  # a copy does not keep the source database's settings: the same ones as bench/search.sh (docs/operations.md)
  psql -h "$host" -U "$user" -d "$db" -qc "ALTER DATABASE $db SET random_page_cost = 1.1" \
    -c "ALTER DATABASE $db SET maintenance_work_mem = '1GB'" -c "ALTER DATABASE $db SET work_mem = '64MB'"
  psql -h "$host" -U "$user" -d "$db" -v ON_ERROR_STOP=1 -f bench/history-fill.sql
fi
./mvnw -q -Dskip.npm=true -Dspotless.check.skip=true test-compile
classpath=$(./mvnw -q -Dskip.npm=true dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
rm -rf target/bench-history && mkdir -p target/bench-history && cp -r target/classes target/test-classes target/bench-history/
exec java -Xmx2g -cp "target/bench-history/test-classes:target/bench-history/classes:$classpath" \
  -Dbench.url="jdbc:postgresql://$host:5432/$db" -Dbench.user="$user" -Dbench.runs="${BENCH_RUNS:-50}" -Dbench.nation-runs="${BENCH_NATION_RUNS:-3}" \
  -Dbench.baseline-runs="${BENCH_BASELINE_RUNS:-${BENCH_RUNS:-50}}" \
  vn.dangvu.bench.HistoryBenchmark
