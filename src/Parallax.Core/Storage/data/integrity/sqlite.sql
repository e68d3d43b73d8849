-- Integrity checks of a SQLite store (SqliteDocumentStore.CheckIntegrity), run in one read transaction.
-- Each check is one query returning the number of bad rows; its "-- check:" line is the message.
-- A PostgreSQL store runs the same checks in one REPEATABLE READ transaction (jsonb_array_length instead of
-- json_array_length, jsonb_array_elements instead of json_each).

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
 WHERE (SELECT count(*) FROM entities x WHERE x.doc = d.key) <> coalesce(json_array_length(d.record, '$.entities'), 0);
-- check: documents whose mention rows differ from their record (half-written)
SELECT count(*) FROM documents d
 WHERE (SELECT count(*) FROM mentions x WHERE x.doc = d.key)
    <> (SELECT coalesce(sum(coalesce(json_array_length(e.value, '$.mentions'), 0)), 0) FROM json_each(d.record, '$.entities') e);
-- check: documents whose time rows differ from their record (half-written)
SELECT count(*) FROM documents d
 WHERE (SELECT count(*) FROM times x WHERE x.doc = d.key) <> coalesce(json_array_length(d.record, '$.times'), 0);
-- check: documents whose quote rows differ from their record (half-written)
SELECT count(*) FROM documents d
 WHERE (SELECT count(*) FROM quotes x WHERE x.doc = d.key) <> coalesce(json_array_length(d.record, '$.quotes'), 0);
-- check: documents whose event rows differ from their record (half-written)
SELECT count(*) FROM documents d
 WHERE (SELECT count(*) FROM events x WHERE x.doc = d.key) <> coalesce(json_array_length(d.record, '$.events'), 0);
-- check: documents whose record is not valid JSON or whose id differs from the record's
SELECT count(*) FROM documents d WHERE NOT json_valid(d.record) OR json_extract(d.record, '$.id') IS NOT d.id;
-- check: document ids stored more than once (duplicates)
SELECT count(*) - count(DISTINCT id) FROM documents;
-- check: documents missing from the full-text index
SELECT (SELECT count(*) FROM documents) - (SELECT count(*) FROM documents_fts_docsize);
-- check: documents whose source row (document_sources) is missing or out of step
SELECT count(*) FROM documents d
 WHERE NOT EXISTS (SELECT 1 FROM document_sources s WHERE s.doc = d.key AND s.published IS d.published
                      AND s.fold = coalesce(pfold(d.source_name), '') || char(10) || coalesce(pfold(d.source_path), '') || char(10) || coalesce(pfold(d.source_url), ''));
-- check: document source rows without their document (orphans)
SELECT count(*) FROM document_sources s WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.key = s.doc);
