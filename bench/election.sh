#!/usr/bin/env bash
# Electronic voting (issue 6, point 7): 550 delegates cast their ballots at once on a 75-seat list of 85 names, then
# the tally and the announcement are timed. A fresh PostgreSQL database with the TINY demo city; ElectionBenchmark runs
# the application in its own JVM and calls the voting service from BENCH_THREADS threads. Results: docs/benchmarks.md,
# "Elections (issue 6)".
#
#   bench/election.sh                      # fresh database dangvu_election on 127.0.0.1:5432 (dropped, recreated)
#   BENCH_THREADS=32 bench/election.sh     # concurrent voters
set -euo pipefail
cd "$(dirname "$0")/.."
host=${BENCH_HOST:-127.0.0.1}
user=${BENCH_USER:-postgres}
db=${BENCH_DB:-dangvu_election}
url="jdbc:postgresql://$host:5432/$db"
./mvnw -q -Dskip.npm=true -Dspotless.check.skip=true test-compile
classpath=$(./mvnw -q -Dskip.npm=true dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
# a copy of the classes, so that a build in the same tree cannot change them under a running benchmark
rm -rf target/bench-election && mkdir -p target/bench-election && cp -r target/classes target/test-classes target/bench-election/
psql -h "$host" -U "$user" -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
java -Xmx1g -cp "target/bench-election/test-classes:target/bench-election/classes:$classpath" -Dbench.url="$url" \
  -Dbench.user="$user" -Dbench.threads="${BENCH_THREADS:-16}" vn.dangvu.bench.ElectionBenchmark
