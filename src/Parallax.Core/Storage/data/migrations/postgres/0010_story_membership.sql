-- Parallax store on PostgreSQL, schema 10: story membership stored incrementally, as SQLite's schema 10. (Numbers
-- 6–9 are reserved for the read-side indexes; a store gets every migration it lacks, in number order.)
--
-- A story's members live in story_documents only, one row per document, in the order they joined (seq), with how
-- the document belongs (near_duplicate_of, score) and its language and outlet. The story's record keeps its title
-- and events but no longer its member list ("documents" and "members" are filled from story_documents when a story
-- is read), and stories carries its number of documents (kept by the trigger below) and its first and last day.
ALTER TABLE story_documents
    ADD COLUMN seq bigint NOT NULL DEFAULT 0,                -- 1, 2, 3… within the story
    ADD COLUMN near_duplicate_of text COLLATE "C",
    ADD COLUMN score double precision,
    ADD COLUMN language text,
    ADD COLUMN source text;
ALTER TABLE stories
    ADD COLUMN documents integer NOT NULL DEFAULT 0,         -- number of story_documents rows
    ADD COLUMN first text COLLATE "C",                       -- yyyy-MM-dd
    ADD COLUMN last text COLLATE "C";

UPDATE story_documents sd SET seq = m.k, near_duplicate_of = m.e ->> 'near_duplicate_of',
       score = (m.e ->> 'score')::double precision, language = m.e ->> 'language', source = m.e ->> 'source'
  FROM (SELECT s.id AS sid, j.doc, j.k, s.record::jsonb -> 'members' -> (j.k - 1)::int AS e
          FROM stories s, jsonb_array_elements_text(s.record::jsonb -> 'documents') WITH ORDINALITY AS j(doc, k)) m
 WHERE sd.story_id = m.sid AND sd.doc_id = m.doc;
UPDATE stories SET
    documents = (SELECT count(*) FROM story_documents sd WHERE sd.story_id = stories.id),
    first = record::jsonb ->> 'first',
    last = record::jsonb ->> 'last',
    record = ((record::jsonb) - 'documents' - 'members')::text;

CREATE INDEX ix_story_documents_seq ON story_documents(story_id, seq);
-- the next assignment number is max(seq) + 1: an index makes it a look-up instead of a scan of every assignment
CREATE INDEX ix_story_assignments_seq ON story_assignments(seq);

CREATE FUNCTION parallax_story_documents_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE stories SET documents = documents + 1 WHERE id = NEW.story_id;
        RETURN NEW;
    END IF;
    UPDATE stories SET documents = documents - 1 WHERE id = OLD.story_id;
    RETURN OLD;
END $$;
CREATE TRIGGER story_documents_count AFTER INSERT OR DELETE ON story_documents
    FOR EACH ROW EXECUTE FUNCTION parallax_story_documents_count();
