-- Inspection and supervision plans (inspection module, REGULATIONS §10.2; QĐ 296-QĐ/TW 2025): the yearly or whole-term
-- plan of a commission (owner COMMISSION) or of a committee or cell itself (owner COMMITTEE), its items (whom, what,
-- when, by whom) and the cases opened from an item. Internal: read by the plan's managers and the INSPECTION role whose
-- scope holds the owning unit.
CREATE TABLE inspection_plan (
  id               UUID PRIMARY KEY,
  owner_unit_id    BIGINT        NOT NULL,
  owner            VARCHAR(16)   NOT NULL,
  activity         VARCHAR(16)   NOT NULL,
  period_kind      VARCHAR(8)    NOT NULL,
  plan_year        INT,
  period_from      DATE          NOT NULL,
  period_to        DATE          NOT NULL,
  title            VARCHAR(300)  NOT NULL,
  decision_number  VARCHAR(64),
  decision_date    DATE,
  version          BIGINT        NOT NULL DEFAULT 0,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by       VARCHAR(64)   NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX inspection_plan_owner_idx ON inspection_plan (owner_unit_id);

CREATE TABLE inspection_plan_item (
  id                 UUID PRIMARY KEY,
  plan_id            UUID          NOT NULL REFERENCES inspection_plan(id),
  position           INT           NOT NULL,
  subject_kind       VARCHAR(16)   NOT NULL,
  subject_unit_id    BIGINT        NOT NULL,
  subject_member_id  UUID,
  subject_name       VARCHAR(300)  NOT NULL,
  content            VARCHAR(4000) NOT NULL,
  planned_from       DATE          NOT NULL,
  planned_to         DATE          NOT NULL,
  team               VARCHAR(500),
  case_type          VARCHAR(32),
  version            BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX inspection_plan_item_plan_idx ON inspection_plan_item (plan_id);

-- members of the team that carries an item out, when they are named
CREATE TABLE inspection_plan_item_member (
  item_id    UUID NOT NULL REFERENCES inspection_plan_item(id),
  member_id  UUID NOT NULL,
  PRIMARY KEY (item_id, member_id)
);

ALTER TABLE inspection_case ADD COLUMN plan_item_id UUID REFERENCES inspection_plan_item(id);
CREATE INDEX inspection_case_plan_item_idx ON inspection_case (plan_item_id);
