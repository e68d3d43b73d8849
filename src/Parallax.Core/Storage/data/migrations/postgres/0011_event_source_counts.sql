-- Parallax store on PostgreSQL, schema 11 (as SQLite's schemas 7 and 11 for the source filter): a compact table of
-- the documents' folded sources, and event counts per source and month for the timeline of a source's events.

-- A document's source, folded (TextFold) as the source filter compares it: name, path and URL, one per line (as
-- SQLite's document_sources), with its publication day. The source filter ("a substring of the name, path or URL")
-- is one strpos() over this table instead of three over the wide documents rows. Written by the store with each
-- document and deleted with it.
CREATE TABLE document_sources (
    doc        bigint PRIMARY KEY,                -- documents.key (no foreign key, as the other fact tables)
    published  text COLLATE "C",
    fold       text COLLATE "C" NOT NULL
);
INSERT INTO document_sources (doc, published, fold)
SELECT key, published, coalesce(name_fold, '') || E'\n' || coalesce(path_fold, '') || E'\n' || coalesce(url_fold, '')
  FROM documents;

-- One row per (kb, role, source, type, month_lo, month_hi): the number of events of that type, dated from a day of
-- month_lo to a day of month_hi (yyyy-MM of date_lo and date_hi; '' when undated), in the documents whose folded
-- source name (the first line of document_sources.fold) is source; kb and role as in event_counts. Used for windows
-- of whole months when no document matches the source filter by its path or URL only; kept in step by the store.
CREATE TABLE event_source_counts (
    kb       text COLLATE "C" NOT NULL,
    role     text COLLATE "C" NOT NULL,
    source   text COLLATE "C" NOT NULL,
    type     text COLLATE "C" NOT NULL,
    month_lo text COLLATE "C" NOT NULL,
    month_hi text COLLATE "C" NOT NULL,
    n        bigint NOT NULL,
    PRIMARY KEY (kb, role, source, type, month_lo, month_hi)
);

INSERT INTO event_source_counts (kb, role, source, type, month_lo, month_hi, n)
SELECT '', '', split_part(s.fold, E'\n', 1), e.type, coalesce(substr(e.date_lo, 1, 7), ''), coalesce(substr(e.date_hi, 1, 7), ''), count(*)
  FROM events e JOIN document_sources s ON s.doc = e.doc
 GROUP BY 3, 4, 5, 6;

INSERT INTO event_source_counts (kb, role, source, type, month_lo, month_hi, n)
SELECT kb, role, src, type, lo, hi, count(*) FROM (
    SELECT DISTINCT p.kb AS kb, p.role AS role, p.doc, p.event_ord, split_part(s.fold, E'\n', 1) AS src, e.type AS type,
           coalesce(substr(e.date_lo, 1, 7), '') AS lo, coalesce(substr(e.date_hi, 1, 7), '') AS hi
      FROM event_participants p JOIN events e ON e.doc = p.doc AND e.ordinal = p.event_ord JOIN document_sources s ON s.doc = p.doc
     WHERE p.kb IS NOT NULL AND p.role IN ('actor', 'target')) x
GROUP BY kb, role, src, type, lo, hi;

INSERT INTO event_source_counts (kb, role, source, type, month_lo, month_hi, n)
SELECT kb, 'participant', src, type, lo, hi, count(*) FROM (
    SELECT DISTINCT p.kb AS kb, p.doc, p.event_ord, split_part(s.fold, E'\n', 1) AS src, e.type AS type,
           coalesce(substr(e.date_lo, 1, 7), '') AS lo, coalesce(substr(e.date_hi, 1, 7), '') AS hi
      FROM event_participants p JOIN events e ON e.doc = p.doc AND e.ordinal = p.event_ord JOIN document_sources s ON s.doc = p.doc
     WHERE p.kb IS NOT NULL AND p.role IN ('actor', 'target')) y
GROUP BY kb, src, type, lo, hi;
