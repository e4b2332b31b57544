-- Congresses (congress module, REGULATIONS §1.3, §8.8, §9): one per organisation per season (the term it opens,
-- identified by its first year), its number "lần thứ", plan and milestones, the superior's approval (chuẩn y), the
-- delegates with their credentials, and the congress's own documents (numbered in the document module).
CREATE TABLE congress (
  id                    UUID PRIMARY KEY,
  org_unit_id           BIGINT        NOT NULL,
  season                INT           NOT NULL,
  term_to               INT           NOT NULL,
  kind                  VARCHAR(12)   NOT NULL,
  congress_number       INT           NOT NULL,
  computed_number       INT           NOT NULL,
  number_reason         VARCHAR(500),
  title                 VARCHAR(400)  NOT NULL,
  pilot                 BOOLEAN       NOT NULL,
  direct_secretary      BOOLEAN       NOT NULL,
  planned_on            DATE          NOT NULL,
  announced_on          DATE,
  opens_on              DATE,
  held_from             DATE,
  held_to               DATE,
  attendance_summoned   INT,
  attendance_present    INT,
  term_months           INT,
  approval_number       VARCHAR(60),
  approval_date         DATE,
  status                VARCHAR(12)   NOT NULL,
  version               BIGINT        NOT NULL DEFAULT 0,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by            VARCHAR(64)   NOT NULL,
  updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by            VARCHAR(64)   NOT NULL,
  CONSTRAINT congress_unit_season_uq UNIQUE (org_unit_id, season)
);
CREATE INDEX congress_season_idx ON congress (season, org_unit_id);

CREATE TABLE congress_delegate (
  id                UUID PRIMARY KEY,
  congress_id       UUID          NOT NULL REFERENCES congress(id),
  member_id         UUID          NOT NULL,
  full_name         VARCHAR(200)  NOT NULL,
  member_unit_id    BIGINT        NOT NULL,
  category          VARCHAR(12)   NOT NULL,
  elected_by        VARCHAR(300),
  credential        VARCHAR(10)   NOT NULL,
  rejection_reason  VARCHAR(500),
  substitutes_id    UUID          REFERENCES congress_delegate(id),
  present           BOOLEAN       NOT NULL DEFAULT FALSE,
  version           BIGINT        NOT NULL DEFAULT 0,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by        VARCHAR(64)   NOT NULL,
  CONSTRAINT congress_delegate_member_uq UNIQUE (congress_id, member_id)
);

CREATE TABLE congress_document (
  congress_id  UUID    NOT NULL REFERENCES congress(id),
  document_id  BIGINT  NOT NULL,
  linked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  linked_by    VARCHAR(64) NOT NULL,
  PRIMARY KEY (congress_id, document_id)
);
