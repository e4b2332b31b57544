-- The name columns of every member in a narrow table kept in list order (sort_key: given name first), with its own
-- trigram index. A "contains" search whose matches are one given name ("tùng": 83,000 members nationally, all in the
-- same stretch of the list) reads a few hundred pages of this table to order them, where the same bitmap on member
-- reads a page of the 3.6 GB table per match, and walking member in list order reads it all (docs/benchmarks.md).
-- Kept by triggers, so that every writer (lifecycle, record edits, imports, COPY) keeps it; the rows a bulk insert
-- adds are written in list order. CLUSTER member_name restores the order after years of inserts (docs/operations.md).
CREATE TABLE member_name (
  id          UUID PRIMARY KEY,
  sort_key    VARCHAR(200) COLLATE "C" NOT NULL,
  search_name VARCHAR(200) COLLATE "C" NOT NULL,
  org_unit_id BIGINT NOT NULL
);
CREATE INDEX member_name_order_idx ON member_name (sort_key, id);
CREATE INDEX member_name_trgm_idx ON member_name USING gin (search_name gin_trgm_ops);
ALTER TABLE member_name CLUSTER ON member_name_order_idx;

-- Copies every member's names again, in list order, with the indexes built after the rows: for loads that bypass
-- the triggers (COPY with the trigger disabled, session_replication_role = replica). Returns the rows copied.
CREATE FUNCTION member_name_refill() RETURNS BIGINT LANGUAGE plpgsql AS $$
DECLARE
  copied BIGINT;
BEGIN
  DROP INDEX member_name_order_idx;
  DROP INDEX member_name_trgm_idx;
  ALTER TABLE member_name DROP CONSTRAINT member_name_pkey;
  TRUNCATE member_name;
  INSERT INTO member_name (id, sort_key, search_name, org_unit_id)
  SELECT id, sort_key, search_name, org_unit_id FROM member ORDER BY sort_key, id;
  GET DIAGNOSTICS copied = ROW_COUNT;
  ALTER TABLE member_name ADD CONSTRAINT member_name_pkey PRIMARY KEY (id);
  CREATE INDEX member_name_order_idx ON member_name (sort_key, id);
  CREATE INDEX member_name_trgm_idx ON member_name USING gin (search_name gin_trgm_ops);
  ALTER TABLE member_name CLUSTER ON member_name_order_idx;
  RETURN copied;
END;
$$;
SELECT member_name_refill();
ANALYZE member_name;

CREATE FUNCTION member_name_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO member_name (id, sort_key, search_name, org_unit_id)
  SELECT id, sort_key, search_name, org_unit_id FROM inserted ORDER BY sort_key, id;
  RETURN NULL;
END;
$$;
CREATE TRIGGER member_name_insert AFTER INSERT ON member REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION member_name_inserted();

CREATE FUNCTION member_name_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE member_name SET sort_key = NEW.sort_key, search_name = NEW.search_name, org_unit_id = NEW.org_unit_id
   WHERE id = NEW.id;
  RETURN NULL;
END;
$$;
CREATE TRIGGER member_name_update AFTER UPDATE OF sort_key, search_name, org_unit_id ON member FOR EACH ROW
  WHEN ((OLD.sort_key, OLD.search_name, OLD.org_unit_id) IS DISTINCT FROM (NEW.sort_key, NEW.search_name, NEW.org_unit_id))
  EXECUTE FUNCTION member_name_updated();

CREATE FUNCTION member_name_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM member_name WHERE id = OLD.id;
  RETURN NULL;
END;
$$;
CREATE TRIGGER member_name_delete AFTER DELETE ON member FOR EACH ROW EXECUTE FUNCTION member_name_deleted();
