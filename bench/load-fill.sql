-- Staff for the mixed load (bench/load.sh), after bench/handbook-fill.sql: the organisation staff of every commune
-- (`tochuc1` … `tochuc136`, role ORG_STAFF over their commune's subtree) and 20 of the city's organisation department
-- (`bantochuc1` … `bantochuc20`, role CITY_ORGANISATION over the whole city), with the administrator's password.
\set ON_ERROR_STOP on
INSERT INTO account (id, username, member_id, display_name, password_hash, enabled, failed_attempts, totp_enabled,
                     password_changed_at, version, created_at, updated_at)
SELECT gen_random_uuid(), 'tochuc' || c, NULL, 'Cán bộ tổ chức phường ' || c,
       (SELECT password_hash FROM account WHERE username = 'admin'), TRUE, 0, FALSE, now(), 0, now(), now()
  FROM generate_series(1, 136) c;
INSERT INTO account_role (id, account_id, role, org_unit_id)
SELECT gen_random_uuid(), a.id, 'ORG_STAFF', 10 + substr(a.username, 7)::int
  FROM account a WHERE a.username LIKE 'tochuc%';
INSERT INTO account (id, username, member_id, display_name, password_hash, enabled, failed_attempts, totp_enabled,
                     password_changed_at, version, created_at, updated_at)
SELECT gen_random_uuid(), 'bantochuc' || k, NULL, 'Ban Tổ chức Thành ủy ' || k,
       (SELECT password_hash FROM account WHERE username = 'admin'), TRUE, 0, FALSE, now(), 0, now(), now()
  FROM generate_series(1, 20) k;
INSERT INTO account_role (id, account_id, role, org_unit_id)
SELECT gen_random_uuid(), a.id, 'CITY_ORGANISATION', 1 FROM account a WHERE a.username LIKE 'bantochuc%';
ANALYZE account;
ANALYZE account_role;
