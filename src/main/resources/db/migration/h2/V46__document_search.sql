-- H2 searches the documents' normalised text with LIKE; the trigram index exists on PostgreSQL only.
SELECT 1;
