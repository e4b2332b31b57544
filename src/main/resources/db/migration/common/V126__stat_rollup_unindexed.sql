-- The counters' working rows are only ever read whole (sums per unit and bucket, the level-by-level roll-up, the
-- MERGE into org_stat), never looked up by unit: their index only cost each of the millions of rows an import or a
-- rebuild writes there its maintenance (docs/benchmarks.md).
DROP INDEX stat_rollup_unit_idx;
