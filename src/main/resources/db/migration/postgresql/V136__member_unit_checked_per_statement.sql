-- A member's unit checked once per statement rather than once per row, as the history's references are (V133). The
-- foreign key looked the unit up and locked its row for each member written: 3.0 s of the 24 s that the 500,000
-- members of an import take to insert, where each of the few thousand distinct cells is looked up once here
-- (docs/benchmarks.md). The other half of the key, that a unit with members is not deleted nor its key changed, is
-- kept by the trigger below and by org_unit_key_kept (V133); the application never deletes a unit (it is dissolved,
-- and only once empty). The errors keep the foreign key's code (23503) and name. The embedded database keeps the key.
ALTER TABLE member DROP CONSTRAINT member_org_unit_id_fkey;

-- The error the foreign key gives, on the side that refused (the member written, or the unit deleted).
CREATE FUNCTION member_unit_refused(message TEXT, tbl TEXT, detail TEXT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', message
    USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'member_org_unit_id_fkey', TABLE = tbl, DETAIL = detail;
END;
$$;

-- Each distinct unit of the written rows once, by the primary key (the planner is told to probe, as in V133). An
-- update checks the units of the rows it wrote, changed or not: one probe for a record's edit.
CREATE FUNCTION member_unit_exists() RETURNS trigger LANGUAGE plpgsql
  SET enable_hashjoin = off SET enable_mergejoin = off AS $$
DECLARE
  missing TEXT;
BEGIN
  SELECT CAST(w.org_unit_id AS TEXT) INTO missing FROM (SELECT DISTINCT org_unit_id FROM written) w
   WHERE NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.id = w.org_unit_id) LIMIT 1;
  IF missing IS NOT NULL THEN
    PERFORM member_unit_refused(
      'insert or update on table "member" violates foreign key constraint "member_org_unit_id_fkey"', 'member',
      format('Key (org_unit_id)=(%s) is not present in table "org_unit".', missing));
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER member_unit_insert AFTER INSERT ON member REFERENCING NEW TABLE AS written
  FOR EACH STATEMENT EXECUTE FUNCTION member_unit_exists();
CREATE TRIGGER member_unit_update AFTER UPDATE ON member REFERENCING NEW TABLE AS written
  FOR EACH STATEMENT EXECUTE FUNCTION member_unit_exists();

-- A unit that has members is not deleted.
CREATE FUNCTION member_unit_kept() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  named TEXT;
BEGIN
  SELECT CAST(g.id AS TEXT) INTO named FROM gone g
   WHERE EXISTS (SELECT 1 FROM member m WHERE m.org_unit_id = g.id) LIMIT 1;
  IF named IS NOT NULL THEN
    PERFORM member_unit_refused(
      'update or delete on table "org_unit" violates foreign key constraint "member_org_unit_id_fkey" on table "member"',
      'org_unit', format('Key (id)=(%s) is still referenced from table "member".', named));
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER member_unit_delete AFTER DELETE ON org_unit REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION member_unit_kept();
