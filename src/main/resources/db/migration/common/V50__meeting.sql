-- Cell meetings (meeting module, REGULATIONS §7): meetings with their agenda, recurring schedules that generate them,
-- materials (files in the BlobStore), invitations with replies and attendance, minutes with the resolution's votes.
CREATE TABLE meeting_schedule (
  id           UUID PRIMARY KEY,
  org_unit_id  BIGINT        NOT NULL,
  kind         VARCHAR(16)   NOT NULL,
  title        VARCHAR(300)  NOT NULL,
  day_of_month INT,
  week_of_month INT,
  day_of_week  INT,
  start_time   TIME          NOT NULL,
  place        VARCHAR(300),
  active       BOOLEAN       NOT NULL,
  version      BIGINT        NOT NULL DEFAULT 0,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by   VARCHAR(64)   NOT NULL
);
CREATE INDEX meeting_schedule_unit_idx ON meeting_schedule (org_unit_id);

CREATE TABLE meeting (
  id            UUID PRIMARY KEY,
  org_unit_id   BIGINT        NOT NULL,
  kind          VARCHAR(16)   NOT NULL,
  title         VARCHAR(300)  NOT NULL,
  planned_start TIMESTAMP WITH TIME ZONE NOT NULL,
  place         VARCHAR(300),
  agenda        VARCHAR(8000) NOT NULL,
  state         VARCHAR(16)   NOT NULL,
  schedule_id   UUID REFERENCES meeting_schedule(id) ON DELETE SET NULL,
  invited_at    TIMESTAMP WITH TIME ZONE,
  started_at    TIMESTAMP WITH TIME ZONE,
  ended_at      TIMESTAMP WITH TIME ZONE,
  cancel_reason VARCHAR(1000),
  reminded_at   TIMESTAMP WITH TIME ZONE,
  version       BIGINT        NOT NULL DEFAULT 0,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by    VARCHAR(64)   NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT meeting_schedule_start_uq UNIQUE (schedule_id, planned_start)
);
CREATE INDEX meeting_unit_start_idx ON meeting (org_unit_id, planned_start);
CREATE INDEX meeting_start_idx ON meeting (planned_start);

CREATE TABLE meeting_material (
  id           UUID PRIMARY KEY,
  meeting_id   UUID          NOT NULL REFERENCES meeting(id),
  purpose      VARCHAR(16)   NOT NULL,
  title        VARCHAR(300)  NOT NULL,
  file_name    VARCHAR(255)  NOT NULL,
  content_type VARCHAR(120)  NOT NULL,
  sha256       VARCHAR(64)   NOT NULL,
  size_bytes   BIGINT        NOT NULL,
  uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  uploaded_by  VARCHAR(64)   NOT NULL,
  published_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX meeting_material_meeting_idx ON meeting_material (meeting_id);

CREATE TABLE meeting_invitation (
  id              UUID PRIMARY KEY,
  meeting_id      UUID          NOT NULL REFERENCES meeting(id),
  member_id       UUID,
  guest_name      VARCHAR(200),
  guest_role      VARCHAR(200),
  full_name       VARCHAR(200)  NOT NULL,
  member_status   VARCHAR(24),
  reply           VARCHAR(12),
  reply_reason    VARCHAR(1000),
  replied_at      TIMESTAMP WITH TIME ZONE,
  attendance      VARCHAR(20),
  absence_reason  VARCHAR(1000),
  base_exclusion  VARCHAR(24),
  checked_in_at   TIMESTAMP WITH TIME ZONE,
  checked_in_by   VARCHAR(12),
  checked_in_account VARCHAR(64),
  CONSTRAINT meeting_invitation_member_uq UNIQUE (meeting_id, member_id)
);
CREATE INDEX meeting_invitation_member_idx ON meeting_invitation (member_id);

CREATE TABLE meeting_minutes (
  meeting_id      UUID PRIMARY KEY REFERENCES meeting(id),
  minutes_text    VARCHAR(20000) NOT NULL,
  resolution_text VARCHAR(20000),
  votes_for       INT           NOT NULL,
  votes_against   INT           NOT NULL,
  votes_abstain   INT           NOT NULL,
  quorum_base     INT           NOT NULL,
  voters_present  INT           NOT NULL,
  quorate         BOOLEAN       NOT NULL,
  resolution_valid BOOLEAN      NOT NULL,
  rule            VARCHAR(200)  NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by     VARCHAR(64)   NOT NULL
);
