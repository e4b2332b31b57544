-- Internal elections under QĐ 190-QĐ/TW (election module, REGULATIONS §8): an election with its seats, the voter roll
-- with the exclusions of the electorate base, the candidate list (convening committee's names and floor nominations
-- with their support), the vote-counting committee, the rounds, the paper ballots entered twice by the counting
-- committee, and each round's result. No table holds a voter's identity next to a ballot.
CREATE TABLE election (
  id               UUID PRIMARY KEY,
  org_unit_id      BIGINT        NOT NULL,
  title            VARCHAR(300)  NOT NULL,
  occasion         VARCHAR(24)   NOT NULL,
  body             VARCHAR(24)   NOT NULL,
  seats            INT           NOT NULL,
  held_on          DATE          NOT NULL,
  direct_secretary BOOLEAN       NOT NULL,
  state            VARCHAR(20)   NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by       VARCHAR(64)   NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by       VARCHAR(64)   NOT NULL
);
CREATE INDEX election_unit_idx ON election (org_unit_id, held_on);

CREATE TABLE election_voter (
  id          UUID PRIMARY KEY,
  election_id UUID          NOT NULL REFERENCES election(id),
  position    INT           NOT NULL,
  member_id   UUID,
  full_name   VARCHAR(200)  NOT NULL,
  kind        VARCHAR(32)   NOT NULL,
  exclusion   VARCHAR(32)   NOT NULL,
  present     BOOLEAN       NOT NULL,
  counter     BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX election_voter_election_idx ON election_voter (election_id, position);
CREATE INDEX election_voter_member_idx ON election_voter (member_id);

CREATE TABLE election_candidate (
  id          UUID PRIMARY KEY,
  election_id UUID          NOT NULL REFERENCES election(id),
  position    INT           NOT NULL,
  member_id   UUID,
  full_name   VARCHAR(200)  NOT NULL,
  source      VARCHAR(16)   NOT NULL,
  support     INT
);
CREATE INDEX election_candidate_election_idx ON election_candidate (election_id, position);

CREATE TABLE election_round (
  id          UUID PRIMARY KEY,
  election_id UUID          NOT NULL REFERENCES election(id),
  number      INT           NOT NULL,
  seats       INT           NOT NULL,
  form        VARCHAR(16)   NOT NULL,
  issued      INT,
  returned    INT,
  announced   BOOLEAN       NOT NULL DEFAULT FALSE,
  CONSTRAINT election_round_uq UNIQUE (election_id, number)
);

-- the names of a round in ballot order (a further round lists only the tied or the remaining names)
CREATE TABLE election_round_candidate (
  round_id     UUID NOT NULL REFERENCES election_round(id),
  candidate_id UUID NOT NULL REFERENCES election_candidate(id),
  position     INT  NOT NULL,
  votes        INT,
  elected      BOOLEAN,
  PRIMARY KEY (round_id, candidate_id)
);

-- a paper ballot as entered by one member of the counting committee: the ballot's serial number written by the
-- committee, one mark letter per name in ballot order; two entries by different people must agree
CREATE TABLE election_ballot_entry (
  id            UUID PRIMARY KEY,
  round_id      UUID          NOT NULL REFERENCES election_round(id),
  ballot_number INT           NOT NULL,
  entry         INT           NOT NULL,
  marks         VARCHAR(400)  NOT NULL,
  spoiled       BOOLEAN       NOT NULL,
  entered_by    UUID          NOT NULL,
  CONSTRAINT election_ballot_entry_uq UNIQUE (round_id, ballot_number, entry)
);
