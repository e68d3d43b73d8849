-- Parallax store on PostgreSQL, schema 3: incremental story clustering (as SQLite's schema 4). One row per
-- clustered document: its story, the clustering signature (JSON, see StorySignature) so the active window reloads
-- without re-reading documents, and, for a syndicated copy or a translation, the document it duplicates. seq is the
-- assignment order.
CREATE TABLE story_assignments (
    doc_id            text COLLATE "C" PRIMARY KEY NOT NULL,
    story_id          text COLLATE "C" NOT NULL,
    seq               bigint NOT NULL,
    day               text COLLATE "C",              -- publication day, yyyy-MM-dd
    near_duplicate_of text COLLATE "C",
    score             double precision,
    signature         text NOT NULL
);
CREATE INDEX ix_story_assignments_day ON story_assignments(day, seq);
CREATE INDEX ix_story_assignments_story ON story_assignments(story_id);
