-- Work programmes (issue 7): where a task came from when another module handed it over (e.g. a follow-up task of a
-- committee member's grassroots visit), and when its owner was last reminded of it.
ALTER TABLE programme_task ADD COLUMN origin_kind VARCHAR(30);
ALTER TABLE programme_task ADD COLUMN origin_id UUID;
ALTER TABLE programme_task ADD COLUMN origin_label VARCHAR(500);
ALTER TABLE programme_task ADD COLUMN reminded_on DATE;
