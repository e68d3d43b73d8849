-- Parallax store on PostgreSQL, schema 2: full-text index over documents' title and text.
-- A stored tsvector column, computed by PostgreSQL from the document's language: French documents with the
-- parallax_french configuration, all others with parallax_english; a GIN index serves the @@ searches.
-- Both configurations are the built-in french/english ones with two changes, so that search behaves as the
-- SQLite FTS5 index (unicode61 remove_diacritics 2) does for what a user types:
--   * unaccent runs before the stemmer: "Elysee" finds "Élysée" (the unaccent extension ships with PostgreSQL);
--   * no stop words: a quoted phrase keeps every word ("l’Ukraine" is the phrase "l ukraine", not "ukraine").
-- Unlike FTS5 the words are stemmed (Snowball): "négociations" also finds "négocie", "talks" finds "talk".

CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH DICTIONARY parallax_french_stem (TEMPLATE = snowball, Language = french);
CREATE TEXT SEARCH DICTIONARY parallax_english_stem (TEMPLATE = snowball, Language = english);

CREATE TEXT SEARCH CONFIGURATION parallax_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION parallax_french
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, parallax_french_stem;

CREATE TEXT SEARCH CONFIGURATION parallax_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION parallax_english
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, parallax_english_stem;

-- Indexes the documents stored before this migration too (the table is rewritten once).
ALTER TABLE documents ADD COLUMN fts tsvector GENERATED ALWAYS AS (
    to_tsvector(CASE WHEN language = 'fr' THEN 'parallax_french'::regconfig ELSE 'parallax_english'::regconfig END,
                coalesce(title, '') || E'\n' || text)
) STORED;
CREATE INDEX ix_documents_fts ON documents USING gin (fts);
