-- Membership age (tuổi đảng): badge lists narrow official members on the date of their first admission decision.
CREATE INDEX member_first_admitted_idx ON member (first_admitted_on);
