-- Electronic voting (election module, issue 6 point 6): one-time voting tokens per voter and round, kept apart from the
-- electronic ballots. A token row says who has voted (used); a ballot row says what was voted, under a random id, with
-- the hash of the voter's receipt code and no time column; nothing joins the two.
CREATE TABLE election_token (
  id          UUID PRIMARY KEY,
  election_id UUID         NOT NULL REFERENCES election(id),
  round_no    INT          NOT NULL,
  voter_id    UUID         NOT NULL REFERENCES election_voter(id),
  code_hash   VARCHAR(64)  NOT NULL,
  used        BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT election_token_code_uq UNIQUE (election_id, code_hash),
  CONSTRAINT election_token_voter_uq UNIQUE (election_id, round_no, voter_id)
);

CREATE TABLE election_evote (
  id           UUID PRIMARY KEY,
  round_id     UUID         NOT NULL REFERENCES election_round(id),
  marks        VARCHAR(400) NOT NULL,
  receipt_hash VARCHAR(64)  NOT NULL,
  CONSTRAINT election_evote_receipt_uq UNIQUE (receipt_hash)
);
CREATE INDEX election_evote_round_idx ON election_evote (round_id);
