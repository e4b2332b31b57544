-- Two costs every bulk write paid for nothing (docs/benchmarks.md, member import):
-- the counters' working rows are emptied at the end of each run, so they need no crash safety (no WAL);
-- almost no history row supersedes another, so the index that finds the row superseding a step holds only those
-- (every query of it asks for one id, which the planner proves non-null).
ALTER TABLE stat_rollup SET UNLOGGED;
DROP INDEX member_event_supersedes_idx;
CREATE INDEX member_event_supersedes_idx ON member_event (supersedes_id) WHERE supersedes_id IS NOT NULL;
