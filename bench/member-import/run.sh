#!/usr/bin/env bash
# Member import benchmark (not part of verify/CI): a live registry of 5.6 M members on PostgreSQL, 500,000 valid rows.
# Times (1) raw COPY of the same rows into the same indexed member table, rolled back, and (2) the import end to end
# through the application (POST /api/v1/member-imports … job SUCCEEDED), in the same run.
# Usage: bench/member-import/run.sh   (after ./mvnw -Dskip.npm=true package -DskipTests; PostgreSQL superuser via PGUSER)
# BENCH_DB (default dangvu_import) names the database; the filled registry is kept as the template ${BENCH_DB}_base.
set -euo pipefail
cd "$(dirname "$0")"
DB=${BENCH_DB:-dangvu_import}
PORT=${BENCH_PORT:-18080}
PASS=bench-admin-pass-1
JAR=${BENCH_JAR:-$(ls ../../target/dangvu-*.jar | head -1)}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}

BASE=${DB}_base
start_app() { # $1 = database
  SPRING_PROFILES_ACTIVE=postgres DB_URL="jdbc:postgresql://$PGHOST:5432/$1" DB_USER=$PGUSER DB_PASSWORD= \
    DANGVU_DEMO_ENABLED=false DANGVU_ADMIN_PASSWORD=$PASS SERVER_PORT=$PORT java -Xmx2g -jar "$JAR" > app.log 2>&1 &
  APP=$!
  until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do sleep 1; done
}
APP=
trap 'kill $APP 2>/dev/null || true' EXIT

# The filled registry is kept as a template ($BASE), so that a rerun starts from the same 5.6 M members in seconds:
# BENCH_REFILL=1 rebuilds it (after a migration that changes the member tables, for instance).
if [[ -n "${BENCH_REFILL:-}" ]] || ! psql -Atq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$BASE'" | grep -q 1; then
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $BASE" -c "CREATE DATABASE $BASE ENCODING 'UTF8' TEMPLATE template0"
  start_app "$BASE"
  echo "== fill: 300,000 cells, 5,600,000 members with their histories"
  time psql -q -d "$BASE" -f fill.sql
  kill $APP && wait $APP 2>/dev/null || true
  # A live registry has its statistics counted and its periods derived: the next start does both (minutes).
  echo "== count the filled registry's statistics"
  psql -q -d "$BASE" -c "UPDATE stat_state SET as_of = NULL WHERE id = 1"
  start_app "$BASE"
  # (the counted periods of the filled histories are derived first, at the same start)
  time until psql -Atq -d "$BASE" -c "SELECT s.as_of IS NOT NULL AND NOT p.stale FROM stat_state s, stat_period_state p
                                      WHERE s.id = 1 AND p.id = 1" | grep -q t; do sleep 5; done
  kill $APP && wait $APP 2>/dev/null || true
  psql -q -d "$BASE" -c "VACUUM ANALYZE"
fi
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB"
echo "== copy of the filled registry"
# FILE_COPY: the files copied between two checkpoints, instead of every page of the registry written to the WAL
# (PostgreSQL 15's default), whose checkpoint then ran on during the timed parts
time psql -q -d postgres -c "CREATE DATABASE $DB TEMPLATE $BASE STRATEGY FILE_COPY"
start_app "$DB"

echo "== generate 500,000 rows"
time python3 generate.py 500000
# one line: psql's \copy takes its whole command from a single line
COLS="id, org_unit_id, full_name, search_name, sort_key, sex, birth_date, ethnicity, status, admitted_on, official_on"
COLS="$COLS, card_number, citizen_id, phone, version, created_at, updated_at, occupation, ceremony_date, first_admitted_on"
echo "== raw COPY into the indexed member table (rolled back)"
# each timed part starts after a checkpoint: none of the previous part's writes are still being flushed
psql -q -d $DB -c CHECKPOINT
psql -d $DB -v ON_ERROR_STOP=1 <<SQL
\timing on
BEGIN;
\copy member ($COLS) FROM 'raw.csv' WITH (FORMAT csv)
ROLLBACK;
SQL

echo "== import through the application"
psql -q -d $DB -c CHECKPOINT
JAR_COOKIES=$(mktemp)
curl -s -c "$JAR_COOKIES" "http://localhost:$PORT/api/v1/me" > /dev/null
XSRF=$(awk '$6=="XSRF-TOKEN"{print $7}' "$JAR_COOKIES")
curl -sf -b "$JAR_COOKIES" -c "$JAR_COOKIES" -H "X-XSRF-TOKEN: $XSRF" -H 'Content-Type: application/json' \
  -d "{\"username\":\"bench\",\"password\":\"$PASS\"}" "http://localhost:$PORT/api/v1/auth/login" > /dev/null
XSRF=$(awk '$6=="XSRF-TOKEN"{print $7}' "$JAR_COOKIES")
# BENCH_WAITS=1: what the database does meanwhile, sampled (waits.sh), printed after the import
SAMPLER=
if [[ -n "${BENCH_WAITS:-}" ]]; then
  ./waits.sh "$DB" > waits.txt 2>&1 &
  SAMPLER=$!
fi
START=$(date +%s.%N)
ID=$(curl -sf -b "$JAR_COOKIES" -H "X-XSRF-TOKEN: $XSRF" -F "file=@import.csv;type=text/csv" \
  "http://localhost:$PORT/api/v1/member-imports?mode=ALL_OR_NOTHING&orgUnitId=1" | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
while true; do
  JOB=$(curl -sf -b "$JAR_COOKIES" "http://localhost:$PORT/api/v1/member-imports/$ID")
  STATE=$(echo "$JOB" | python3 -c 'import json,sys;print(json.load(sys.stdin)["state"])')
  case $STATE in SUCCEEDED|REJECTED|FAILED) break ;; esac
  sleep 0.2
done
END=$(date +%s.%N)
echo "$JOB" | python3 -c 'import json,sys;j=json.load(sys.stdin);j["errors"]=j["errors"][:3];print(json.dumps(j,ensure_ascii=False,indent=1))'
echo "import wall time (upload to finished): $(echo "$END - $START" | bc) s"
psql -d $DB -Atc "SELECT 'members now: ' || count(*) FROM member"
if [[ -n "$SAMPLER" ]]; then
  wait "$SAMPLER" || true
  cat waits.txt
fi
