-- Evaluation and quality rating (module duty, REGULATIONS §5; QĐ 366-QĐ/TW 2025 Art. 11).
-- A cycle is opened by a committee for its subtree, for a year or a shorter period; each member of a cell under it
-- has one row per cycle: the member's self-assessment, the cell's appraisal and proposed level, the level the
-- competent body decided, and the regulation that applied.
CREATE TABLE duty_evaluation_cycle (
  id              UUID PRIMARY KEY,
  org_unit_id     BIGINT       NOT NULL,
  kind            VARCHAR(16)  NOT NULL,
  eval_year       INT          NOT NULL,
  period          VARCHAR(8)   NOT NULL,
  state           VARCHAR(20)  NOT NULL,
  self_due        DATE,
  appraisal_due   DATE,
  decision_number VARCHAR(40),
  decision_date   DATE,
  opened_by       VARCHAR(64)  NOT NULL,
  opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  published_at    TIMESTAMP WITH TIME ZONE,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT duty_evaluation_cycle_uk UNIQUE (org_unit_id, kind, eval_year, period),
  CONSTRAINT duty_evaluation_cycle_kind_ck CHECK (kind IN ('MEMBER', 'ORGANISATION')),
  CONSTRAINT duty_evaluation_cycle_period_ck CHECK (period IN ('YEAR', 'Q1', 'Q2', 'Q3', 'Q4', 'TERM')),
  CONSTRAINT duty_evaluation_cycle_state_ck
    CHECK (state IN ('OPEN', 'SELF_ASSESSMENT', 'APPRAISAL', 'DECIDED', 'PUBLISHED')),
  CONSTRAINT duty_evaluation_cycle_decision_ck
    CHECK (state NOT IN ('DECIDED', 'PUBLISHED') OR (decision_number IS NOT NULL AND decision_date IS NOT NULL))
);
CREATE INDEX duty_evaluation_cycle_unit_idx ON duty_evaluation_cycle (org_unit_id, eval_year);

CREATE TABLE duty_evaluation_member (
  id               UUID PRIMARY KEY,
  cycle_id         UUID          NOT NULL REFERENCES duty_evaluation_cycle(id),
  member_id        UUID          NOT NULL,
  member_name      VARCHAR(200)  NOT NULL,
  org_unit_id      BIGINT        NOT NULL,
  grassroots_id    BIGINT        NOT NULL,
  self_score       INT,
  self_level       VARCHAR(16),
  self_comment     VARCHAR(2000),
  self_at          TIMESTAMP WITH TIME ZONE,
  tasks_total      INT,
  tasks_exceeding  INT,
  tasks_late       INT,
  score            INT,
  proposed_level   VARCHAR(16),
  proposed_remark  VARCHAR(2000),
  proposed_by      VARCHAR(64),
  proposed_at      TIMESTAMP WITH TIME ZONE,
  decided_level    VARCHAR(16),
  decided_by       VARCHAR(64),
  decided_at       TIMESTAMP WITH TIME ZONE,
  rule_code        VARCHAR(200),
  rule_version     VARCHAR(40),
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT duty_evaluation_member_uk UNIQUE (cycle_id, member_id),
  CONSTRAINT duty_evaluation_member_score_ck CHECK ((self_score IS NULL OR self_score BETWEEN 0 AND 100)
                                                    AND (score IS NULL OR score BETWEEN 0 AND 100)),
  CONSTRAINT duty_evaluation_member_level_ck CHECK (
    (self_level IS NULL OR self_level IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'))
    AND (proposed_level IS NULL OR proposed_level IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'))
    AND (decided_level IS NULL OR decided_level IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')))
);
CREATE INDEX duty_evaluation_member_cell_idx ON duty_evaluation_member (cycle_id, org_unit_id);
CREATE INDEX duty_evaluation_member_grassroots_idx ON duty_evaluation_member (cycle_id, grassroots_id);
CREATE INDEX duty_evaluation_member_member_idx ON duty_evaluation_member (member_id);

-- Events that force "not completed" for the year (REGULATIONS §5.2): entered by staff now, fed later by the
-- inspection module through EvaluationManagement.recordDisqualification. member_id is null for a unit's own.
CREATE TABLE duty_evaluation_disqualification (
  id          UUID PRIMARY KEY,
  member_id   UUID,
  org_unit_id BIGINT        NOT NULL,
  eval_year   INT           NOT NULL,
  reason      VARCHAR(500)  NOT NULL,
  reference   VARCHAR(200),
  recorded_by VARCHAR(64)   NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX duty_evaluation_disqualification_member_idx ON duty_evaluation_disqualification (member_id, eval_year);
CREATE INDEX duty_evaluation_disqualification_unit_idx ON duty_evaluation_disqualification (org_unit_id, eval_year);
