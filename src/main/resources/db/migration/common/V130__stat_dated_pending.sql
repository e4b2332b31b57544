-- Dated totals kept after the step (issue 4): a lifecycle step or a record edit only notes its member in
-- stat_dated_pending, in its own transaction; a worker adds the member's changes to the totals once the step has
-- committed. The totals are always those of stat_dated_period and stat_dated_member, the periods and attributes they
-- were last computed with: the worker takes a member's contributions away from those, copies the member's periods
-- and attributes again, and adds them back. A statistics read that meets a pending member first has the worker catch
-- up, or answers from the periods.

-- The counted periods (stat_period) as the totals hold them. Not unique by (member, start): an organisation change
-- copies the periods of the units it touched, and a member still pending may hold a period elsewhere that starts on
-- the same day until the worker copies all of its periods.
CREATE TABLE stat_dated_period (
  member_id   UUID        NOT NULL,
  org_unit_id BIGINT      NOT NULL,
  status      VARCHAR(24) NOT NULL,
  valid_from  DATE        NOT NULL,
  valid_to    DATE
);
CREATE INDEX stat_dated_period_member_idx ON stat_dated_period (member_id);
CREATE INDEX stat_dated_period_unit_idx ON stat_dated_period (org_unit_id);

-- Members changed since the totals last took them in: one row per change, taken away by the worker in the
-- transaction that takes them in.
CREATE TABLE stat_dated_pending (
  member_id UUID NOT NULL
);
CREATE INDEX stat_dated_pending_member_idx ON stat_dated_pending (member_id);

-- the totals need their periods copied: built again at the next start
UPDATE stat_dated_state SET fresh = FALSE, version = version + 1;
