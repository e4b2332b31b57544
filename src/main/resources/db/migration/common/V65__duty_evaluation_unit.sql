-- Evaluation of organisations (module duty, REGULATIONS §5.1–§5.2; QĐ 366-QĐ/TW 2025 Art. 11 for collectives).
-- A cycle of kind ORGANISATION opened by a committee has one row per party organisation of its subtree below it
-- (communes, sectoral committees, grassroots organisations, partial committees, cells): the organisation's own
-- self-assessment, the appraisal and proposed level of its direct superior's advisory body, and the level the
-- superior (the deciding unit, in whose group the excellent quota is counted) decided, with the regulation applied.
-- Disciplined units are read from duty_evaluation_disqualification rows without a member.
CREATE TABLE duty_evaluation_unit (
  id                UUID PRIMARY KEY,
  cycle_id          UUID          NOT NULL REFERENCES duty_evaluation_cycle(id),
  org_unit_id       BIGINT        NOT NULL,
  unit_name         VARCHAR(255)  NOT NULL,
  unit_kind         VARCHAR(32)   NOT NULL,
  deciding_unit_id  BIGINT        NOT NULL,
  subordinate_units INT           NOT NULL,
  self_score        INT,
  self_level        VARCHAR(16),
  self_comment      VARCHAR(2000),
  self_by           VARCHAR(64),
  self_at           TIMESTAMP WITH TIME ZONE,
  tasks_total       INT,
  tasks_exceeding   INT,
  tasks_late        INT,
  score             INT,
  proposed_level    VARCHAR(16),
  proposed_remark   VARCHAR(2000),
  proposed_by       VARCHAR(64),
  proposed_at       TIMESTAMP WITH TIME ZONE,
  decided_level     VARCHAR(16),
  decided_by        VARCHAR(64),
  decided_at        TIMESTAMP WITH TIME ZONE,
  rule_code         VARCHAR(200),
  rule_version      VARCHAR(40),
  version           BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT duty_evaluation_unit_uk UNIQUE (cycle_id, org_unit_id),
  CONSTRAINT duty_evaluation_unit_score_ck CHECK ((self_score IS NULL OR self_score BETWEEN 0 AND 100)
                                                  AND (score IS NULL OR score BETWEEN 0 AND 100)),
  CONSTRAINT duty_evaluation_unit_level_ck CHECK (
    (self_level IS NULL OR self_level IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'))
    AND (proposed_level IS NULL OR proposed_level IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'))
    AND (decided_level IS NULL OR decided_level IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')))
);
CREATE INDEX duty_evaluation_unit_deciding_idx ON duty_evaluation_unit (cycle_id, deciding_unit_id);
CREATE INDEX duty_evaluation_unit_unit_idx ON duty_evaluation_unit (org_unit_id);
