-- Byte-order collation so that path ranges ('/1/23/' <= path < '/1/230') and prefix searches on the
-- normalised names use the B-tree whatever the database's locale is.
DROP VIEW org_unit_directory;
ALTER TABLE org_unit ALTER COLUMN path TYPE VARCHAR(400) COLLATE "C";
ALTER TABLE org_unit ALTER COLUMN search_name TYPE VARCHAR(255) COLLATE "C";
ALTER TABLE member ALTER COLUMN search_name TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE member ALTER COLUMN sort_key TYPE VARCHAR(200) COLLATE "C";
CREATE VIEW org_unit_directory AS
SELECT id, parent_id, kind, code, name, path, depth FROM org_unit;

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX member_search_trgm_idx ON member USING gin (search_name gin_trgm_ops);
CREATE INDEX org_unit_search_trgm_idx ON org_unit USING gin (search_name gin_trgm_ops);

-- The audit log is append-only: refuse any update or delete, whoever asks.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only';
END;
$$;
CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
