-- Committee members' grassroots work (grassroots module, REGULATIONS §14): who sits on a committee (cấp ủy viên, the
-- head marked), the units each member is assigned to follow, the visits they log with findings and follow-up tasks.
CREATE TABLE grassroots_committee_member (
  id                UUID PRIMARY KEY,
  committee_unit_id BIGINT        NOT NULL,
  member_id         UUID          NOT NULL,
  full_name         VARCHAR(200)  NOT NULL,
  head              BOOLEAN       NOT NULL,
  version           BIGINT        NOT NULL DEFAULT 0,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by        VARCHAR(64)   NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT grassroots_committee_member_uq UNIQUE (committee_unit_id, member_id)
);
CREATE INDEX grassroots_committee_member_member_idx ON grassroots_committee_member (member_id);

CREATE TABLE grassroots_assignment (
  committee_member_id UUID   NOT NULL REFERENCES grassroots_committee_member(id),
  org_unit_id         BIGINT NOT NULL,
  PRIMARY KEY (committee_member_id, org_unit_id)
);

CREATE TABLE grassroots_visit (
  id                  UUID PRIMARY KEY,
  committee_member_id UUID          NOT NULL REFERENCES grassroots_committee_member(id),
  org_unit_id         BIGINT        NOT NULL,
  visited_on          DATE          NOT NULL,
  duration            VARCHAR(8)    NOT NULL,
  purpose             VARCHAR(20)   NOT NULL,
  findings            VARCHAR(4000),
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by          VARCHAR(64)   NOT NULL
);
CREATE INDEX grassroots_visit_member_day_idx ON grassroots_visit (committee_member_id, visited_on);

CREATE TABLE grassroots_follow_up (
  id        UUID PRIMARY KEY,
  visit_id  UUID          NOT NULL REFERENCES grassroots_visit(id),
  position  INT           NOT NULL,
  text      VARCHAR(1000) NOT NULL,
  owner     VARCHAR(200),
  due_on    DATE,
  status    VARCHAR(16)   NOT NULL,
  version   BIGINT        NOT NULL DEFAULT 0,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by VARCHAR(64)  NOT NULL
);
CREATE INDEX grassroots_follow_up_visit_idx ON grassroots_follow_up (visit_id);
