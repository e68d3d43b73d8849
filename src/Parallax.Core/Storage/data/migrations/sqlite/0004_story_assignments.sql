-- Parallax store, schema 4: incremental story clustering. One row per clustered document: its story, the
-- clustering signature (JSON, see StorySignature) so the active window reloads without re-reading documents,
-- and, for a syndicated copy or a translation, the document it duplicates. seq is the assignment order.
CREATE TABLE story_assignments (
    doc_id            TEXT PRIMARY KEY NOT NULL,
    story_id          TEXT NOT NULL,
    seq               INTEGER NOT NULL,
    day               TEXT,                  -- publication day, yyyy-MM-dd
    near_duplicate_of TEXT,
    score             REAL,
    signature         TEXT NOT NULL
);
CREATE INDEX ix_story_assignments_day ON story_assignments(day, seq);
CREATE INDEX ix_story_assignments_story ON story_assignments(story_id);
