-- Lifecycle events are the member's history: corrections supersede, nothing is changed or deleted in place.
CREATE FUNCTION member_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'member_event is append-only';
END;
$$;
CREATE TRIGGER member_event_no_change BEFORE UPDATE OR DELETE ON member_event
  FOR EACH ROW EXECUTE FUNCTION member_event_append_only();
