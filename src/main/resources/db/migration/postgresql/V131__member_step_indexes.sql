-- Every lifecycle step rewrites its member's row, and as the status is indexed the new version is entered into every
-- index of member: the update was the costliest statement of a step at national scale (docs/benchmarks.md). Two of
-- those entries served nothing:
-- (org_unit_id) repeats the start of member_sort_idx (org_unit_id, sort_key), which answers the same look-ups;
DROP INDEX member_org_unit_idx;
-- a member is on the way to another organisation for weeks of its life at most: only those rows are looked up by the
-- receiving organisation (transit_to_org_unit_id = …, which implies IS NOT NULL, so the planner uses the partial index).
DROP INDEX member_transit_idx;
CREATE INDEX member_transit_idx ON member (transit_to_org_unit_id) WHERE transit_to_org_unit_id IS NOT NULL;
