-- Members' feedback to their committee (handbook module): a question or an opinion, tracked to an answer.
-- org_unit_id is the member's cell when the feedback was sent: the committees over it see and answer it.
CREATE TABLE handbook_feedback (
  id          UUID PRIMARY KEY,
  member_id   UUID          NOT NULL,
  member_name VARCHAR(200)  NOT NULL,
  org_unit_id BIGINT        NOT NULL,
  kind        VARCHAR(20)   NOT NULL,
  subject     VARCHAR(200)  NOT NULL,
  body        VARCHAR(4000) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  state       VARCHAR(20)   NOT NULL,
  answer      VARCHAR(4000),
  answered_by VARCHAR(64),
  answered_at TIMESTAMP WITH TIME ZONE,
  version     BIGINT        NOT NULL
);
CREATE INDEX handbook_feedback_member_idx ON handbook_feedback (member_id, created_at);
CREATE INDEX handbook_feedback_unit_idx ON handbook_feedback (org_unit_id, state, created_at);
