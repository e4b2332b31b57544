-- Conferences of a body (conference module, issue 6; REGULATIONS §1.4, §7.1, §9): a numbered conference of an executive
-- committee, standing committee, standing members or cell, or a consultation collecting subordinate organisations'
-- comments on a higher level's drafts; its agenda, participants with their attendance, discussion groups (tổ), drafts
-- with versions, the opinions on them with the responsible official's response, and the votes on resolutions.
CREATE TABLE conference (
  id                  UUID PRIMARY KEY,
  org_unit_id         BIGINT        NOT NULL,
  body                VARCHAR(24)   NOT NULL,
  kind                VARCHAR(16)   NOT NULL,
  term_id             BIGINT,
  congress_number     INT,
  number              INT,
  title               VARCHAR(500)  NOT NULL,
  topic               VARCHAR(500),
  held_on             DATE          NOT NULL,
  place               VARCHAR(300),
  programme_item_id   UUID,
  version             BIGINT        NOT NULL DEFAULT 0,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by          VARCHAR(64)   NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT conference_number_uk UNIQUE (org_unit_id, body, term_id, number)
);
CREATE INDEX conference_unit_idx ON conference (org_unit_id, held_on);

CREATE TABLE conference_agenda_item (
  id            UUID PRIMARY KEY,
  conference_id UUID          NOT NULL REFERENCES conference(id),
  position      INT           NOT NULL,
  title         VARCHAR(500)  NOT NULL,
  presenter     VARCHAR(200)
);
CREATE INDEX conference_agenda_conference_idx ON conference_agenda_item (conference_id, position);

CREATE TABLE conference_group (
  id            UUID PRIMARY KEY,
  conference_id UUID          NOT NULL REFERENCES conference(id),
  position      INT           NOT NULL,
  name          VARCHAR(200)  NOT NULL,
  CONSTRAINT conference_group_name_uk UNIQUE (conference_id, name)
);

CREATE TABLE conference_participant (
  id            UUID PRIMARY KEY,
  conference_id UUID          NOT NULL REFERENCES conference(id),
  member_id     UUID,
  full_name     VARCHAR(200)  NOT NULL,
  position_title VARCHAR(300),
  role          VARCHAR(16)   NOT NULL,
  exempt        BOOLEAN       NOT NULL DEFAULT FALSE,
  exclusion     VARCHAR(32),
  attendance    VARCHAR(16),
  group_id      UUID REFERENCES conference_group(id),
  group_leader  BOOLEAN       NOT NULL DEFAULT FALSE,
  version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX conference_participant_conference_idx ON conference_participant (conference_id);
CREATE INDEX conference_participant_member_idx ON conference_participant (member_id);

CREATE TABLE conference_draft (
  id            UUID PRIMARY KEY,
  conference_id UUID          NOT NULL REFERENCES conference(id),
  position      INT           NOT NULL,
  title         VARCHAR(500)  NOT NULL,
  responsible   VARCHAR(200),
  document_id   BIGINT
);
CREATE INDEX conference_draft_conference_idx ON conference_draft (conference_id, position);

CREATE TABLE conference_draft_version (
  id            UUID PRIMARY KEY,
  draft_id      UUID          NOT NULL REFERENCES conference_draft(id),
  number        INT           NOT NULL,
  text          VARCHAR(100000),
  note          VARCHAR(2000),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(64)   NOT NULL,
  CONSTRAINT conference_draft_version_uk UNIQUE (draft_id, number)
);

CREATE TABLE conference_opinion (
  id               UUID PRIMARY KEY,
  conference_id    UUID          NOT NULL REFERENCES conference(id),
  draft_id         UUID          NOT NULL REFERENCES conference_draft(id),
  section          VARCHAR(300),
  participant_id   UUID REFERENCES conference_participant(id),
  speaker_unit_id  BIGINT,
  group_id         UUID REFERENCES conference_group(id),
  text             VARCHAR(8000) NOT NULL,
  disposition      VARCHAR(16),
  response         VARCHAR(8000),
  responded_by     VARCHAR(64),
  responded_at     TIMESTAMP WITH TIME ZONE,
  version          BIGINT        NOT NULL DEFAULT 0,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by       VARCHAR(64)   NOT NULL,
  CONSTRAINT conference_opinion_speaker_ck CHECK (participant_id IS NOT NULL OR speaker_unit_id IS NOT NULL)
);
CREATE INDEX conference_opinion_conference_idx ON conference_opinion (conference_id, draft_id);

CREATE TABLE conference_draft_version_opinion (
  version_id  UUID NOT NULL REFERENCES conference_draft_version(id),
  opinion_id  UUID NOT NULL REFERENCES conference_opinion(id),
  PRIMARY KEY (version_id, opinion_id)
);

CREATE TABLE conference_vote (
  id                 UUID PRIMARY KEY,
  conference_id      UUID          NOT NULL REFERENCES conference(id),
  title              VARCHAR(500)  NOT NULL,
  method             VARCHAR(16)   NOT NULL,
  votes_for          INT           NOT NULL,
  votes_against      INT           NOT NULL,
  abstentions        INT           NOT NULL,
  base               INT           NOT NULL,
  adopted            BOOLEAN       NOT NULL,
  document_id        BIGINT,
  document_number    VARCHAR(60),
  programme_item_id  UUID,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by         VARCHAR(64)   NOT NULL
);
CREATE INDEX conference_vote_conference_idx ON conference_vote (conference_id);
