-- A removal proposal still open when the member's removal, expulsion or leaving is recorded is closed as DONE with
-- the lifecycle event that decided it (RemovalProposals); annulling that event opens it again.
ALTER TABLE member_removal_proposal ADD COLUMN closed_event_id BIGINT;
CREATE INDEX member_removal_proposal_member_ix ON member_removal_proposal (member_id, state);
