#!/usr/bin/env bash
# Reports benchmark (issue 4, point 6): in one JVM limited to a 256 MB heap, the application on PostgreSQL with
# 500,000 synthetic members (filled set-based on the first run), the member list export of the whole city through
# HTTP beside a raw fastexcel write of the same rows, and a 50+ page PDF of report 2 beside a raw OpenPDF table.
# Results: docs/benchmarks.md, "Reports (issue 4)".
#
#   bench/reports.sh                  # fresh database dangvu_reports on 127.0.0.1:5432 (dropped and recreated)
#   BENCH_KEEP=1 bench/reports.sh     # reuse the filled database, only time
#   BENCH_RUNS=5 bench/reports.sh     # timed runs per line (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
host=${BENCH_HOST:-127.0.0.1}
user=${BENCH_USER:-postgres}
db=${BENCH_DB:-dangvu_reports}
if [[ -z "${BENCH_KEEP:-}" ]]; then
  psql -h "$host" -U "$user" -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
fi
./mvnw -q -Dskip.npm=true -Dspotless.check.skip=true test-compile
classpath=$(./mvnw -q -Dskip.npm=true dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
# a copy of the classes, so that a build in the same tree cannot change them under a running benchmark
rm -rf target/bench-reports && mkdir -p target/bench-reports && cp -r target/classes target/test-classes target/bench-reports/
exec java -Xmx256m -cp "target/bench-reports/test-classes:target/bench-reports/classes:$classpath" \
  -Dbench.url="jdbc:postgresql://$host:5432/$db" -Dbench.user="$user" -Dbench.runs="${BENCH_RUNS:-3}" \
  vn.dangvu.bench.ReportsBenchmark
