-- The member's file (hồ sơ đảng viên, REGULATIONS §2.1 and §3.3): scanned forms and decisions attached to the record.
-- Documents are never deleted: one filed in error is withdrawn with a reason and stays for the audit.
CREATE TABLE member_document (
  id               UUID PRIMARY KEY,
  member_id        UUID         NOT NULL REFERENCES member(id),
  kind             VARCHAR(40)  NOT NULL,
  title            VARCHAR(200) NOT NULL,
  file_name        VARCHAR(200) NOT NULL,
  content_type     VARCHAR(40)  NOT NULL,
  size_bytes       BIGINT       NOT NULL,
  sha256           VARCHAR(64)  NOT NULL,
  bytes            BYTEA        NOT NULL,
  event_id         BIGINT REFERENCES member_event(id),
  uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  uploaded_by      VARCHAR(64)  NOT NULL,
  withdrawn_at     TIMESTAMP WITH TIME ZONE,
  withdrawn_by     VARCHAR(64),
  withdrawn_reason VARCHAR(500)
);
CREATE INDEX member_document_member_idx ON member_document (member_id, uploaded_at);
