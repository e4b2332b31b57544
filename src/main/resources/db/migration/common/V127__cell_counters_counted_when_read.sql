-- A cell's member breakdowns (status, sex, ages, ethnicity…) are counted from its members' stored contributions when
-- they are read (a cell has tens of members); the cell keeps only its units by kind and its size band. An import that
-- touches most cells of the country changed a dozen bucket rows in each (docs/benchmarks.md). Those rows are dropped.
DELETE FROM org_stat
 WHERE dimension NOT IN ('UNIT_KIND', 'CELL_SIZE')
   AND org_unit_id IN (SELECT id FROM org_unit WHERE kind IN ('CELL', 'GRASSROOTS_CELL'));
