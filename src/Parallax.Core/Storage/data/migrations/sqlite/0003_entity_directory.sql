-- Parallax store, schema 3: an entity directory for browsing large stores (the web interface), and an index
-- for an entity's most recent events.
-- entity_directory has one row per entity across documents (the grouping of ListEntities: the Wikidata id, else
-- type and folded name) with the number of documents naming it; triggers on entities keep it in step, so listing
-- the most covered entities or finding one by name reads this small table instead of every entity row.

CREATE TABLE entity_directory (
    key        TEXT PRIMARY KEY NOT NULL,     -- kb, else type || char(31) || pfold(name)
    kb         TEXT,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    country    TEXT,
    documents  INTEGER NOT NULL,              -- documents with this entity
    match_text TEXT NOT NULL                  -- folded name and surface forms seen (bounded), one per line
) WITHOUT ROWID;
CREATE INDEX ix_entity_directory_documents ON entity_directory(documents DESC, name);
CREATE INDEX ix_entity_directory_type ON entity_directory(type, documents DESC);

CREATE TRIGGER entity_directory_insert AFTER INSERT ON entities BEGIN
    INSERT INTO entity_directory (key, kb, name, type, country, documents, match_text)
    VALUES (coalesce(new.kb, new.type || char(31) || pfold(new.name)), new.kb, new.name, new.type, new.country, 1, new.match_text)
    ON CONFLICT (key) DO UPDATE SET
        documents = documents + 1,
        country = coalesce(country, excluded.country),
        match_text = CASE WHEN instr(match_text, excluded.match_text) > 0 OR length(match_text) > 2000 THEN match_text
                          ELSE match_text || char(10) || excluded.match_text END;
END;

CREATE TRIGGER entity_directory_delete AFTER DELETE ON entities BEGIN
    UPDATE entity_directory SET documents = documents - 1 WHERE key = coalesce(old.kb, old.type || char(31) || pfold(old.name));
END;

INSERT INTO entity_directory (key, kb, name, type, country, documents, match_text)
SELECT coalesce(kb, type || char(31) || pfold(name)), min(kb), min(name), min(type), max(country), count(*), substr(group_concat(DISTINCT match_text), 1, 2000)
FROM entities GROUP BY coalesce(kb, type || char(31) || pfold(name));

-- an entity's events, most recently ingested first (entity page, network)
CREATE INDEX ix_participants_kb_doc ON event_participants(kb, doc, event_ord);
