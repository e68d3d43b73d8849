-- Parallax store on PostgreSQL, schema 4 (as SQLite's schema 5): events listed by type and date window are found
-- from the index alone.
CREATE INDEX ix_events_type_cover ON events(type, date_lo, date_hi, sort_date, doc, ordinal);
