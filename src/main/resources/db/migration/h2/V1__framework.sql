-- Spring Session JDBC (sessions shared by every app node) and the Spring Modulith event publication registry.
-- DDL copied from spring-session-jdbc 4.1.0 and spring-modulith-events-jdbc 2.1.1 (schema v2, archive mode).
CREATE TABLE spring_session (
  primary_id CHAR(36) NOT NULL,
  session_id CHAR(36) NOT NULL,
  creation_time BIGINT NOT NULL,
  last_access_time BIGINT NOT NULL,
  max_inactive_interval INT NOT NULL,
  expiry_time BIGINT NOT NULL,
  principal_name VARCHAR(100),
  CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);
CREATE TABLE spring_session_attributes (
  session_primary_id CHAR(36) NOT NULL,
  attribute_name VARCHAR(200) NOT NULL,
  attribute_bytes LONGVARBINARY NOT NULL,
  CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
  CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session(primary_id) ON DELETE CASCADE
);

CREATE TABLE event_publication (
  id UUID NOT NULL,
  completion_date TIMESTAMP(9) WITH TIME ZONE,
  event_type VARCHAR(512) NOT NULL,
  listener_id VARCHAR(512) NOT NULL,
  publication_date TIMESTAMP(9) WITH TIME ZONE NOT NULL,
  serialized_event VARCHAR(4000) NOT NULL,
  status VARCHAR(20),
  completion_attempts INT,
  last_resubmission_date TIMESTAMP(9) WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX event_publication_by_listener_idx ON event_publication (listener_id, serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
CREATE TABLE event_publication_archive (
  id UUID NOT NULL,
  completion_date TIMESTAMP(9) WITH TIME ZONE,
  event_type VARCHAR(512) NOT NULL,
  listener_id VARCHAR(512) NOT NULL,
  publication_date TIMESTAMP(9) WITH TIME ZONE NOT NULL,
  serialized_event VARCHAR(4000) NOT NULL,
  status VARCHAR(20),
  completion_attempts INT,
  last_resubmission_date TIMESTAMP(9) WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX event_publication_archive_by_completion_date_idx ON event_publication_archive (completion_date);
