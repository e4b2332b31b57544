-- A live national registry for the import benchmark: 1 root, 60 provinces, 3,000 communes, 300,000 cells and
-- 5,600,000 members, in a database the application has migrated (so member carries the real indexes). Indexes that
-- are not constraints are dropped for the fill and rebuilt after it, with their definitions from the migrations.
\set ON_ERROR_STOP on
SET maintenance_work_mem = '1GB';
SET session_replication_role = replica; -- no FK checks during the synthetic fill

-- the application created the root at its first start (id 1, path '/1/'); it becomes the national root
INSERT INTO org_unit (id, parent_id, kind, code, name, search_name, path, depth, version, created_at, updated_at)
VALUES (1, NULL, 'NATIONAL', 'VN', 'Đảng Cộng sản Việt Nam', 'dang cong san viet nam', '/1/', 0, 0, now(), now())
ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, code = EXCLUDED.code, name = EXCLUDED.name,
                               search_name = EXCLUDED.search_name;
INSERT INTO org_unit (id, parent_id, kind, code, name, search_name, path, depth, version, created_at, updated_at)
SELECT 1 + p, 1, 'PROVINCIAL', 'P' || p, 'Đảng bộ tỉnh ' || p, 'dang bo tinh ' || p, '/1/' || (1 + p) || '/', 1, 0,
       now(), now()
  FROM generate_series(1, 60) p;
INSERT INTO org_unit (id, parent_id, kind, code, name, search_name, path, depth, version, created_at, updated_at)
SELECT 100 + c, 2 + (c - 1) / 50, 'COMMUNE', 'X' || c, 'Đảng bộ xã ' || c, 'dang bo xa ' || c,
       '/1/' || (2 + (c - 1) / 50) || '/' || (100 + c) || '/', 2, 0, now(), now()
  FROM generate_series(1, 3000) c;
INSERT INTO org_unit (id, parent_id, kind, code, name, search_name, path, depth, version, created_at, updated_at)
SELECT 10000 + k, 100 + 1 + (k - 1) / 100, 'GRASSROOTS_CELL', 'C' || k, 'Chi bộ ' || k, 'chi bo ' || k,
       '/1/' || (2 + ((k - 1) / 100) / 50) || '/' || (101 + (k - 1) / 100) || '/' || (10000 + k) || '/', 3, 0, now(),
       now()
  FROM generate_series(1, 300000) k;
ALTER TABLE org_unit ALTER COLUMN id RESTART WITH 400000;

-- the indexes of the two tables filled in bulk (members and their histories), but those of constraints
CREATE TEMP TABLE fill_index_defs AS
SELECT indexname, indexdef FROM pg_indexes i
 WHERE tablename IN ('member', 'member_event')
   AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = i.tablename::regclass);
DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT indexname FROM fill_index_defs LOOP EXECUTE 'DROP INDEX ' || quote_ident(r.indexname); END LOOP;
END $$;

INSERT INTO member (id, org_unit_id, full_name, search_name, sort_key, sex, birth_date, ethnicity, status, admitted_on,
                    official_on, card_number, citizen_id, phone, version, created_at, updated_at, occupation,
                    first_admitted_on)
SELECT gen_random_uuid(), 10001 + (i::bigint * 7919) % 300000,
       f || ' ' || m || ' ' || g, lower(f || ' ' || m || ' ' || g),
       -- the list key as VietnameseText.nameSortKey makes it of unaccented words: each letter at its place in the
       -- Vietnamese alphabet from '0' (a) upwards, then '!' (no tone); given name, family name, middle name
       (SELECT string_agg(translate(lower(w), 'abcdefghijklmnopqrstuvwxyz', '034579:;<=>?@ABEFGHIJLMNOP') || '!', ' '
                          ORDER BY o) FROM unnest(ARRAY[g, f, m]) WITH ORDINALITY AS k (w, o)),
       CASE WHEN i % 100 < 38 THEN 'F' ELSE 'M' END,
       DATE '1950-01-01' + (i % 18000), 'KINH', 'OFFICIAL', DATE '1985-01-01' + (i % 12000),
       DATE '1986-01-01' + (i % 12000), '1' || lpad(i::text, 9, '0'), lpad(i::text, 12, '0'),
       '09' || lpad((i % 100000000)::text, 8, '0'), 0, now(), now(), 'Cán bộ', DATE '1985-01-01' + (i % 12000)
  FROM generate_series(1, 5600000) i,
       LATERAL (SELECT (ARRAY['Nguyen','Tran','Le','Pham','Hoang','Vu','Dang','Bui','Do','Ho'])[1 + i % 10] AS f,
                       (ARRAY['Van','Thi','Duc','Minh','Thu','Quang'])[1 + (i / 10) % 6] AS m,
                       (ARRAY['An','Binh','Cuong','Dung','Giang','Hai','Hoa','Lan','Mai','Nam','Phuong','Quan',
                              'Son','Tuyen','Thao','Trung','Uyen','Viet','Xuan','Yen'])[1 + (i / 60) % 20] AS g) n;

-- A live registry has its members' histories: the steps their dates tell, as LifecycleHistories writes them for a
-- register taken over without steps (the admission decision, then the recognition as official; the fill has no
-- ceremony dates), 11.2 M rows. The next start of the application derives their counted periods (stat_period).
INSERT INTO member_event (member_id, kind, effective_date, org_unit_id, status_before, status_after, recorded_at,
                          recorded_by)
SELECT m.id, k.kind, CASE k.n WHEN 1 THEN m.admitted_on ELSE m.official_on END, m.org_unit_id,
       CASE k.n WHEN 2 THEN 'PROBATIONARY' END, CASE k.n WHEN 1 THEN 'ADMITTED' ELSE 'OFFICIAL' END, now(), 'system'
  FROM member m CROSS JOIN (VALUES (1, 'ADMISSION_DECIDED'), (2, 'OFFICIAL_RECOGNISED')) AS k (n, kind)
 ORDER BY m.id, k.n;
DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT indexdef FROM fill_index_defs LOOP EXECUTE r.indexdef; END LOOP;
END $$;
SET session_replication_role = DEFAULT;
SELECT member_name_refill(); -- the fill bypassed the triggers that keep member_name (V121)

-- The benchmark's importer: the city organisation role over the root, with the administrator's password.
INSERT INTO account (id, username, display_name, password_hash, enabled, failed_attempts, totp_enabled,
                     password_changed_at, version, created_at, updated_at)
SELECT gen_random_uuid(), 'bench', 'Benchmark', password_hash, TRUE, 0, FALSE, now(), 0, now(), now()
  FROM account WHERE username = 'admin';
INSERT INTO account_role (id, account_id, role, org_unit_id)
SELECT gen_random_uuid(), id, 'CITY_ORGANISATION', 1 FROM account WHERE username = 'bench';
VACUUM ANALYZE member;
VACUUM ANALYZE member_event;
VACUUM ANALYZE org_unit;
