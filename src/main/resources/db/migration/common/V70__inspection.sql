-- Inspection, supervision and discipline (inspection module, REGULATIONS §10; QĐ 296-QĐ/TW 2025, QĐ 69-QĐ/TW 2022).
-- Confidential: every read filters by the owning commission's unit (the INSPECTION role's scope) or by the members a
-- case names; organisation staff never read these tables.
CREATE TABLE inspection_case (
  id                  UUID PRIMARY KEY,
  commission_unit_id  BIGINT        NOT NULL,
  case_type           VARCHAR(32)   NOT NULL,
  subject_kind        VARCHAR(16)   NOT NULL,
  subject_unit_id     BIGINT        NOT NULL,
  subject_member_id   UUID,
  subject_name        VARCHAR(300)  NOT NULL,
  title               VARCHAR(300)  NOT NULL,
  content             VARCHAR(4000),
  violation_found     BOOLEAN,
  conclusion_text     VARCHAR(8000),
  concluded_on        DATE,
  version             BIGINT        NOT NULL DEFAULT 0,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by          VARCHAR(64)   NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX inspection_case_commission_idx ON inspection_case (commission_unit_id);

CREATE TABLE inspection_case_step (
  case_id      UUID          NOT NULL REFERENCES inspection_case(id),
  step         VARCHAR(24)   NOT NULL,
  position     INT           NOT NULL,
  done_on      DATE          NOT NULL,
  note         VARCHAR(2000),
  document_id  BIGINT,
  document_label VARCHAR(400),
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by  VARCHAR(64)   NOT NULL,
  PRIMARY KEY (case_id, step)
);

CREATE TABLE inspection_case_violation (
  case_id   UUID        NOT NULL REFERENCES inspection_case(id),
  category  VARCHAR(32) NOT NULL,
  PRIMARY KEY (case_id, category)
);

-- members a case explicitly names (the inspection team from outside the commission, the subject): they may read it
CREATE TABLE inspection_case_named (
  case_id    UUID NOT NULL REFERENCES inspection_case(id),
  member_id  UUID NOT NULL,
  PRIMARY KEY (case_id, member_id)
);
CREATE INDEX inspection_case_named_member_idx ON inspection_case_named (member_id);

CREATE TABLE inspection_discipline (
  id                  UUID PRIMARY KEY,
  commission_unit_id  BIGINT        NOT NULL,
  case_id             UUID REFERENCES inspection_case(id),
  subject_kind        VARCHAR(24)   NOT NULL,
  subject_unit_id     BIGINT        NOT NULL,
  subject_member_id   UUID,
  subject_name        VARCHAR(300)  NOT NULL,
  form                VARCHAR(24)   NOT NULL,
  original_form       VARCHAR(24)   NOT NULL,
  authority           VARCHAR(40)   NOT NULL,
  deciding_body       VARCHAR(300)  NOT NULL,
  decision_number     VARCHAR(64)   NOT NULL,
  decided_on          DATE          NOT NULL,
  received_on         DATE          NOT NULL,
  reason              VARCHAR(4000) NOT NULL,
  state               VARCHAR(16)   NOT NULL,
  member_event_id     BIGINT,
  disqualification_id UUID,
  effects             VARCHAR(400),
  version             BIGINT        NOT NULL DEFAULT 0,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by          VARCHAR(64)   NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX inspection_discipline_commission_idx ON inspection_discipline (commission_unit_id);
CREATE INDEX inspection_discipline_case_idx ON inspection_discipline (case_id);

CREATE TABLE inspection_discipline_violation (
  discipline_id  UUID        NOT NULL REFERENCES inspection_discipline(id),
  position       INT         NOT NULL,
  violated_on    DATE        NOT NULL,
  category       VARCHAR(32) NOT NULL,
  exception_kind VARCHAR(24),
  PRIMARY KEY (discipline_id, position)
);

CREATE TABLE inspection_appeal (
  id               UUID PRIMARY KEY,
  discipline_id    UUID          NOT NULL REFERENCES inspection_discipline(id),
  appellant        VARCHAR(300)  NOT NULL,
  filed_on         DATE          NOT NULL,
  grounds          VARCHAR(4000) NOT NULL,
  appeal_body      VARCHAR(300)  NOT NULL,
  due_on           DATE          NOT NULL,
  outcome          VARCHAR(16),
  decided_on       DATE,
  changed_form     VARCHAR(24),
  outcome_note     VARCHAR(4000),
  restoration_note VARCHAR(2000),
  version          BIGINT        NOT NULL DEFAULT 0,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by       VARCHAR(64)   NOT NULL
);
CREATE INDEX inspection_appeal_discipline_idx ON inspection_appeal (discipline_id);
