-- Denunciations against party organisations and members handled inside the Party (tố cáo trong Đảng, REGULATIONS
-- §10.6; QĐ 22-QĐ/TW 2021 ch. IV, carried into QĐ 296-QĐ/TW 2025 ch. IV). Confidential: read only by the INSPECTION
-- role over the handling commission, never by the accused; the denouncer's identity stays in this table.
CREATE TABLE inspection_denunciation (
  id                   UUID PRIMARY KEY,
  commission_unit_id   BIGINT        NOT NULL,
  received_on          DATE          NOT NULL,
  channel              VARCHAR(16)   NOT NULL,
  denouncer_name       VARCHAR(300),
  denouncer_address    VARCHAR(500),
  denouncer_contact    VARCHAR(200),
  signer_count         INT           NOT NULL,
  false_name           BOOLEAN       NOT NULL,
  repeated             BOOLEAN       NOT NULL,
  accused_kind         VARCHAR(16)   NOT NULL,
  accused_unit_id      BIGINT        NOT NULL,
  accused_member_id    UUID,
  accused_name         VARCHAR(300)  NOT NULL,
  content              VARCHAR(8000) NOT NULL,
  state                VARCHAR(16)   NOT NULL,
  not_handled_reason   VARCHAR(24),
  not_handled_on       DATE,
  accepted_on          DATE,
  handler_member_id    UUID,
  handler_name         VARCHAR(300),
  due_on               DATE,
  extension_days       INT,
  extension_reason     VARCHAR(2000),
  extension_notice_on  DATE,
  concluded_on         DATE,
  finding              VARCHAR(16),
  conclusion_text      VARCHAR(8000),
  case_id              UUID REFERENCES inspection_case(id),
  version              BIGINT        NOT NULL DEFAULT 0,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by           VARCHAR(64)   NOT NULL,
  updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX inspection_denunciation_commission_idx ON inspection_denunciation (commission_unit_id, received_on);
