-- Parallax store, schema 6: event counts per type and date range, for aggregates over many events (the timeline of
-- an entity's events by year or month, "/api/timeline?actor=Q7747&by=year"), which otherwise visit every matching
-- event: 3.7 s for an entity named by every document of an 84,000-document store.
-- One row per (kb, role, type, date_lo, date_hi, sort_date): the number of events of that type dated with that
-- range and listed on that day (sort_date: date_lo, else the document's published day)
--   kb = '' and role = ''               every event;
--   kb = Q…  and role = 'actor'         events with that entity (Wikidata id) among their actors;
--              role = 'target'          … among their targets (recipients);
--              role = 'participant'     … among their actors or targets (an event counts once).
-- Undated events have date_lo = date_hi = '' (key columns are never NULL). The store keeps the counts in step when
-- it writes or deletes a document (in the same transaction); a count may fall to 0 and stay (readers skip them).
CREATE TABLE event_counts (
    kb       TEXT NOT NULL,
    role     TEXT NOT NULL,
    type     TEXT NOT NULL,
    date_lo  TEXT NOT NULL,
    date_hi  TEXT NOT NULL,
    sort_date TEXT NOT NULL,                  -- the events' listing day (events.sort_date): date_lo, else published
    n        INTEGER NOT NULL,
    PRIMARY KEY (kb, role, type, date_lo, date_hi, sort_date)
) WITHOUT ROWID;
-- an entity's (or all) counts in listing order: the page bound reads them in order and stops at the page's end
CREATE INDEX ix_event_counts_day ON event_counts(kb, role, sort_date, type, date_lo, date_hi, n);

-- The counts of the documents stored before this migration.
INSERT INTO event_counts (kb, role, type, date_lo, date_hi, sort_date, n)
SELECT '', '', type, coalesce(date_lo, ''), coalesce(date_hi, ''), coalesce(sort_date, ''), count(*) FROM events GROUP BY 3, 4, 5, 6;

INSERT INTO event_counts (kb, role, type, date_lo, date_hi, sort_date, n)
SELECT kb, role, type, lo, hi, sd, count(*) FROM (
    SELECT DISTINCT p.kb AS kb, p.role AS role, p.doc, p.event_ord, e.type AS type, coalesce(e.date_lo, '') AS lo, coalesce(e.date_hi, '') AS hi, coalesce(e.sort_date, '') AS sd
      FROM event_participants p JOIN events e ON e.doc = p.doc AND e.ordinal = p.event_ord
     WHERE p.kb IS NOT NULL AND p.role IN ('actor', 'target'))
GROUP BY kb, role, type, lo, hi, sd;

INSERT INTO event_counts (kb, role, type, date_lo, date_hi, sort_date, n)
SELECT kb, 'participant', type, lo, hi, sd, count(*) FROM (
    SELECT DISTINCT p.kb AS kb, p.doc, p.event_ord, e.type AS type, coalesce(e.date_lo, '') AS lo, coalesce(e.date_hi, '') AS hi, coalesce(e.sort_date, '') AS sd
      FROM event_participants p JOIN events e ON e.doc = p.doc AND e.ordinal = p.event_ord
     WHERE p.kb IS NOT NULL AND p.role IN ('actor', 'target'))
GROUP BY kb, type, lo, hi, sd;
