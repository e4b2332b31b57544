-- Member imports from Excel/CSV: one row per import job (who, when, which file, mode, counts, state), visible within
-- the scope of its target unit.
CREATE TABLE member_import (
  id              UUID PRIMARY KEY,
  org_unit_id     BIGINT       NOT NULL REFERENCES org_unit(id),
  account_id      UUID,
  created_by      VARCHAR(64)  NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at     TIMESTAMP WITH TIME ZONE,
  file_name       VARCHAR(255) NOT NULL,
  file_format     VARCHAR(8)   NOT NULL,
  mode            VARCHAR(24)  NOT NULL,
  state           VARCHAR(24)  NOT NULL,
  rows_total      BIGINT       NOT NULL DEFAULT 0,
  rows_read       BIGINT       NOT NULL DEFAULT 0,
  rows_valid      BIGINT       NOT NULL DEFAULT 0,
  rows_written    BIGINT       NOT NULL DEFAULT 0,
  inserted_count  BIGINT       NOT NULL DEFAULT 0,
  updated_count   BIGINT       NOT NULL DEFAULT 0,
  unchanged_count BIGINT       NOT NULL DEFAULT 0,
  error_count     BIGINT       NOT NULL DEFAULT 0,
  percent         INT          NOT NULL DEFAULT 0,
  failure_code    VARCHAR(100)
);
CREATE INDEX member_import_unit_idx ON member_import (org_unit_id, created_at);

-- The errors of an import: row, column (Vietnamese header), the value found and the message code with its argument.
CREATE TABLE member_import_error (
  import_id   UUID         NOT NULL REFERENCES member_import(id),
  seq         INT          NOT NULL,
  row_no      INT          NOT NULL,
  column_name VARCHAR(100),
  cell_value  VARCHAR(300),
  code        VARCHAR(100) NOT NULL,
  arg         VARCHAR(300),
  PRIMARY KEY (import_id, seq)
);

-- Staging of an import's valid rows, filled and emptied inside the import's one write transaction: the rows are
-- loaded in bulk, checked against the registry in SQL and merged into member by a few set statements.
CREATE TABLE member_import_row (
  import_id                 UUID         NOT NULL,
  row_no                    INT          NOT NULL,
  member_id                 UUID         NOT NULL,
  org_unit_id               BIGINT       NOT NULL,
  status                    VARCHAR(24),
  full_name                 VARCHAR(200) NOT NULL,
  search_name               VARCHAR(200) NOT NULL,
  sort_key                  VARCHAR(200) NOT NULL,
  birth_name                VARCHAR(200),
  aliases                   VARCHAR(200),
  sex                       VARCHAR(1)   NOT NULL,
  birth_date                DATE         NOT NULL,
  birth_place               VARCHAR(300),
  home_town                 VARCHAR(300),
  permanent_address         VARCHAR(300),
  temporary_address         VARCHAR(300),
  ethnicity                 VARCHAR(32)  NOT NULL,
  religion                  VARCHAR(32),
  occupation                VARCHAR(200),
  general_education         VARCHAR(10),
  professional_level        VARCHAR(32),
  academic_title            VARCHAR(32),
  theory_level              VARCHAR(32),
  card_number               VARCHAR(20),
  history_number            VARCHAR(20),
  citizen_id                VARCHAR(12)  NOT NULL,
  phone                     VARCHAR(20),
  email                     VARCHAR(254),
  admitted_on               DATE,
  admission_decision_number VARCHAR(40),
  admission_decision_body   VARCHAR(200),
  ceremony_date             DATE,
  ceremony_place            VARCHAR(300),
  official_on               DATE,
  official_place            VARCHAR(300),
  party_posts               VARCHAR(300),
  workplace                 VARCHAR(300),
  existing_id               UUID,
  existing_version          BIGINT,
  existing_unit_id          BIGINT,
  existing_status           VARCHAR(24),
  changed                   BOOLEAN      NOT NULL DEFAULT FALSE,
  PRIMARY KEY (import_id, row_no)
);
