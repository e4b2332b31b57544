-- The members an import wrote (new rows, and existing records whose fields changed), readable by the listeners of
-- MembersImported inside the import's transaction, so that the statistics and the counted periods are refreshed for
-- those members only instead of recounting the import's whole subtree. The staging rows are emptied after them.
CREATE VIEW member_import_written AS
SELECT import_id, CASE WHEN existing_id IS NULL THEN member_id ELSE existing_id END AS member_id,
       existing_id IS NULL AS inserted
  FROM member_import_row
 WHERE existing_id IS NULL OR changed;
