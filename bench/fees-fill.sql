-- Hanoi-scale data for the party-fee benchmark (issue 9), written set-based into a database the application has
-- migrated once (root unit id 1 exists): the handbook benchmark's tree and members (136 communes, 2,200 grassroots
-- organisations, 17,000 cells, 500,000 members; one in 50 admitted in 1966–1974, so of 50 years' membership) and a
-- year of fees: a basis for every member from January 2025 (70 % salary, 15 % pension, 10 % students, 5 % fixed
-- amount; one in ten raised from July 2026), reductions and exemptions for 2.5 %, and the payments of January to
-- November 2026 — every member pays each month except one in twenty, who misses two months, and one in a hundred,
-- who misses four (so meets the removal rule).
\set ON_ERROR_STOP on
SET maintenance_work_mem = '512MB';
SET session_replication_role = replica; -- no FK checks during the synthetic fill

INSERT INTO org_unit (id, parent_id, kind, code, name, search_name, path, depth, version, created_at, updated_at)
SELECT 10 + c, 1, 'COMMUNE', 'X' || c, 'Đảng bộ phường ' || c, 'dang bo phuong ' || c, '/1/' || (10 + c) || '/', 1, 0,
       now(), now()
  FROM generate_series(1, 136) c;
INSERT INTO org_unit (id, parent_id, kind, code, name, search_name, path, depth, version, created_at, updated_at)
SELECT 1000 + g, 10 + 1 + (g - 1) % 136, 'GRASSROOTS_COMMITTEE', 'G' || g, 'Đảng bộ cơ sở ' || g, 'dang bo co so ' || g,
       '/1/' || (11 + (g - 1) % 136) || '/' || (1000 + g) || '/', 2, 0, now(), now()
  FROM generate_series(1, 2200) g;
INSERT INTO org_unit (id, parent_id, kind, code, name, search_name, path, depth, version, created_at, updated_at)
SELECT 10000 + k, 1000 + 1 + (k - 1) % 2200, 'CELL', 'C' || k, 'Chi bộ ' || k, 'chi bo ' || k,
       '/1/' || (11 + ((k - 1) % 2200) % 136) || '/' || (1001 + (k - 1) % 2200) || '/' || (10000 + k) || '/', 3, 0,
       now(), now()
  FROM generate_series(1, 17000) k;
SELECT setval(pg_get_serial_sequence('org_unit', 'id'), 100000);

-- member i sits in cell 10001 + (i - 1) / 30 (about 29–30 members a cell)
CREATE TEMP TABLE bench_member AS
SELECT i, gen_random_uuid() AS id, 10001 + ((i - 1) / 30) % 17000 AS cell
  FROM generate_series(1, 500000) i;
INSERT INTO member (id, org_unit_id, full_name, search_name, sort_key, sex, birth_date, ethnicity, status, admitted_on,
                    official_on, card_number, citizen_id, phone, version, created_at, updated_at, occupation,
                    first_admitted_on)
SELECT b.id, b.cell, f || ' ' || m || ' ' || g, lower(f || ' ' || m || ' ' || g), lower(g || ' ' || f || ' ' || m),
       CASE WHEN b.i % 100 < 38 THEN 'F' ELSE 'M' END, DATE '1950-01-01' + (b.i % 18000), 'KINH', 'OFFICIAL',
       CASE WHEN b.i % 50 = 0 THEN DATE '1966-01-01' + (b.i % 3000) ELSE DATE '1985-01-01' + (b.i % 12000) END,
       CASE WHEN b.i % 50 = 0 THEN DATE '1967-01-01' + (b.i % 3000) ELSE DATE '1986-01-01' + (b.i % 12000) END, '7' || lpad(b.i::text, 9, '0'),
       '0' || lpad(b.i::text, 11, '0'), '09' || lpad((b.i % 100000000)::text, 8, '0'), 0, now(), now(), 'Cán bộ',
       CASE WHEN b.i % 50 = 0 THEN DATE '1966-01-01' + (b.i % 3000) ELSE DATE '1985-01-01' + (b.i % 12000) END
  FROM bench_member b,
       LATERAL (SELECT (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ','Đặng','Bùi','Đỗ','Hồ'])[1 + b.i % 10] AS f,
                       (ARRAY['Văn','Thị','Đức','Minh','Thu','Quang'])[1 + (b.i / 10) % 6] AS m,
                       (ARRAY['An','Bình','Cường','Dũng','Giang','Hải','Hoa','Lan','Mai','Nam'])[1 + (b.i / 60) % 10]
                           AS g) n;

INSERT INTO duty_fee_basis (member_id, category, amount, from_month, created_by, created_at, version)
SELECT b.id,
       CASE WHEN b.i % 20 < 14 THEN 'BHXH_SALARY' WHEN b.i % 20 < 17 THEN 'PENSION' WHEN b.i % 20 < 19 THEN 'STUDENT'
            ELSE 'NON_BHXH' END,
       CASE WHEN b.i % 20 < 14 THEN 4000000 + (b.i % 997) * 11111 WHEN b.i % 20 < 17 THEN 3000000 + (b.i % 541) * 7777
            END,
       DATE '2025-01-01', 'bench', now(), 0
  FROM bench_member b;
INSERT INTO duty_fee_basis (member_id, category, amount, from_month, created_by, created_at, version)
SELECT b.id, 'BHXH_SALARY', 6000000 + (b.i % 997) * 12345, DATE '2026-07-01', 'bench', now(), 0
  FROM bench_member b WHERE b.i % 10 = 3;
INSERT INTO duty_fee_relief (member_id, ground, percent, from_month, to_month, decision, created_by, created_at, version)
SELECT b.id, CASE WHEN b.i % 200 = 7 THEN 'POOR_HOUSEHOLD' ELSE 'HARDSHIP' END,
       CASE WHEN b.i % 200 = 7 THEN 100 ELSE 50 END, DATE '2026-03-01', DATE '2026-08-01', 'NQ chi bộ', 'bench', now(), 0
  FROM bench_member b WHERE b.i % 40 = 7;
INSERT INTO duty_fee_payment (member_id, org_unit_id, fee_month, amount, method, paid_on, recorded_by, recorded_at)
SELECT b.id, b.cell, make_date(2026, mo, 1), 50000 + (b.i % 997) * 100, 'CASH', make_date(2026, mo, 20), 'bench', now()
  FROM bench_member b, generate_series(1, 11) mo
 WHERE NOT (b.i % 20 = 5 AND mo IN (2, 6))
   AND NOT (b.i % 100 = 11 AND mo IN (3, 4, 5, 9));
SELECT member_name_refill(); -- the fill bypassed the triggers that keep member_name (V121)
ANALYZE;
