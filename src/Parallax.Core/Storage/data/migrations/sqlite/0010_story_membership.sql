-- Parallax store, schema 10: story membership stored incrementally. (Numbers 7–9 are reserved for the read-side
-- indexes; a store gets every migration it lacks, in number order.)
--
-- A story's members live in story_documents only, one row per document, in the order they joined (seq), with how
-- the document belongs (near_duplicate_of, score) and its language and outlet. The story's record keeps its title
-- and events but no longer its member list ("documents" and "members" are filled from story_documents when a story
-- is read), and stories carries its number of documents (kept by the triggers below) and its first and last day.
-- So adding documents to a story of thousands writes their rows only: the record is rewritten only when the story is
-- recomposed (at growth steps), and no link is deleted unless a document leaves the story.
ALTER TABLE story_documents ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;   -- 1, 2, 3… within the story
ALTER TABLE story_documents ADD COLUMN near_duplicate_of TEXT;
ALTER TABLE story_documents ADD COLUMN score REAL;
ALTER TABLE story_documents ADD COLUMN language TEXT;
ALTER TABLE story_documents ADD COLUMN source TEXT;
ALTER TABLE stories ADD COLUMN documents INTEGER NOT NULL DEFAULT 0;     -- number of story_documents rows
ALTER TABLE stories ADD COLUMN first TEXT;                              -- yyyy-MM-dd
ALTER TABLE stories ADD COLUMN last TEXT;

-- stored stories: their members in the order of the record's "documents", with the record's "members" details
UPDATE story_documents SET seq = m.k + 1, near_duplicate_of = m.dup, score = m.score, language = m.lang, source = m.src
FROM (SELECT s.id AS sid, j.value AS doc, j.key AS k,
             json_extract(s.record, '$.members[' || j.key || '].near_duplicate_of') AS dup,
             json_extract(s.record, '$.members[' || j.key || '].score') AS score,
             json_extract(s.record, '$.members[' || j.key || '].language') AS lang,
             json_extract(s.record, '$.members[' || j.key || '].source') AS src
        FROM stories s, json_each(s.record, '$.documents') j
       WHERE json_valid(s.record)) AS m
WHERE story_documents.story_id = m.sid AND story_documents.doc_id = m.doc;
UPDATE stories SET
    documents = (SELECT count(*) FROM story_documents sd WHERE sd.story_id = stories.id),
    first = CASE WHEN json_valid(record) THEN json_extract(record, '$.first') END,
    last = CASE WHEN json_valid(record) THEN json_extract(record, '$.last') END,
    record = CASE WHEN json_valid(record) THEN json_remove(record, '$.documents', '$.members') ELSE record END;

CREATE INDEX ix_story_documents_seq ON story_documents(story_id, seq);
-- the next assignment number is max(seq) + 1: an index makes it a look-up instead of a scan of every assignment
CREATE INDEX ix_story_assignments_seq ON story_assignments(seq);

CREATE TRIGGER story_documents_count_ins AFTER INSERT ON story_documents BEGIN
    UPDATE stories SET documents = documents + 1 WHERE id = new.story_id;
END;
CREATE TRIGGER story_documents_count_del AFTER DELETE ON story_documents BEGIN
    UPDATE stories SET documents = documents - 1 WHERE id = old.story_id;
END;
