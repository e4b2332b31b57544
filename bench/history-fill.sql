-- Synthetic lifecycle histories for the national benchmark database (bench/history.sh): about nine steps per member,
-- consistent with each member row's final status and cell, written set-based. Run once on a copy of dangvu_bench.
-- Candidacy (five steps), admission decision, ceremony, recognition; one member in five transferred from a sibling
-- cell; one in ten suspended and reinstated; the final state's step for exempted, in-transit, deceased and removed.
\timing on
SET work_mem = '256MB';
SET maintenance_work_mem = '1GB';
ALTER TABLE member_event DISABLE TRIGGER ALL;
DROP INDEX IF EXISTS member_event_member_idx;
DROP INDEX IF EXISTS member_event_supersedes_idx;
DROP INDEX IF EXISTS member_event_kind_date_idx;

-- The cell a transferred member came from: the next cell under the same parent (the first one for the last).
CREATE TEMP TABLE sibling AS
SELECT id, COALESCE(LEAD(id) OVER w, FIRST_VALUE(id) OVER w) AS other
  FROM org_unit WHERE kind IN ('CELL', 'GRASSROOTS_CELL')
WINDOW w AS (PARTITION BY parent_id ORDER BY id);

CREATE TEMP TABLE h AS
SELECT m.id, m.org_unit_id AS cell, m.status, m.admitted_on, m.ceremony_date, m.official_on,
       abs(hashtext(m.id::text)) AS r,
       CASE WHEN abs(hashtext(m.id::text)) % 5 = 0 AND m.official_on < DATE '2015-01-01' AND s.other <> m.org_unit_id
            THEN s.other END AS came_from
  FROM member m LEFT JOIN sibling s ON s.id = m.org_unit_id;

INSERT INTO member_event (member_id, kind, effective_date, org_unit_id, status_before, status_after, recorded_at,
                          recorded_by)
SELECT h.id, k.kind, h.admitted_on - k.days, COALESCE(h.came_from, h.cell), k.before, k.after, now(), 'bench'
  FROM h CROSS JOIN (VALUES ('CANDIDATE_REGISTERED', 400, NULL, 'OUTSTANDING_MASS'),
                            ('COURSE_COMPLETED', 300, 'OUTSTANDING_MASS', 'OUTSTANDING_MASS'),
                            ('SYMPATHISER_RECOGNISED', 250, 'OUTSTANDING_MASS', 'SYMPATHISER'),
                            ('VERIFICATION_STARTED', 120, 'SYMPATHISER', 'VERIFYING'),
                            ('ADMISSION_PROPOSED', 60, 'VERIFYING', 'PROPOSED'),
                            ('ADMISSION_DECIDED', 0, 'PROPOSED', 'ADMITTED')) AS k(kind, days, before, after);

INSERT INTO member_event (member_id, kind, effective_date, org_unit_id, status_before, status_after, recorded_at,
                          recorded_by)
SELECT h.id, 'CEREMONY_HELD', h.ceremony_date, COALESCE(h.came_from, h.cell), 'ADMITTED', 'PROBATIONARY', now(),
       'bench'
  FROM h WHERE h.ceremony_date IS NOT NULL
UNION ALL
SELECT h.id, 'OFFICIAL_RECOGNISED', h.official_on, COALESCE(h.came_from, h.cell), 'PROBATIONARY', 'OFFICIAL', now(),
       'bench'
  FROM h WHERE h.official_on IS NOT NULL
UNION ALL
SELECT h.id, 'TRANSFER_OUT', h.official_on + 1000 + h.r % 1500, h.came_from, 'OFFICIAL', 'IN_TRANSIT', now(), 'bench'
  FROM h WHERE h.came_from IS NOT NULL
UNION ALL
SELECT h.id, 'TRANSFER_RECEIVED', h.official_on + 1020 + h.r % 1500, h.cell, 'IN_TRANSIT', 'OFFICIAL', now(), 'bench'
  FROM h WHERE h.came_from IS NOT NULL
UNION ALL
SELECT h.id, 'SUSPENDED', h.official_on + 200 + h.r % 300, COALESCE(h.came_from, h.cell), 'OFFICIAL', 'OFFICIAL',
       now(), 'bench'
  FROM h WHERE h.r % 10 = 3 AND h.official_on < DATE '2022-01-01'
UNION ALL
SELECT h.id, 'SUSPENSION_LIFTED', h.official_on + 600 + h.r % 300, COALESCE(h.came_from, h.cell), 'OFFICIAL',
       'OFFICIAL', now(), 'bench'
  FROM h WHERE h.r % 10 = 3 AND h.official_on < DATE '2022-01-01'
UNION ALL
SELECT h.id, CASE h.status WHEN 'EXEMPTED' THEN 'EXEMPTED' WHEN 'IN_TRANSIT' THEN 'TRANSFER_OUT'
                           WHEN 'DECEASED' THEN 'DIED' ELSE 'REMOVED' END,
       CASE WHEN h.official_on < DATE '2022-01-01' THEN DATE '2025-03-01' + h.r % 330
            ELSE LEAST(h.official_on + 1 + h.r % GREATEST(1, DATE '2026-02-01' - h.official_on), DATE '2026-02-28') END,
       h.cell, 'OFFICIAL', h.status, now(), 'bench'
  FROM h WHERE h.status IN ('EXEMPTED', 'IN_TRANSIT', 'DECEASED', 'REMOVED');

CREATE INDEX member_event_member_idx ON member_event (member_id, effective_date, id);
CREATE INDEX member_event_supersedes_idx ON member_event (supersedes_id);
CREATE INDEX member_event_kind_date_idx ON member_event (kind, effective_date);
ALTER TABLE member_event ENABLE TRIGGER ALL;
VACUUM ANALYZE member_event;
SELECT COUNT(*) AS events, ROUND(COUNT(*)::numeric / (SELECT COUNT(*) FROM member), 1) AS per_member FROM member_event;
