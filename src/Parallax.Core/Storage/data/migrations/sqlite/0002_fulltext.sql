-- Parallax store, schema 2: full-text index over documents' title and text (SQLite FTS5).
-- External-content table: the text lives once, in documents; triggers keep the index in step.
-- unicode61 with remove_diacritics 2: case- and accent-insensitive words ("Élysée" = "elysee").

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content = 'documents', content_rowid = 'key',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.key, new.title, new.text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.key, new.title, new.text);
END;

-- Index the documents stored before this migration.
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
