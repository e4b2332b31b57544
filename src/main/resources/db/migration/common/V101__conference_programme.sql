-- The committee's term work programme (conference module, issue 7 point 6): per body and term, the number of regular
-- conferences planned, and the planned thematic conferences and thematic resolutions, each in a quarter. Conferences
-- and adopted resolutions point at the planned item they fulfil.
CREATE TABLE conference_programme (
  id               UUID PRIMARY KEY,
  org_unit_id      BIGINT        NOT NULL,
  body             VARCHAR(24)   NOT NULL,
  term_id          BIGINT        NOT NULL,
  planned_regular  INT           NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by       VARCHAR(64)   NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT conference_programme_uk UNIQUE (org_unit_id, body, term_id),
  CONSTRAINT conference_programme_regular_ck CHECK (planned_regular >= 0)
);

CREATE TABLE conference_programme_item (
  id            UUID PRIMARY KEY,
  programme_id  UUID          NOT NULL REFERENCES conference_programme(id),
  kind          VARCHAR(24)   NOT NULL,
  title         VARCHAR(500)  NOT NULL,
  planned_year  INT           NOT NULL,
  planned_quarter INT         NOT NULL,
  CONSTRAINT conference_programme_item_quarter_ck CHECK (planned_quarter BETWEEN 1 AND 4)
);
CREATE INDEX conference_programme_item_programme_idx ON conference_programme_item (programme_id);
