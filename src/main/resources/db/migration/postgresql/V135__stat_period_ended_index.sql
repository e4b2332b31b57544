-- The periods by the day they ended serve one question, the departures over a span (HistoryQueries.departures),
-- which names an end date; an open period (valid_to NULL: a member still counted) is never looked up there. About
-- half of the periods are open, and every new member adds one: an import of 500,000 members entered 500,000 entries
-- that no query reads (docs/benchmarks.md). H2 has no partial index and keeps V42's.
DROP INDEX stat_period_unit_to_idx;
CREATE INDEX stat_period_unit_to_idx ON stat_period (org_unit_id, valid_to) WHERE valid_to IS NOT NULL;
