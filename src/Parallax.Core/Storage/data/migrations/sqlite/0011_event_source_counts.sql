-- Parallax store, schema 11: event counts per source and month, for the timeline of a source's events (with an
-- entity, types, a window of whole months): "/api/timeline?participant=Q7747&source=Nouvelles&by=year" counted every
-- matching event (380,000 on a 76,000-document store: 4.4 s); it now sums the rows of the sources whose name holds
-- the needle.
-- One row per (kb, role, source, type, month_lo, month_hi): the number of events of that type, dated from a day of
-- month_lo to a day of month_hi (yyyy-MM of date_lo and date_hi; '' when undated), in the documents whose folded
-- source name (TextFold: the first line of document_sources.fold; '' without a name) is source
--   kb = '' and role = ''               every event;
--   kb = Q…  and role = 'actor'         events with that entity (Wikidata id) among their actors;
--              role = 'target'          … among their targets (recipients);
--              role = 'participant'     … among their actors or targets (an event counts once).
-- The source filter also matches a document's path and URL: the store uses these counts only when no document
-- matches the filter by its path or URL and not by its name (one scan of document_sources), and only for windows
-- of whole months; other queries count the events. The store keeps the counts in step when it writes or deletes a
-- document (in the same transaction); a count may fall to 0 and stay (readers skip them).
CREATE TABLE event_source_counts (
    kb       TEXT NOT NULL,
    role     TEXT NOT NULL,
    source   TEXT NOT NULL,
    type     TEXT NOT NULL,
    month_lo TEXT NOT NULL,
    month_hi TEXT NOT NULL,
    n        INTEGER NOT NULL,
    PRIMARY KEY (kb, role, source, type, month_lo, month_hi)
) WITHOUT ROWID;

-- The counts of the documents stored before this migration.
INSERT INTO event_source_counts (kb, role, source, type, month_lo, month_hi, n)
SELECT '', '', substr(s.fold, 1, instr(s.fold, char(10)) - 1), e.type, coalesce(substr(e.date_lo, 1, 7), ''), coalesce(substr(e.date_hi, 1, 7), ''), count(*)
  FROM events e JOIN document_sources s ON s.doc = e.doc
 GROUP BY 3, 4, 5, 6;

INSERT INTO event_source_counts (kb, role, source, type, month_lo, month_hi, n)
SELECT kb, role, src, type, lo, hi, count(*) FROM (
    SELECT DISTINCT p.kb AS kb, p.role AS role, p.doc, p.event_ord, substr(s.fold, 1, instr(s.fold, char(10)) - 1) AS src, e.type AS type,
           coalesce(substr(e.date_lo, 1, 7), '') AS lo, coalesce(substr(e.date_hi, 1, 7), '') AS hi
      FROM event_participants p JOIN events e ON e.doc = p.doc AND e.ordinal = p.event_ord JOIN document_sources s ON s.doc = p.doc
     WHERE p.kb IS NOT NULL AND p.role IN ('actor', 'target'))
GROUP BY kb, role, src, type, lo, hi;

INSERT INTO event_source_counts (kb, role, source, type, month_lo, month_hi, n)
SELECT kb, 'participant', src, type, lo, hi, count(*) FROM (
    SELECT DISTINCT p.kb AS kb, p.doc, p.event_ord, substr(s.fold, 1, instr(s.fold, char(10)) - 1) AS src, e.type AS type,
           coalesce(substr(e.date_lo, 1, 7), '') AS lo, coalesce(substr(e.date_hi, 1, 7), '') AS hi
      FROM event_participants p JOIN events e ON e.doc = p.doc AND e.ordinal = p.event_ord JOIN document_sources s ON s.doc = p.doc
     WHERE p.kb IS NOT NULL AND p.role IN ('actor', 'target'))
GROUP BY kb, src, type, lo, hi;
