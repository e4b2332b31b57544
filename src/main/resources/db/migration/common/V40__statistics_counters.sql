-- Current statistics (issue 4): subtree counters kept in the same transaction as the member and organisation
-- changes that move them. org_stat holds, for every active unit, the counted members of its WHOLE subtree (the unit
-- included) per bucket of every dimension, in long format, one row per non-zero bucket; UNIT_KIND counts active
-- units by kind, CELL_SIZE cells by their counted members. Reading a unit's statistics is one index range.
CREATE TABLE org_stat (
  org_unit_id BIGINT      NOT NULL,
  dimension   VARCHAR(24) NOT NULL,
  bucket      VARCHAR(40) NOT NULL,
  members     BIGINT      NOT NULL,
  CONSTRAINT org_stat_pk PRIMARY KEY (org_unit_id, dimension, bucket)
);

-- What each counted member (probationary, official, exempted, in transit, in an active unit) contributes now, by
-- the unit whose list carries it: upkeep is a diff between this row and the member's current record.
CREATE TABLE stat_member (
  member_id          UUID        PRIMARY KEY,
  org_unit_id        BIGINT      NOT NULL,
  status             VARCHAR(24) NOT NULL,
  sex                VARCHAR(8)  NOT NULL,
  age_band           VARCHAR(8)  NOT NULL,
  ethnicity          VARCHAR(32) NOT NULL,
  religion           VARCHAR(32) NOT NULL,
  general_education  VARCHAR(24) NOT NULL,
  professional_level VARCHAR(32) NOT NULL,
  theory_level       VARCHAR(32) NOT NULL,
  party_age_band     VARCHAR(8)  NOT NULL
);
CREATE INDEX stat_member_unit_idx ON stat_member (org_unit_id);

-- The reference date the age and membership-age bands were computed for; one row, locked by every upkeep and by
-- the rebuild so that a rebuild never interleaves with a write.
CREATE TABLE stat_state (
  id    INT  PRIMARY KEY,
  as_of DATE
);
INSERT INTO stat_state (id, as_of) VALUES (1, NULL);

-- Working rows of a rebuild or recount (own counts, then the sums rolled up level by level); empty between runs.
CREATE TABLE stat_rollup (
  org_unit_id BIGINT      NOT NULL,
  dimension   VARCHAR(24) NOT NULL,
  bucket      VARCHAR(40) NOT NULL,
  members     BIGINT      NOT NULL
);
CREATE INDEX stat_rollup_unit_idx ON stat_rollup (org_unit_id);

-- The read surface the statistics count from (the report module reads views, not the other modules' tables).
CREATE VIEW report_member AS
SELECT id, org_unit_id, status, sex, birth_date, ethnicity, religion, general_education, professional_level,
       theory_level, COALESCE(first_admitted_on, admitted_on) AS first_admitted_on
  FROM member;
CREATE VIEW report_org_unit AS
SELECT id, parent_id, kind, name, path, depth, state FROM org_unit;
