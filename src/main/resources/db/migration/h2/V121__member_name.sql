-- H2 reads the member table for every name search; the narrow name table in list order exists on PostgreSQL only.
SELECT 1;
