-- Members' notifications (handbook module): in-app messages written by any module through the MemberNotifications
-- port in the transaction of the change they announce.
CREATE TABLE handbook_notification (
  id         UUID PRIMARY KEY,
  member_id  UUID         NOT NULL,
  kind       VARCHAR(60)  NOT NULL,
  title      VARCHAR(300) NOT NULL,
  body       VARCHAR(2000),
  link       VARCHAR(300),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX handbook_notification_member_idx ON handbook_notification (member_id, created_at);
