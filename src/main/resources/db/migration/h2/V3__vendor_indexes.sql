-- H2 compares strings in binary order already, so the path ranges and search keys need nothing more.
-- The append-only rule for audit_entry is enforced by the application here and by a trigger on PostgreSQL.
SELECT 1;
