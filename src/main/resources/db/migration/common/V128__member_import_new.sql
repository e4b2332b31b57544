-- A staged row's status as a new member (the file's, or what its dates tell), decided once when the row is staged,
-- and the new members of an import with the columns of report_member, so that the statistics count them from the
-- rows they were written from instead of looking each one up again in the member table (issue 3, docs/benchmarks.md).
ALTER TABLE member_import_row ADD COLUMN new_status VARCHAR(24);
CREATE VIEW member_import_new AS
SELECT import_id, member_id AS id, org_unit_id, new_status AS status, sex, birth_date, ethnicity, religion,
       general_education, professional_level, theory_level, admitted_on AS first_admitted_on
  FROM member_import_row
 WHERE existing_id IS NULL;
