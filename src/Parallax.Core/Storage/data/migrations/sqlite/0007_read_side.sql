-- Parallax store, schema 7: read-side tables and indexes for browsing a large store (the web pages).

-- A document's source, folded (TextFold: case, diacritics, apostrophes and dashes) as the source filter compares
-- it: name, path and URL, one per line. The filter ("a substring of the name, path or URL") is then one native
-- instr() over this compact table instead of folding three columns of every documents row, rows that hold the text
-- and the record (reading them all is reading the whole store). It also holds the publication day, which an
-- entity's roles over time read for thousands of documents. Written by the store with each document and deleted
-- with it.
CREATE TABLE document_sources (
    doc        INTEGER PRIMARY KEY,           -- documents.key
    published  TEXT,                          -- documents.published
    fold       TEXT NOT NULL
);
INSERT INTO document_sources (doc, published, fold)
SELECT key, published, coalesce(pfold(source_name), '') || char(10) || coalesce(pfold(source_path), '') || char(10) || coalesce(pfold(source_url), '')
  FROM documents;

-- An entity's documents that give it roles, latest first, with the roles: its roles over time read this index alone.
CREATE INDEX ix_entities_kb_roles ON entities(kb, doc, roles) WHERE roles IS NOT NULL AND roles <> '[]';

-- Events in listing order with the columns that event filters read (type, window, status, mode): a page whose
-- filters keep many events walks this index in order and stops when the page is full, reading no event row.
-- It replaces ix_events_sort (the same leading columns).
CREATE INDEX ix_events_listing ON events(sort_date, doc, ordinal, type, date_lo, date_hi, status, mode);
DROP INDEX ix_events_sort;
