#!/usr/bin/env bash
# Where an import's time goes on the database's side: samples pg_stat_activity ten times a second while an import of
# database $1 is unfinished, then prints the share of the samples per statement and wait (CPU when not waiting).
# A statement's share of the import's wall time is the share of its samples. Run by run.sh when BENCH_WAITS=1.
set -euo pipefail
psql -q -d "$1" -v ON_ERROR_STOP=1 <<'SQL'
CREATE TEMP TABLE sample (at TIMESTAMPTZ, pid INT, wait TEXT, query TEXT);
DO $$
DECLARE
  started BOOLEAN := FALSE;
BEGIN
  FOR i IN 1..36000 LOOP
    -- each statement reads the jobs anew (read committed); the activity is re-read after the snapshot is dropped
    PERFORM pg_stat_clear_snapshot();
    IF EXISTS (SELECT 1 FROM member_import WHERE finished_at IS NULL) THEN
      started := TRUE;
    ELSIF started OR i > 600 THEN
      EXIT;
    END IF;
    IF started THEN
      INSERT INTO sample
      SELECT clock_timestamp(), pid, COALESCE(wait_event_type || ':' || wait_event, 'CPU'),
             left(regexp_replace(query, '\s+', ' ', 'g'), 60)
        FROM pg_stat_activity
       WHERE datname = current_database() AND backend_type = 'client backend' AND state <> 'idle'
         AND pid <> pg_backend_pid();
    END IF;
    PERFORM pg_sleep(0.1);
  END LOOP;
END $$;
\echo == samples of the import connections (one every 0.1 s), by statement and wait
SELECT count(*) AS samples, round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS "%", wait, query
  FROM sample GROUP BY wait, query HAVING count(*) >= 5 ORDER BY 1 DESC;
SQL
