-- The complete member record: the items of the personal history and of the member form (REGULATIONS §2.2, §2.3).
-- New columns are nullable: records imported from older registers fill them in over time.
ALTER TABLE member ADD COLUMN birth_name VARCHAR(200);
ALTER TABLE member ADD COLUMN aliases VARCHAR(200);
ALTER TABLE member ADD COLUMN birth_place VARCHAR(300);
ALTER TABLE member ADD COLUMN home_town VARCHAR(300);
ALTER TABLE member ADD COLUMN permanent_address VARCHAR(300);
ALTER TABLE member ADD COLUMN temporary_address VARCHAR(300);
ALTER TABLE member ADD COLUMN religion VARCHAR(32);
ALTER TABLE member ADD COLUMN occupation VARCHAR(200);
ALTER TABLE member ADD COLUMN general_education VARCHAR(10);
ALTER TABLE member ADD COLUMN professional_level VARCHAR(32);
ALTER TABLE member ADD COLUMN academic_title VARCHAR(32);
ALTER TABLE member ADD COLUMN theory_level VARCHAR(32);
ALTER TABLE member ADD COLUMN history_number VARCHAR(20);
ALTER TABLE member ADD COLUMN email VARCHAR(254);
ALTER TABLE member ADD COLUMN admission_decision_number VARCHAR(40);
ALTER TABLE member ADD COLUMN admission_decision_body VARCHAR(200);
ALTER TABLE member ADD COLUMN ceremony_date DATE;
ALTER TABLE member ADD COLUMN ceremony_place VARCHAR(300);
ALTER TABLE member ADD COLUMN official_place VARCHAR(300);
ALTER TABLE member ADD COLUMN party_posts VARCHAR(300);
ALTER TABLE member ADD COLUMN workplace VARCHAR(300);

-- Field-level change history of a record: one row per changed field and write, in the write's transaction.
CREATE TABLE member_change (
  id         UUID PRIMARY KEY,
  member_id  UUID         NOT NULL REFERENCES member(id),
  version    BIGINT       NOT NULL,
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by VARCHAR(64)  NOT NULL,
  field      VARCHAR(64)  NOT NULL,
  old_value  VARCHAR(400),
  new_value  VARCHAR(400)
);
CREATE INDEX member_change_member_idx ON member_change (member_id, changed_at);

-- The member's photo (2×3 cm portrait of the form), kept apart so that reading a record does not load it.
CREATE TABLE member_photo (
  member_id    UUID PRIMARY KEY REFERENCES member(id),
  content_type VARCHAR(32)  NOT NULL,
  bytes        BYTEA        NOT NULL,
  sha256       VARCHAR(64)  NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
