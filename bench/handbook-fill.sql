-- Hanoi-scale data for the handbook benchmark, written set-based into a database the application has migrated and
-- started once (root unit id 1 and the administrator exist): 136 communes, 2,200 grassroots organisations, 17,000
-- cells, 500,000 members each with an account (the administrator's password) and the member role; a meeting per cell
-- tomorrow with the cell invited and one published material; 20 documents to the whole city; one notification per
-- member. The cells of the first 5,000 members (`check-in` cells) meet in ten minutes, so their check-in is open.
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

-- member i sits in cell 10001 + (i - 1) / 30 (about 29–30 members a cell); born 1950–1991, admitted at 18 to 31 and
-- official a year later, so that every record keeps the record rules when an edit writes it back
CREATE TEMP TABLE bench_member AS
SELECT i, gen_random_uuid() AS id, 10001 + ((i - 1) / 30) % 17000 AS cell
  FROM generate_series(1, 500000) i;
INSERT INTO member (id, org_unit_id, full_name, search_name, sort_key, sex, birth_date, ethnicity, status, admitted_on,
                    official_on, card_number, citizen_id, phone, version, created_at, updated_at, occupation,
                    first_admitted_on)
SELECT b.id, b.cell, f || ' ' || m || ' ' || g, lower(f || ' ' || m || ' ' || g), lower(g || ' ' || f || ' ' || m),
       CASE WHEN b.i % 100 < 38 THEN 'F' ELSE 'M' END, d.birth, 'KINH', 'OFFICIAL', d.admitted,
       (d.admitted + interval '1 year')::date, '7' || lpad(b.i::text, 9, '0'), '0' || lpad(b.i::text, 11, '0'),
       '09' || lpad((b.i % 100000000)::text, 8, '0'), 0, now(), now(), 'Cán bộ', d.admitted
  FROM bench_member b,
       LATERAL (SELECT DATE '1950-01-01' + (b.i % 15000) AS birth,
                       (DATE '1950-01-01' + (b.i % 15000) + interval '18 years')::date + (b.i * 7) % 5000 AS admitted) d,
       LATERAL (SELECT (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ','Đặng','Bùi','Đỗ','Hồ'])[1 + b.i % 10] AS f,
                       (ARRAY['Văn','Thị','Đức','Minh','Thu','Quang'])[1 + (b.i / 10) % 6] AS m,
                       (ARRAY['An','Bình','Cường','Dũng','Giang','Hải','Hoa','Lan','Mai','Nam'])[1 + (b.i / 60) % 10]
                           AS g) n;
INSERT INTO account (id, username, member_id, display_name, password_hash, enabled, failed_attempts, totp_enabled,
                     password_changed_at, version, created_at, updated_at)
SELECT gen_random_uuid(), '7' || lpad(b.i::text, 9, '0'), b.id, 'Đảng viên ' || b.i,
       (SELECT password_hash FROM account WHERE username = 'admin'), TRUE, 0, FALSE, now(), 0, now(), now()
  FROM bench_member b;
INSERT INTO account_role (id, account_id, role, org_unit_id)
SELECT gen_random_uuid(), a.id, 'MEMBER', b.cell
  FROM bench_member b JOIN account a ON a.member_id = b.id;

-- a meeting per cell: tomorrow, or in ten minutes for the cells of the first 5,000 members
INSERT INTO meeting (id, org_unit_id, kind, title, planned_start, place, agenda, state, invited_at, version, created_at,
                     created_by, updated_at)
SELECT gen_random_uuid(), 10000 + k, 'REGULAR', 'Sinh hoạt chi bộ thường kỳ',
       CASE WHEN k <= 5000 / 30 + 1 THEN now() + interval '10 minutes' ELSE now() + interval '1 day' END,
       'Hội trường', 'Thu đảng phí' || chr(10) || 'Phổ biến nghị quyết' || chr(10) || 'Nhiệm vụ tháng tới', 'INVITED',
       now(), 0, now(), 'bench', now()
  FROM generate_series(1, 17000) k;
INSERT INTO meeting_material (id, meeting_id, purpose, title, file_name, content_type, sha256, size_bytes, uploaded_at,
                              uploaded_by, published_at)
SELECT gen_random_uuid(), id, 'MATERIAL', 'Dự thảo nghị quyết', 'du-thao.pdf', 'application/pdf', repeat('0', 64), 1000,
       now() - interval '2 days', 'bench', now() - interval '2 days'
  FROM meeting;
INSERT INTO meeting_invitation (id, meeting_id, member_id, full_name, member_status)
SELECT gen_random_uuid(), mt.id, m.id, m.full_name, m.status
  FROM member m JOIN meeting mt ON mt.org_unit_id = m.org_unit_id;

INSERT INTO document (org_unit_id, doc_type, issuer_code, doc_number, number_text, title, summary, signer, issued_on,
                      confidentiality, status, search_text, published_at, published_by, created_at, created_by,
                      updated_at, updated_by)
SELECT 1, 'KH', 'TU', d, d || '-KH/TU', 'Kế hoạch thực hiện nhiệm vụ ' || d, 'Triển khai nhiệm vụ năm.', 'Bí thư Thành ủy',
       DATE '2026-01-01' + d, 'PUBLIC', 'PUBLISHED', 'ke hoach thuc hien nhiem vu ' || d, now(), 'bench', now(),
       'bench', now(), 'bench'
  FROM generate_series(1, 20) d;
INSERT INTO document_scope (document_id, kind) SELECT id, 'CITY' FROM document;

INSERT INTO handbook_notification (id, member_id, kind, title, link, created_at)
SELECT gen_random_uuid(), id, 'meeting.invited', 'Mời sinh hoạt chi bộ thường kỳ', NULL, now() FROM bench_member;

SET session_replication_role = DEFAULT;
SELECT member_name_refill(); -- the fill bypassed the triggers that keep member_name (V121)
ANALYZE;
