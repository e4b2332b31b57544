-- Statistics as of a date (issue 4): the periods during which a member was counted (probationary, official, exempted
-- or in transit) in one unit with one status, derived from the current member_event rows and re-derived in the same
-- transaction as every lifecycle step and every merge or split. valid_to is the first day not covered (NULL: still
-- open); start_kind and end_kind are the steps that opened and closed the period (what a movement is classified by).
CREATE TABLE stat_period (
  member_id   UUID        NOT NULL REFERENCES member(id),
  org_unit_id BIGINT      NOT NULL REFERENCES org_unit(id),
  status      VARCHAR(24) NOT NULL,
  valid_from  DATE        NOT NULL,
  valid_to    DATE,
  start_kind  VARCHAR(40) NOT NULL,
  end_kind    VARCHAR(40),
  CONSTRAINT stat_period_pk PRIMARY KEY (member_id, valid_from)
);
-- "Which periods cover date D in the units of a path range": the units come from the org_unit path index, then
-- each unit's periods by start date; the end is checked on the index entry.
CREATE INDEX stat_period_unit_from_idx ON stat_period (org_unit_id, valid_from, valid_to);
-- Departures over a period, and a period's successor (same member, starting where it ends).
CREATE INDEX stat_period_unit_to_idx ON stat_period (org_unit_id, valid_to);
CREATE INDEX stat_period_member_to_idx ON stat_period (member_id, valid_to);

-- Whether the periods must be rebuilt from the whole history (set by bulk writers that bypass the lifecycle, read at
-- start-up), and the last event row the latest full rebuild saw.
CREATE TABLE stat_period_state (
  id            INT     NOT NULL PRIMARY KEY,
  stale         BOOLEAN NOT NULL,
  events_upto   BIGINT  NOT NULL,
  rebuilt_at    TIMESTAMP WITH TIME ZONE
);
INSERT INTO stat_period_state (id, stale, events_upto) VALUES (1, TRUE, 0);
