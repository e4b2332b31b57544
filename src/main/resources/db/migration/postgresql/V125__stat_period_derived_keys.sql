-- The counted periods are derived from member_event (which keeps its foreign keys) and rebuilt from it at will; no
-- member or unit is ever deleted (a member leaves by a lifecycle step, a unit by dissolution). The two foreign keys
-- only checked, per period written, what the derivation already guarantees: 2 look-ups a row, half of the time of a
-- member import's period writes (docs/benchmarks.md). H2, the embedded development database, keeps them.
ALTER TABLE stat_period DROP CONSTRAINT stat_period_member_id_fkey;
ALTER TABLE stat_period DROP CONSTRAINT stat_period_org_unit_id_fkey;
