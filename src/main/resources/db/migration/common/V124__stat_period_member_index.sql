-- A period's predecessor (same member, ending where the period starts) is found through the primary key
-- (member_id, valid_from): a member has a handful of periods, so a second index on (member_id, valid_to) only cost
-- every insert of a period its maintenance (a fifth of a member import's period writes, docs/benchmarks.md).
DROP INDEX stat_period_member_to_idx;
