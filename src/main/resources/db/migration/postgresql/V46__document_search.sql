-- Substring search of the documents' normalised text (title, summary, attachments) through a trigram index.
ALTER TABLE document ALTER COLUMN search_text TYPE TEXT COLLATE "C";
CREATE INDEX document_search_trgm_idx ON document USING gin (search_text gin_trgm_ops);
