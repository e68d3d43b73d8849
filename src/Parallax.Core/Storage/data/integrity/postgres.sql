-- Integrity checks of a PostgreSQL store (PostgresDocumentStore.CheckIntegrity), run in one REPEATABLE READ,
-- read-only transaction: one snapshot even while another process ingests. The same checks as sqlite.sql, adapted:
-- records are text holding JSON, read as jsonb (jsonb_array_length, jsonb_array_elements instead of
-- json_array_length, json_each); a record that is not JSON makes the check that reads it fail, which is reported
-- as a problem. There is no quick_check (PostgreSQL checksums its pages itself), and the only foreign key
-- (story_documents -> stories) is enforced by the server; its orphan check stays as a guard.
-- Each check is one query returning the number of bad rows; its "-- check:" line is the message.

-- check: entity rows without their document (orphans)
SELECT count(*) FROM entities x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.key = x.doc);
-- check: mention rows without their document (orphans)
SELECT count(*) FROM mentions x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.key = x.doc);
-- check: time rows without their document (orphans)
SELECT count(*) FROM times x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.key = x.doc);
-- check: quote rows without their document (orphans)
SELECT count(*) FROM quotes x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.key = x.doc);
-- check: event rows without their document (orphans)
SELECT count(*) FROM events x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.key = x.doc);
-- check: event participant rows without their event (orphans)
SELECT count(*) FROM event_participants p WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.doc = p.doc AND e.ordinal = p.event_ord);
-- check: story document rows without their story (orphans)
SELECT count(*) FROM story_documents s WHERE NOT EXISTS (SELECT 1 FROM stories t WHERE t.id = s.story_id);
-- check: stories whose document count differs from their member rows
SELECT count(*) FROM stories t WHERE t.documents <> (SELECT count(*) FROM story_documents s WHERE s.story_id = t.id);
-- check: story assignments whose document is not a member of the story they name (half-written)
SELECT count(*) FROM story_assignments a
 WHERE NOT EXISTS (SELECT 1 FROM story_documents s WHERE s.story_id = a.story_id AND s.doc_id = a.doc_id);
-- check: documents whose entity rows differ from their record (half-written)
SELECT count(*) FROM documents d
 WHERE (SELECT count(*) FROM entities x WHERE x.doc = d.key) <> coalesce(jsonb_array_length(d.record::jsonb -> 'entities'), 0);
-- check: documents whose mention rows differ from their record (half-written)
SELECT count(*) FROM documents d
 WHERE (SELECT count(*) FROM mentions x WHERE x.doc = d.key)
    <> (SELECT coalesce(sum(coalesce(jsonb_array_length(e -> 'mentions'), 0)), 0)
          FROM jsonb_array_elements(coalesce(d.record::jsonb -> 'entities', '[]'::jsonb)) e);
-- check: documents whose time rows differ from their record (half-written)
SELECT count(*) FROM documents d
 WHERE (SELECT count(*) FROM times x WHERE x.doc = d.key) <> coalesce(jsonb_array_length(d.record::jsonb -> 'times'), 0);
-- check: documents whose quote rows differ from their record (half-written)
SELECT count(*) FROM documents d
 WHERE (SELECT count(*) FROM quotes x WHERE x.doc = d.key) <> coalesce(jsonb_array_length(d.record::jsonb -> 'quotes'), 0);
-- check: documents whose event rows differ from their record (half-written)
SELECT count(*) FROM documents d
 WHERE (SELECT count(*) FROM events x WHERE x.doc = d.key) <> coalesce(jsonb_array_length(d.record::jsonb -> 'events'), 0);
-- check: documents whose record is not valid JSON or whose id differs from the record's
SELECT count(*) FROM documents d WHERE (d.record::jsonb ->> 'id') IS DISTINCT FROM d.id;
-- check: document ids stored more than once (duplicates)
SELECT count(*) - count(DISTINCT id) FROM documents;
-- check: documents missing from the full-text index
SELECT count(*) FROM documents WHERE fts IS NULL;
