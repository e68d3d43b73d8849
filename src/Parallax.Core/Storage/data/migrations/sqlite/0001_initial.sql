-- Parallax store, schema 1: documents and their facts, stories.
-- Applied by SqliteDocumentStore inside one transaction; the runner records it in schema_version.
-- Offsets are UTF-16 code units into documents.text; dates are ISO strings (yyyy-MM-dd);
-- *_lo/*_hi are the first/last calendar day a TIMEX date covers (see TimexRange).

-- Fact tables refer to a document by its integer key (compact rows and indexes), not by its 64-char id.

CREATE TABLE documents (
    key          INTEGER PRIMARY KEY,         -- internal row key
    id           TEXT NOT NULL UNIQUE,        -- sha256 of the raw input bytes, lower-case hex
    source_path  TEXT,
    source_url   TEXT,
    source_name  TEXT,
    language     TEXT,
    published    TEXT,                        -- yyyy-MM-dd
    title        TEXT,
    text         TEXT NOT NULL,
    record       TEXT NOT NULL,               -- the full record JSON (docs/record-format.md)
    ingested_at  TEXT NOT NULL                -- ISO 8601 UTC
);
CREATE INDEX ix_documents_published ON documents(published);
CREATE INDEX ix_documents_source_name ON documents(source_name);
CREATE INDEX ix_documents_ingested_at ON documents(ingested_at);

CREATE TABLE entities (
    doc        INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,              -- position in the record's entities array
    entity_id  TEXT NOT NULL,                 -- document-local id (e1…)
    kb         TEXT,                          -- Wikidata id
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    country    TEXT,
    roles      TEXT,                          -- JSON array of strings
    match_text TEXT NOT NULL,                 -- folded name and surface forms, one per line (for search)
    PRIMARY KEY (doc, ordinal)
) WITHOUT ROWID;
CREATE INDEX ix_entities_doc_entity ON entities(doc, entity_id);
CREATE INDEX ix_entities_kb ON entities(kb);
CREATE INDEX ix_entities_type ON entities(type);

CREATE TABLE mentions (
    doc        INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL,
    ordinal    INTEGER NOT NULL,              -- position in the entity's mentions array
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (doc, entity_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE times (
    doc        INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    value      TEXT NOT NULL,
    approx     INTEGER NOT NULL,
    modifier   TEXT,
    conflict   TEXT,
    date_lo    TEXT,
    date_hi    TEXT,
    PRIMARY KEY (doc, ordinal)
) WITHOUT ROWID;
CREATE INDEX ix_times_date ON times(date_lo, date_hi);

CREATE TABLE quotes (
    doc        INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    speaker    TEXT,                          -- entity id
    direct     INTEGER NOT NULL,
    channel    TEXT,
    PRIMARY KEY (doc, ordinal)
) WITHOUT ROWID;
CREATE INDEX ix_quotes_speaker ON quotes(doc, speaker);

CREATE TABLE events (
    doc        INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,              -- position in the record's events array
    event_id   TEXT NOT NULL,
    type       TEXT NOT NULL,
    mode       TEXT,
    cameo      TEXT,
    date       TEXT,                          -- TIMEX value as given
    date_lo    TEXT,
    date_hi    TEXT,
    sort_date  TEXT,                          -- date_lo, else the document's published day (listing order)
    status     TEXT NOT NULL,
    location   TEXT,                          -- entity id
    record     TEXT NOT NULL,                 -- the event's JSON object
    PRIMARY KEY (doc, ordinal)
) WITHOUT ROWID;
CREATE INDEX ix_events_doc_event ON events(doc, event_id);
CREATE INDEX ix_events_type ON events(type, date_lo);
CREATE INDEX ix_events_date ON events(date_lo, date_hi);
CREATE INDEX ix_events_sort ON events(sort_date, doc, ordinal);

CREATE TABLE event_participants (
    doc        INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
    event_ord  INTEGER NOT NULL,              -- events.ordinal
    event_id   TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('actor', 'target', 'source', 'location')),
    position   INTEGER NOT NULL,              -- position in the event's list for that role
    entity_id  TEXT NOT NULL,
    name       TEXT NOT NULL,                 -- canonical name (the entity id itself when it is dangling)
    kb         TEXT,
    match_text TEXT NOT NULL,                 -- folded name and surface forms (copied from entities)
    PRIMARY KEY (doc, event_ord, role, position)
) WITHOUT ROWID;
CREATE INDEX ix_participants_kb ON event_participants(kb, role);

CREATE TABLE stories (
    id         TEXT PRIMARY KEY NOT NULL,
    position   INTEGER NOT NULL,
    title      TEXT NOT NULL,
    record     TEXT NOT NULL                  -- the story's JSON object
);
CREATE INDEX ix_stories_position ON stories(position);

CREATE TABLE story_documents (
    story_id   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    doc_id     TEXT NOT NULL,                 -- not a foreign key: stories may cite documents not stored here
    PRIMARY KEY (story_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX ix_story_documents_doc ON story_documents(doc_id);
