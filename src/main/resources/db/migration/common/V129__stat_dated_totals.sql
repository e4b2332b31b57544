-- Dated totals (issue 4): the statistics of the largest subtrees (the anchors: units down to a configured depth) as of
-- any date, without reading their millions of counted periods. Each anchor keeps, per breakdown key, the changes of its
-- count day by day (stat_dated_day) and their sums per year (stat_dated_year): the count on day D is the sum of the
-- years before D's year and of D's year's days up to D. Derived from stat_period, the members' attributes and the
-- tree; rebuilt set-based after bulk or organisation changes and kept in the same transaction as each member's change.

-- The attributes each member's contributions were last computed with: a change takes those away, then adds the new.
-- The days the member's age and membership-age bands change are worked out once here, not for every period: the
-- 31st … 71st birthdays, the 10th … 50th anniversaries of the first admission.
CREATE TABLE stat_dated_member (
  member_id          UUID        NOT NULL PRIMARY KEY,
  sex                VARCHAR(1)  NOT NULL,
  ethnicity          VARCHAR(32) NOT NULL,
  religion           VARCHAR(32),
  general_education  VARCHAR(10),
  professional_level VARCHAR(32),
  theory_level       VARCHAR(32),
  turns_31           DATE        NOT NULL,
  turns_41           DATE        NOT NULL,
  turns_51           DATE        NOT NULL,
  turns_61           DATE        NOT NULL,
  turns_71           DATE        NOT NULL,
  first_admitted_on  DATE,
  party_10           DATE,
  party_20           DATE,
  party_30           DATE,
  party_40           DATE,
  party_50           DATE
);

-- Every unit under each anchor (the anchor itself included), with the anchor's direct child that holds it (NULL for
-- the anchor itself) and its life: created (or split off) to ended, '0001-01-01' and '9999-12-31' when unrecorded.
CREATE TABLE stat_dated_unit (
  unit_id   BIGINT      NOT NULL,
  anchor_id BIGINT      NOT NULL,
  child_id  BIGINT,
  kind      VARCHAR(32) NOT NULL,
  cell      BOOLEAN     NOT NULL,
  starts_on DATE        NOT NULL,
  ends_on   DATE        NOT NULL,
  CONSTRAINT stat_dated_unit_pk PRIMARY KEY (unit_id, anchor_id)
);
CREATE INDEX stat_dated_unit_anchor_idx ON stat_dated_unit (anchor_id);

CREATE TABLE stat_dated_day (
  anchor_id BIGINT      NOT NULL,
  on_day    DATE        NOT NULL,
  dim       VARCHAR(16) NOT NULL,
  bucket    VARCHAR(64) NOT NULL,
  delta     BIGINT      NOT NULL,
  CONSTRAINT stat_dated_day_pk PRIMARY KEY (anchor_id, on_day, dim, bucket)
);

CREATE TABLE stat_dated_year (
  anchor_id BIGINT      NOT NULL,
  in_year   INT         NOT NULL,
  dim       VARCHAR(16) NOT NULL,
  bucket    VARCHAR(64) NOT NULL,
  delta     BIGINT      NOT NULL,
  CONSTRAINT stat_dated_year_pk PRIMARY KEY (anchor_id, in_year, dim, bucket)
);

-- A member change's additions and removals, gathered before they are added to the two tables above (what did not
-- change cancels out there first); empty outside a transaction that changes the totals.
CREATE TABLE stat_dated_change (
  anchor_id BIGINT      NOT NULL,
  on_day    DATE        NOT NULL,
  dim       VARCHAR(16) NOT NULL,
  bucket    VARCHAR(64) NOT NULL,
  delta     BIGINT      NOT NULL
);

-- The units an organisation change touched (a created or dissolved unit, a moved subtree, the subtrees of a merge or
-- a split), whose members, cells and lives are taken away and added again; empty outside such a transaction.
CREATE TABLE stat_dated_scope (
  unit_id BIGINT NOT NULL PRIMARY KEY
);

-- fresh: the totals equal the periods and may be read; version: bumped by every change, so that a rebuild that a
-- change overlapped does not mark them fresh; depth: the anchors' depth they were built for.
CREATE TABLE stat_dated_state (
  id         INT     NOT NULL PRIMARY KEY,
  fresh      BOOLEAN NOT NULL,
  version    BIGINT  NOT NULL,
  depth      INT,
  rebuilt_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO stat_dated_state (id, fresh, version) VALUES (1, FALSE, 0);
