-- Grassroots work (issue 7): a logged visit is revised or withdrawn under optimistic locking, and a follow-up task of
-- a visit may become a task of a work programme (the link is kept on the follow-up; the programme module does not read
-- grassroots tables).
ALTER TABLE grassroots_visit ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE grassroots_visit ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE grassroots_visit ADD COLUMN updated_by VARCHAR(64);
ALTER TABLE grassroots_follow_up ADD COLUMN programme_id UUID;
ALTER TABLE grassroots_follow_up ADD COLUMN programme_task_id UUID;
CREATE INDEX grassroots_follow_up_task_idx ON grassroots_follow_up (programme_task_id);
