-- Parallax store on PostgreSQL, schema 5 (as SQLite's schema 6): event counts per type and date range, for
-- aggregates over many events (an entity's timeline by year or month) and for bounding pages of events. One row per
-- (kb, role, type, date_lo, date_hi, sort_date): kb = '' and role = '' counts every event; kb = a Wikidata id with role 'actor', 'target' or
-- 'participant' (actor or target, an event counted once) counts that entity's events. Undated events have
-- date_lo = date_hi = ''. The store keeps the counts in step in the transaction that writes or deletes documents;
-- a count may fall to 0 and stay (readers skip them).
CREATE TABLE event_counts (
    kb       text COLLATE "C" NOT NULL,
    role     text COLLATE "C" NOT NULL,
    type     text COLLATE "C" NOT NULL,
    date_lo  text COLLATE "C" NOT NULL,
    date_hi  text COLLATE "C" NOT NULL,
    sort_date text COLLATE "C" NOT NULL,      -- the events' listing day (events.sort_date): date_lo, else published
    n        bigint NOT NULL,
    PRIMARY KEY (kb, role, type, date_lo, date_hi, sort_date)
);
-- an entity's (or all) counts in listing order: the page bound reads them in order and stops at the page's end
CREATE INDEX ix_event_counts_day ON event_counts(kb, role, sort_date) INCLUDE (type, date_lo, date_hi, n);

-- The counts of the documents stored before this migration.
INSERT INTO event_counts (kb, role, type, date_lo, date_hi, sort_date, n)
SELECT '', '', type, coalesce(date_lo, ''), coalesce(date_hi, ''), coalesce(sort_date, ''), count(*) FROM events GROUP BY 3, 4, 5, 6;

INSERT INTO event_counts (kb, role, type, date_lo, date_hi, sort_date, n)
SELECT kb, role, type, lo, hi, sd, count(*) FROM (
    SELECT DISTINCT p.kb AS kb, p.role AS role, p.doc, p.event_ord, e.type AS type, coalesce(e.date_lo, '') AS lo, coalesce(e.date_hi, '') AS hi, coalesce(e.sort_date, '') AS sd
      FROM event_participants p JOIN events e ON e.doc = p.doc AND e.ordinal = p.event_ord
     WHERE p.kb IS NOT NULL AND p.role IN ('actor', 'target')) x
GROUP BY kb, role, type, lo, hi, sd;

INSERT INTO event_counts (kb, role, type, date_lo, date_hi, sort_date, n)
SELECT kb, 'participant', type, lo, hi, sd, count(*) FROM (
    SELECT DISTINCT p.kb AS kb, p.doc, p.event_ord, e.type AS type, coalesce(e.date_lo, '') AS lo, coalesce(e.date_hi, '') AS hi, coalesce(e.sort_date, '') AS sd
      FROM event_participants p JOIN events e ON e.doc = p.doc AND e.ordinal = p.event_ord
     WHERE p.kb IS NOT NULL AND p.role IN ('actor', 'target')) y
GROUP BY kb, type, lo, hi, sd;
