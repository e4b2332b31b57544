-- The index of steps by kind and date holds only the kinds that are looked up by kind: the steps that open or close a
-- gap in membership or end the count (MembershipAgeQueries.STEP_KINDS) and the reorganisation steps
-- (StatPeriods.rederiveMovedInto). The admission pipeline's steps, most of the history, are only read per member; their
-- entries made up a third of the cost of writing an import's 1.5 M steps (docs/benchmarks.md). A query that names a
-- kind outside this list does not use the index; KindIndexPostgresIntegrationTests holds the list and the queries
-- together. H2 keeps the full index.
DROP INDEX member_event_kind_date_idx;
CREATE INDEX member_event_kind_date_idx ON member_event (kind, effective_date)
  WHERE kind IN ('REMOVED', 'EXPELLED', 'LEFT', 'READMITTED', 'TRANSFER_OUT', 'TRANSFER_RECEIVED', 'TRANSFER_CANCELLED',
                 'TRANSFER_DEPARTED', 'DIED', 'UNIT_REORGANISED');
