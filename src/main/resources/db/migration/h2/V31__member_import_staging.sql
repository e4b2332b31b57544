-- PostgreSQL makes the staging table unlogged; H2 has nothing to change (keeps version numbers aligned).
SELECT 1;
