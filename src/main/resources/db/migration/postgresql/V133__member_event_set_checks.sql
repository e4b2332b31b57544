-- The history's references (its member, its unit, a transfer's target, the step it corrects), checked once per
-- statement rather than once per row. A foreign key checks each inserted row on its own, a look-up and a row lock on
-- the referenced rows: for the 1.5 M steps of a 500,000-member import, 4 x 1.5 M checks, about 10 of its 31 s
-- (docs/benchmarks.md). Here the statement's rows are checked as one set: every member, unit and step they name must
-- exist, each distinct key looked up once. The other half of a key, that a referenced member or unit is not deleted
-- nor its key changed, is kept by the triggers below (a step is never deleted: V12). The foreign key's row locks also
-- kept a delete running at the same moment as the insert from slipping between them; the application never deletes
-- a member or a unit (they end by steps), so nothing here relies on that. The errors keep the foreign keys' code
-- (23503) and constraint names. The embedded database keeps the foreign keys.
ALTER TABLE member_event DROP CONSTRAINT member_event_member_id_fkey;
ALTER TABLE member_event DROP CONSTRAINT member_event_org_unit_id_fkey;
ALTER TABLE member_event DROP CONSTRAINT member_event_target_org_unit_id_fkey;
ALTER TABLE member_event DROP CONSTRAINT member_event_supersedes_id_fkey;

-- The error a foreign key gives, with its code and constraint name.
CREATE FUNCTION member_event_reference_missing(name TEXT, col TEXT, key TEXT, target TEXT) RETURNS VOID
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'insert or update on table "member_event" violates foreign key constraint "%"', name
    USING ERRCODE = 'foreign_key_violation', CONSTRAINT = name, TABLE = 'member_event',
          DETAIL = format('Key (%s)=(%s) is not present in table "%s".', col, key, target);
END;
$$;

-- Each distinct key once, looked up by the primary key (never a scan of the 5.6 M members: the planner, which cannot
-- know how few keys a statement names, is told to probe). A step that supersedes another may be inserted with it.
CREATE FUNCTION member_event_references_exist() RETURNS trigger LANGUAGE plpgsql
  SET enable_hashjoin = off SET enable_mergejoin = off AS $$
DECLARE
  missing TEXT;
BEGIN
  SELECT CAST(i.member_id AS TEXT) INTO missing FROM (SELECT DISTINCT member_id FROM inserted) i
   WHERE NOT EXISTS (SELECT 1 FROM member m WHERE m.id = i.member_id) LIMIT 1;
  IF missing IS NOT NULL THEN
    PERFORM member_event_reference_missing('member_event_member_id_fkey', 'member_id', missing, 'member');
  END IF;
  SELECT CAST(i.org_unit_id AS TEXT) INTO missing FROM (SELECT DISTINCT org_unit_id FROM inserted) i
   WHERE NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.id = i.org_unit_id) LIMIT 1;
  IF missing IS NOT NULL THEN
    PERFORM member_event_reference_missing('member_event_org_unit_id_fkey', 'org_unit_id', missing, 'org_unit');
  END IF;
  SELECT CAST(i.target_org_unit_id AS TEXT) INTO missing FROM inserted i
   WHERE i.target_org_unit_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM org_unit u WHERE u.id = i.target_org_unit_id) LIMIT 1;
  IF missing IS NOT NULL THEN
    PERFORM member_event_reference_missing(
      'member_event_target_org_unit_id_fkey', 'target_org_unit_id', missing, 'org_unit');
  END IF;
  SELECT CAST(i.supersedes_id AS TEXT) INTO missing FROM inserted i
   WHERE i.supersedes_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM member_event s WHERE s.id = i.supersedes_id) LIMIT 1;
  IF missing IS NOT NULL THEN
    PERFORM member_event_reference_missing('member_event_supersedes_id_fkey', 'supersedes_id', missing, 'member_event');
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER member_event_references AFTER INSERT ON member_event REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION member_event_references_exist();

-- A member or a unit that history names is not deleted, nor its key changed (a step is never deleted: V12).
CREATE FUNCTION member_event_still_named(col TEXT, target TEXT, key TEXT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'update or delete on table "%" violates foreign key constraint "%" on table "member_event"',
      target, 'member_event_' || col || '_fkey'
    USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'member_event_' || col || '_fkey', TABLE = target,
          DETAIL = format('Key (id)=(%s) is still referenced from table "member_event".', key);
END;
$$;

CREATE FUNCTION member_event_member_kept() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  named TEXT;
BEGIN
  SELECT CAST(g.id AS TEXT) INTO named FROM gone g
   WHERE EXISTS (SELECT 1 FROM member_event e WHERE e.member_id = g.id) LIMIT 1;
  IF named IS NOT NULL THEN
    PERFORM member_event_still_named('member_id', 'member', named);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER member_event_member_delete AFTER DELETE ON member REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION member_event_member_kept();

CREATE FUNCTION member_event_unit_kept() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  named TEXT;
  col TEXT;
BEGIN
  SELECT CAST(g.id AS TEXT), CASE WHEN e.org_unit_id = g.id THEN 'org_unit_id' ELSE 'target_org_unit_id' END
    INTO named, col
    FROM gone g JOIN LATERAL (SELECT e.org_unit_id FROM member_event e
                               WHERE e.org_unit_id = g.id OR e.target_org_unit_id = g.id LIMIT 1) e ON TRUE
   LIMIT 1;
  IF named IS NOT NULL THEN
    PERFORM member_event_still_named(col, 'org_unit', named);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER member_event_unit_delete AFTER DELETE ON org_unit REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION member_event_unit_kept();

-- A key is never changed in place; refused outright, as the foreign key would have refused it once referenced.
CREATE FUNCTION member_event_key_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id IS DISTINCT FROM OLD.id THEN
    RAISE EXCEPTION 'the key of table "%" is not changed in place', TG_TABLE_NAME
      USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER member_key_kept BEFORE UPDATE OF id ON member FOR EACH ROW EXECUTE FUNCTION member_event_key_kept();
CREATE TRIGGER org_unit_key_kept BEFORE UPDATE OF id ON org_unit FOR EACH ROW EXECUTE FUNCTION member_event_key_kept();
