using Parallax.Text;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parallax.Model;

namespace Parallax.Storage;

/// <summary>Options for opening a <see cref="SqliteDocumentStore"/>.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>Open without write access: no migration, no ingest. The database must exist.</summary>
    public bool ReadOnly { get; init; }
    /// <summary>How long a call waits for another writer's lock before failing with <see cref="StoreErrorKind.Locked"/>.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// <see cref="IDocumentStore"/> on one SQLite file (Microsoft.Data.Sqlite), in WAL mode so readers never
/// block the writer. The schema is created and upgraded by ordered SQL migrations embedded under
/// <c>Storage/data/migrations/sqlite/NNNN_name.sql</c>, applied in one transaction at open and recorded in
/// the <c>schema_version</c> table. Calls on one instance are serialised by a lock; open one instance per
/// process (or more: each has its own connection).
/// </summary>
public sealed partial class SqliteDocumentStore : IDocumentStore, IStoreBrowser, IStoreIntegrity, IWriteProfiled
{
    /// <summary>Parts of <see cref="AddDocuments"/> and <see cref="SaveStories"/> (indexes of <see cref="WriteProfile"/>).</summary>
    internal const int PDoc = 0, PEntities = 1, PTimesQuotes = 2, PEvents = 3, PCounts = 4, PCommit = 5, PStoryRows = 6, PAssignments = 7;

    /// <summary>Where the write transactions spend their time: the document row (with its full-text index), entities and
    /// mentions, times and quotes, events and participants, the event counts, the commit, and the story writes.</summary>
    public TimeProfile WriteProfile { get; } = new("document row + FTS", "entities + mentions", "times + quotes", "events + participants",
        "event counts", "commit", "story rows", "assignments + members");

    /// <summary>SQLite header application_id marking a Parallax store ("Prlx").</summary>
    public const int ApplicationId = 0x50726C78;
    /// <summary>Environment variable that overrides the default database path.</summary>
    public const string PathVariable = "PARALLAX_DB";
    const string MigrationFolder = "Storage/data/migrations/sqlite/";

    readonly SqliteConnection _conn;
    readonly string _connString;
    readonly SqliteStoreOptions _options;
    readonly object _gate = new();
    readonly IReadOnlyList<Migration> _migrations;
    bool _disposed;
    // The ingest statements, prepared once and reused by every batch (under _gate).
    Inserter? _inserter;
    // A second connection for Contains, so that an ingest's reader, which asks whether each page is stored, never
    // waits for the writer's transaction (WAL: it reads the last committed state). Opened on first use; file stores only.
    SqliteConnection? _lookup;
    SqliteCommand? _lookupCmd;
    readonly object _lookupGate = new();

    public string Location { get; }
    public int SchemaVersion { get; private set; }
    public bool IsReadOnly => _options.ReadOnly;

    /// <summary>The latest schema version this build knows (the highest embedded migration).</summary>
    public static int LatestSchemaVersion => Migrations.Value[^1].Version;

    /// <summary>Page cache of the store's main connection, in KiB (SQLite's default is 2 MiB).</summary>
    const int CacheKiB = 64 * 1024;

    /// <summary>The schema that adds event_counts (0006_event_counts.sql); an older one (tests only) neither writes nor reads it.</summary>
    const int EventCountsSchema = 6;
    /// <summary>The schema that adds document_sources and the listing index (0007_read_side.sql).</summary>
    const int ReadSideSchema = 7;
    /// <summary>The schema that adds event_source_counts (0011_event_source_counts.sql).</summary>
    const int SourceCountsSchema = 11;

    /// <summary>
    /// The default database path: $PARALLAX_DB when set, else &lt;LocalApplicationData&gt;/parallax/parallax.db
    /// (~/.local/share/parallax/parallax.db on Linux, %LOCALAPPDATA%\parallax\parallax.db on Windows).
    /// </summary>
    public static string DefaultPath()
    {
        var env = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrWhiteSpace(env)) return env.Trim();
        return Path.Combine(UserPaths.DataDirectory(), "parallax.db");
    }

    /// <summary>
    /// Opens (creating and migrating as needed) the store at <paramref name="path"/>, or at <see cref="DefaultPath"/>.
    /// The path ":memory:" gives a temporary in-memory store that lives until disposed.
    /// </summary>
    /// <exception cref="StoreException">the file cannot be opened, is locked, corrupt, not a Parallax store, or newer.</exception>
    public static SqliteDocumentStore Open(string? path = null, SqliteStoreOptions? options = null) =>
        new(path ?? DefaultPath(), options ?? new SqliteStoreOptions(), Migrations.Value);

    /// <summary>Opens with an explicit migration list (tests of the migration runner).</summary>
    internal static SqliteDocumentStore Open(string path, SqliteStoreOptions options, IReadOnlyList<Migration> migrations) =>
        new(path, options, migrations);

    SqliteDocumentStore(string path, SqliteStoreOptions options, IReadOnlyList<Migration> migrations)
    {
        _options = options;
        _migrations = migrations;
        bool memory = path == ":memory:";
        Location = memory ? path : Path.GetFullPath(ExpandHome(path));
        if (!memory) PrepareFile(Location, options.ReadOnly);

        if (memory && options.ReadOnly)
            throw new StoreException(StoreErrorKind.CannotOpen, "An in-memory store cannot be opened read-only.");
        // ":memory:" is a private shared-cache database, so side connections (streaming) see the same data;
        // it lives as long as this store.
        _connString = new SqliteConnectionStringBuilder
        {
            DataSource = memory ? "parallax-" + Guid.NewGuid().ToString("N") : Location,
            Mode = memory ? SqliteOpenMode.Memory : options.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Cache = memory ? SqliteCacheMode.Shared : SqliteCacheMode.Default,
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        }.ToString();

        _conn = new SqliteConnection(_connString);
        try
        {
            Guard(() => { OpenConnection(_conn); Initialize(memory); return 0; });
        }
        catch
        {
            _conn.Dispose();
            throw;
        }
    }

    /// <summary>"~/x.db" → "$HOME/x.db" (a quoted PARALLAX_DB is not expanded by the shell).</summary>
    static string ExpandHome(string path)
    {
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (!string.IsNullOrEmpty(home)) return home + path[1..];
        }
        return path;
    }

    static void PrepareFile(string path, bool readOnly)
    {
        if (Directory.Exists(path))
            throw new StoreException(StoreErrorKind.CannotOpen, $"'{path}' is a folder; give the path of a database file (e.g. {Path.Combine(path, "parallax.db")}).");
        if (File.Exists(path))
        {
            var len = new FileInfo(path).Length;
            if (len == 0) return;
            Span<byte> header = stackalloc byte[16];
            int n;
            try
            {
                using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                n = fs.ReadAtLeast(header, 16, throwOnEndOfStream: false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new StoreException(StoreErrorKind.CannotOpen, $"Cannot read the Parallax database '{path}': {ex.Message}", ex);
            }
            if (n < 16 || !header.SequenceEqual("SQLite format 3\0"u8))
                throw new StoreException(StoreErrorKind.Corrupt,
                    $"'{path}' is not a Parallax database (not an SQLite file). Point PARALLAX_DB or --db at another file, or move this one aside.");
            return;
        }
        if (readOnly)
            throw new StoreException(StoreErrorKind.CannotOpen, $"There is no Parallax database at '{path}' (nothing has been ingested yet?).");
        try
        {
            var dir = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(StoreErrorKind.CannotOpen, $"Cannot create the folder for the Parallax database '{path}': {ex.Message}", ex);
        }
    }

    void OpenConnection(SqliteConnection conn)
    {
        conn.Open();
        conn.CreateFunction("pfold", (string? s) => s is null ? null : TextFold.Fold(s), isDeterministic: true);
        conn.CreateFunction("pword", (string? hay, string? needle) => hay is not null && needle is not null && ContainsAtWordStart(hay, needle),
            isDeterministic: true);
        Exec(conn, $"PRAGMA busy_timeout = {(long)Math.Max(1, _options.BusyTimeout.TotalMilliseconds)};");
    }

    void Initialize(bool memory)
    {
        long appId = Scalar<long>(_conn, "PRAGMA application_id;");
        long userTables = Scalar<long>(_conn, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%';");
        bool hasVersionTable = Scalar<long>(_conn, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version';") > 0;
        if (appId != 0 && appId != ApplicationId)
            throw new StoreException(StoreErrorKind.NotParallax, $"'{Location}' is an SQLite database of another application (application_id {appId:X8}), not a Parallax store.");
        if (userTables > 0 && !hasVersionTable)
            throw new StoreException(StoreErrorKind.NotParallax, $"'{Location}' is an SQLite database with tables but no Parallax schema; refusing to modify it.");

        if (!_options.ReadOnly && !memory)
        {
            var mode = Scalar<string>(_conn, "PRAGMA journal_mode = WAL;");
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                throw new StoreException(StoreErrorKind.CannotOpen, $"Cannot switch '{Location}' to WAL mode (got '{mode}'); is it on a network file system?");
        }
        Exec(_conn, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
        // Page cache and temporary b-trees: SQLite's defaults (2 MiB of cache, temporary files) make every batch of an
        // ingest re-read the index pages it changes once the store outgrows 2 MiB. Neither affects durability.
        Exec(_conn, $"PRAGMA cache_size = -{CacheKiB}; PRAGMA temp_store = MEMORY;");

        var migrations = _migrations;
        int latest = migrations[^1].Version;
        int current = hasVersionTable ? (int)Scalar<long>(_conn, "SELECT coalesce(max(version), 0) FROM schema_version;") : 0;
        if (current > latest)
            throw new StoreException(StoreErrorKind.NewerSchema,
                $"The Parallax database '{Location}' has schema version {current}, newer than this Parallax supports ({latest}). Upgrade Parallax, or use another database.");
        // applied: the versions recorded; a migration numbered below the latest applied one (another line of work
        // merged later) is still applied when it is missing
        var applied = hasVersionTable ? AppliedVersions(null) : [];
        if (migrations.Any(m => !applied.Contains(m.Version)))
        {
            if (_options.ReadOnly)
                throw new StoreException(StoreErrorKind.NeedsUpgrade,
                    $"The Parallax database '{Location}' has schema version {current} and needs upgrading to {latest}; open it once for writing.");
            using var tx = _conn.BeginTransaction(deferred: false);
            Exec(_conn, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL);", tx);
            // Another process may have migrated while we waited for the write lock.
            current = (int)Scalar<long>(_conn, "SELECT coalesce(max(version), 0) FROM schema_version;", tx);
            if (current > latest)
                throw new StoreException(StoreErrorKind.NewerSchema,
                    $"The Parallax database '{Location}' has schema version {current}, newer than this Parallax supports ({latest}).");
            applied = AppliedVersions(tx);
            foreach (var m in migrations)
            {
                if (applied.Contains(m.Version)) continue;
                try { Exec(_conn, m.Sql, tx); }
                catch (SqliteException ex) when (ex.SqliteErrorCode is not (5 or 6))
                {
                    throw new StoreException(StoreErrorKind.Other, $"Migration {m.Name} failed on '{Location}': {ex.Message}", ex);
                }
                using var rec = Cmd(_conn, "INSERT INTO schema_version (version, name, applied_at) VALUES ($v, $n, $t);", tx);
                rec.Parameters.AddWithValue("$v", m.Version);
                rec.Parameters.AddWithValue("$n", m.Name);
                rec.Parameters.AddWithValue("$t", Now());
                rec.ExecuteNonQuery();
            }
            Exec(_conn, $"PRAGMA application_id = {ApplicationId};", tx);
            tx.Commit();
            current = latest;
        }
        SchemaVersion = current;
    }

    HashSet<int> AppliedVersions(SqliteTransaction? tx)
    {
        var set = new HashSet<int>();
        using var cmd = Cmd(_conn, "SELECT version FROM schema_version;", tx);
        using var r = cmd.ExecuteReader();
        while (r.Read()) set.Add(r.GetInt32(0));
        return set;
    }

    // ------------------------------------------------------------------ migrations

    /// <summary>One schema script: version (1, 2, 3…), name (NNNN_what) and SQL. Shared by both backends.</summary>
    public sealed record Migration(int Version, string Name, string Sql);

    static readonly Lazy<IReadOnlyList<Migration>> Migrations = new(LoadMigrations);

    /// <summary>The embedded SQLite migrations, in order (tests of the migration runner).</summary>
    internal static IReadOnlyList<Migration> LoadEmbeddedMigrations() => Migrations.Value;

    static IReadOnlyList<Migration> LoadMigrations()
    {
        var list = new List<Migration>();
        // Embedded scripts: Storage/data/migrations/sqlite/NNNN_name.sql.
        foreach (var res in DataFiles.List(MigrationFolder))
        {
            var file = res[MigrationFolder.Length..];
            if (!file.EndsWith(".sql", StringComparison.Ordinal)) continue;
            int us = file.IndexOf('_');
            if (us <= 0 || !int.TryParse(file.AsSpan(0, us), NumberStyles.None, CultureInfo.InvariantCulture, out int v))
                throw new InvalidOperationException($"Migration file '{file}' must be named NNNN_name.sql.");
            list.Add(new Migration(v, file[..^4], DataFiles.ReadAllText(res)));
        }
        return CheckMigrations(list);
    }

    /// <summary>
    /// Sorts migrations and checks their numbers: positive, each used once. Numbers may skip (a range reserved for
    /// another line of work); a store gets every migration it has not recorded, in number order.
    /// </summary>
    internal static IReadOnlyList<Migration> CheckMigrations(List<Migration> list)
    {
        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (int i = 0; i < list.Count; i++)
            if (list[i].Version < 1 || (i > 0 && list[i].Version == list[i - 1].Version))
                throw new InvalidOperationException($"Migrations must be numbered 1, 2, 3…, each number once; found {list[i].Name} at position {i + 1}.");
        if (list.Count == 0) throw new InvalidOperationException("No storage migrations are embedded.");
        return list;
    }

    // ------------------------------------------------------------------ ingest

    public IReadOnlyList<AddResult> AddDocuments(IEnumerable<Document> documents, DuplicatePolicy duplicates = DuplicatePolicy.Skip)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ThrowIfReadOnly();
        // Materialise first: the caller's sequence (often the pipeline) runs before the write lock is taken,
        // and may itself use this store.
        var batch = documents as IReadOnlyCollection<Document> ?? documents.ToList();
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                var results = new List<AddResult>(batch.Count);
                using var tx = _conn.BeginTransaction(deferred: false);
                var ins = Statements(tx);
                var now = Now();
                foreach (var doc in batch)
                {
                    ArgumentNullException.ThrowIfNull(doc);
                    if (string.IsNullOrEmpty(doc.Id)) throw new ArgumentException("A document without an id cannot be stored.", nameof(documents));
                    var status = AddStatus.Added;
                    if (ins.Find(doc.Id) is { } key)
                    {
                        if (duplicates == DuplicatePolicy.Skip) { results.Add(new AddResult(doc.Id, AddStatus.Duplicate)); continue; }
                        ins.Delete(key);
                        status = AddStatus.Replaced;
                    }
                    ins.Insert(doc, now);
                    results.Add(new AddResult(doc.Id, status));
                }
                long tc = TimeProfile.Start();
                tx.Commit();
                WriteProfile.Stop(PCommit, tc);
                return (IReadOnlyList<AddResult>)results;
            });
        }
    }

    /// <summary>Stores one document (its own transaction). Prefer batches: one transaction per batch is much faster.</summary>
    public AddResult AddDocument(Document document, DuplicatePolicy duplicates = DuplicatePolicy.Skip) =>
        AddDocuments([document], duplicates)[0];

    public bool RemoveDocument(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ThrowIfReadOnly();
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                using var tx = _conn.BeginTransaction(deferred: false);
                var ins = Statements(tx);
                var key = ins.Find(id);
                if (key is { } k) ins.Delete(k);
                tx.Commit();
                return key is not null;
            });
        }
    }

    /// <summary>The ingest statements (prepared on first use, kept for the store's life), enlisted in <paramref name="tx"/>.</summary>
    Inserter Statements(SqliteTransaction tx)
    {
        _inserter ??= new Inserter(_conn, tx, SchemaVersion >= EventCountsSchema, SchemaVersion >= ReadSideSchema, SchemaVersion >= SourceCountsSchema, WriteProfile);
        _inserter.Enlist(tx);
        return _inserter;
    }


    /// <summary>
    /// Adds <paramref name="sign"/> (1 or -1) times the events of the documents whose key matches
    /// <paramref name="docs"/> ("= $k", "= ANY(@k)") to event_counts (schema 6): all events by type and date range,
    /// and for each Wikidata id its events as actor, as target and as either. The same statement on both backends;
    /// <paramref name="noIndex"/> ("+" on SQLite) keeps SQLite from reading the kb index instead of the document's rows.
    /// </summary>
    internal static string EventCountsDelta(string docs, string sign, string noIndex = "+") =>
        "INSERT INTO event_counts (kb, role, type, date_lo, date_hi, sort_date, n) SELECT c.kb, c.role, c.type, c.lo, c.hi, c.sd, c.n FROM ("
        + "SELECT '' AS kb, '' AS role, e.type AS type, coalesce(e.date_lo, '') AS lo, coalesce(e.date_hi, '') AS hi, coalesce(e.sort_date, '') AS sd, "
        + $"{sign} * count(*) AS n FROM events e WHERE e.doc {docs} "
        + "GROUP BY e.type, coalesce(e.date_lo, ''), coalesce(e.date_hi, ''), coalesce(e.sort_date, '') "
        + $"UNION ALL SELECT x.kb, x.role, x.type, x.lo, x.hi, x.sd, {sign} * count(*) FROM ("
        + "SELECT DISTINCT p.kb AS kb, p.role AS role, p.doc AS doc, p.event_ord AS ord, e.type AS type, coalesce(e.date_lo, '') AS lo, "
        + "coalesce(e.date_hi, '') AS hi, coalesce(e.sort_date, '') AS sd "
        + $"FROM event_participants p JOIN events e ON e.doc = p.doc AND e.ordinal = p.event_ord WHERE p.doc {docs} AND {noIndex}p.kb IS NOT NULL AND {noIndex}p.role IN ('actor', 'target')) x "
        + "GROUP BY x.kb, x.role, x.type, x.lo, x.hi, x.sd "
        + $"UNION ALL SELECT y.kb, 'participant', y.type, y.lo, y.hi, y.sd, {sign} * count(*) FROM ("
        + "SELECT DISTINCT p.kb AS kb, p.doc AS doc, p.event_ord AS ord, e.type AS type, coalesce(e.date_lo, '') AS lo, "
        + "coalesce(e.date_hi, '') AS hi, coalesce(e.sort_date, '') AS sd "
        + $"FROM event_participants p JOIN events e ON e.doc = p.doc AND e.ordinal = p.event_ord WHERE p.doc {docs} AND {noIndex}p.kb IS NOT NULL AND {noIndex}p.role IN ('actor', 'target')) y "
        + "GROUP BY y.kb, y.type, y.lo, y.hi, y.sd"
        + ") c WHERE true ON CONFLICT (kb, role, type, date_lo, date_hi, sort_date) DO UPDATE SET n = event_counts.n + excluded.n;";

    /// <summary>
    /// Adds <paramref name="sign"/> (1 or -1) times the events of the documents whose key matches
    /// <paramref name="docs"/> to event_source_counts (SQLite schema 11, PostgreSQL 11): events by source name, type and
    /// months of their date range, all of them and per Wikidata id as actor, target or either. The same statement on
    /// both backends but for <paramref name="sourceName"/>, the SQL of the folded source name from document_sources
    /// (alias s): the first line of its fold. Run while the documents' rows are still there.
    /// </summary>
    internal static string EventSourceCountsDelta(string docs, string sign, string sourceName, string noIndex = "+") =>
        "INSERT INTO event_source_counts (kb, role, source, type, month_lo, month_hi, n) SELECT c.kb, c.role, c.src, c.type, c.lo, c.hi, c.n FROM ("
        + $"SELECT '' AS kb, '' AS role, {sourceName} AS src, e.type AS type, coalesce(substr(e.date_lo, 1, 7), '') AS lo, "
        + $"coalesce(substr(e.date_hi, 1, 7), '') AS hi, {sign} * count(*) AS n FROM events e JOIN document_sources s ON s.doc = e.doc WHERE e.doc {docs} "
        + $"GROUP BY {sourceName}, e.type, coalesce(substr(e.date_lo, 1, 7), ''), coalesce(substr(e.date_hi, 1, 7), '') "
        + $"UNION ALL SELECT x.kb, x.role, x.src, x.type, x.lo, x.hi, {sign} * count(*) FROM ("
        + $"SELECT DISTINCT p.kb AS kb, p.role AS role, p.doc AS doc, p.event_ord AS ord, {sourceName} AS src, e.type AS type, "
        + "coalesce(substr(e.date_lo, 1, 7), '') AS lo, coalesce(substr(e.date_hi, 1, 7), '') AS hi "
        + "FROM event_participants p JOIN events e ON e.doc = p.doc AND e.ordinal = p.event_ord JOIN document_sources s ON s.doc = p.doc "
        + $"WHERE p.doc {docs} AND {noIndex}p.kb IS NOT NULL AND {noIndex}p.role IN ('actor', 'target')) x "
        + "GROUP BY x.kb, x.role, x.src, x.type, x.lo, x.hi "
        + $"UNION ALL SELECT y.kb, 'participant', y.src, y.type, y.lo, y.hi, {sign} * count(*) FROM ("
        + $"SELECT DISTINCT p.kb AS kb, p.doc AS doc, p.event_ord AS ord, {sourceName} AS src, e.type AS type, "
        + "coalesce(substr(e.date_lo, 1, 7), '') AS lo, coalesce(substr(e.date_hi, 1, 7), '') AS hi "
        + "FROM event_participants p JOIN events e ON e.doc = p.doc AND e.ordinal = p.event_ord JOIN document_sources s ON s.doc = p.doc "
        + $"WHERE p.doc {docs} AND {noIndex}p.kb IS NOT NULL AND {noIndex}p.role IN ('actor', 'target')) y "
        + "GROUP BY y.kb, y.src, y.type, y.lo, y.hi"
        + ") c WHERE true ON CONFLICT (kb, role, source, type, month_lo, month_hi) DO UPDATE SET n = event_source_counts.n + excluded.n;";

    /// <summary>The folded source name (the first line of document_sources.fold, alias s) in SQLite's SQL.</summary>
    internal const string SourceNameSql = "substr(s.fold, 1, instr(s.fold, char(10)) - 1)";

    /// <summary>Prepared statements for ingest transactions, reused from one transaction to the next.</summary>
    sealed class Inserter : IDisposable
    {
        readonly SqliteCommand _exists, _delete, _doc, _entity, _mention, _time, _quote, _event, _part, _counts, _source, _sourceCounts;

        public void Enlist(SqliteTransaction tx)
        {
            foreach (var c in new[] { _exists, _delete, _doc, _entity, _mention, _time, _quote, _event, _part, _counts, _source, _sourceCounts }) c.Transaction = tx;
        }

        readonly bool _withCounts, _withSources, _withSourceCounts;

        readonly TimeProfile _profile;

        public Inserter(SqliteConnection c, SqliteTransaction tx, bool withCounts, bool withSources, bool withSourceCounts, TimeProfile profile)
        {
            _profile = profile;
            _withCounts = withCounts;
            _withSources = withSources;
            _withSourceCounts = withSourceCounts;
            _exists = Make(c, tx, "SELECT key FROM documents WHERE id = $id;", "$id");
            _delete = Make(c, tx,
                (withSources ? "DELETE FROM document_sources WHERE doc = $k; " : "")
                + "DELETE FROM event_participants WHERE doc = $k; DELETE FROM events WHERE doc = $k; "
                + "DELETE FROM quotes WHERE doc = $k; DELETE FROM times WHERE doc = $k; "
                + "DELETE FROM mentions WHERE doc = $k; DELETE FROM entities WHERE doc = $k; "
                + "DELETE FROM documents WHERE key = $k;", "$k");
            _doc = Make(c, tx,
                "INSERT INTO documents (id, source_path, source_url, source_name, language, published, title, text, record, ingested_at) "
                + "VALUES ($id, $path, $url, $name, $lang, $pub, $title, $text, $record, $at) RETURNING key;",
                "$id", "$path", "$url", "$name", "$lang", "$pub", "$title", "$text", "$record", "$at");
            _entity = Make(c, tx,
                "INSERT INTO entities (doc, ordinal, entity_id, kb, name, type, country, roles, match_text) "
                + "VALUES ($doc, $ord, $id, $kb, $name, $type, $country, $roles, $match);",
                "$doc", "$ord", "$id", "$kb", "$name", "$type", "$country", "$roles", "$match");
            _mention = Make(c, tx,
                "INSERT INTO mentions (doc, entity_id, ordinal, span_start, span_end, text) VALUES ($doc, $ent, $ord, $s, $e, $text);",
                "$doc", "$ent", "$ord", "$s", "$e", "$text");
            _time = Make(c, tx,
                "INSERT INTO times (doc, ordinal, span_start, span_end, text, kind, value, approx, modifier, conflict, date_lo, date_hi) "
                + "VALUES ($doc, $ord, $s, $e, $text, $kind, $value, $approx, $mod, $conflict, $lo, $hi);",
                "$doc", "$ord", "$s", "$e", "$text", "$kind", "$value", "$approx", "$mod", "$conflict", "$lo", "$hi");
            _quote = Make(c, tx,
                "INSERT INTO quotes (doc, ordinal, span_start, span_end, text, speaker, direct, channel) "
                + "VALUES ($doc, $ord, $s, $e, $text, $speaker, $direct, $channel);",
                "$doc", "$ord", "$s", "$e", "$text", "$speaker", "$direct", "$channel");
            _event = Make(c, tx,
                "INSERT INTO events (doc, ordinal, event_id, type, mode, cameo, date, date_lo, date_hi, sort_date, status, location, record) "
                + "VALUES ($doc, $ord, $id, $type, $mode, $cameo, $date, $lo, $hi, $sort, $status, $loc, $record);",
                "$doc", "$ord", "$id", "$type", "$mode", "$cameo", "$date", "$lo", "$hi", "$sort", "$status", "$loc", "$record");
            _part = Make(c, tx,
                "INSERT INTO event_participants (doc, event_ord, event_id, role, position, entity_id, name, kb, match_text) "
                + "VALUES ($doc, $ord, $ev, $role, $pos, $ent, $name, $kb, $match);",
                "$doc", "$ord", "$ev", "$role", "$pos", "$ent", "$name", "$kb", "$match");
            _counts = Make(c, tx, EventCountsDelta("= $k", "$sign"), "$k", "$sign");
            _source = Make(c, tx, "INSERT INTO document_sources (doc, published, fold) VALUES ($doc, $pub, $fold);", "$doc", "$pub", "$fold");
            _sourceCounts = Make(c, tx, EventSourceCountsDelta("= $k", "$sign", SourceNameSql), "$k", "$sign");
        }

        static SqliteCommand Make(SqliteConnection c, SqliteTransaction tx, string sql, params string[] names)
        {
            var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = sql;
            foreach (var n in names) cmd.Parameters.Add(new SqliteParameter(n, DBNull.Value));
            return cmd;
        }

        static void Run(SqliteCommand cmd, params object?[] values)
        {
            for (int i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
            cmd.ExecuteNonQuery();
        }

        /// <summary>The row key of a stored document, or null.</summary>
        public long? Find(string id)
        {
            _exists.Parameters[0].Value = id;
            return _exists.ExecuteScalar() is long k ? k : null;
        }

        public void Delete(long key)
        {
            if (_withCounts) Run(_counts, key, -1); // the document's events leave the event counts
            if (_withSourceCounts) Run(_sourceCounts, key, -1);
            Run(_delete, key);
        }

        public void Insert(Document doc, string now)
        {
            long tp = TimeProfile.Start();
            var published = doc.Published is { } p ? TimexRange.Iso(p) : null;
            object?[] docValues = [doc.Id, doc.Source?.Path, doc.Source?.Url, doc.Source?.Name, doc.Language,
                published, doc.Title, doc.Text ?? "", RecordJson.Serialize(doc), now];
            for (int i = 0; i < docValues.Length; i++) _doc.Parameters[i].Value = docValues[i] ?? DBNull.Value;
            long id = (long)_doc.ExecuteScalar()!;
            if (_withSources) Run(_source, id, published, SourceFold(doc.Source?.Name, doc.Source?.Path, doc.Source?.Url));
            tp = _profile.Stop(PDoc, tp);

            var byId = new Dictionary<string, (string Name, string? Kb, string Match)>(StringComparer.Ordinal);
            int ord = 0;
            foreach (var e in Safe(doc.Entities))
            {
                var match = MatchText(e);
                byId.TryAdd(e.Id, (e.Name ?? e.Id, e.Kb, match));
                Run(_entity, id, ord++, e.Id, e.Kb, e.Name ?? "", e.Type ?? "", e.Country, RolesJson(e.Roles), match);
                int mo = 0;
                foreach (var m in Safe(e.Mentions)) Run(_mention, id, e.Id, mo++, m.Start, m.End, m.Text ?? "");
            }
            tp = _profile.Stop(PEntities, tp);
            ord = 0;
            foreach (var t in Safe(doc.Times))
            {
                var (lo, hi) = t.Kind == TimeKinds.Date || t.Kind == TimeKinds.Time ? TimexRange.Bounds(t.Value) : (null, null);
                Run(_time, id, ord++, t.Start, t.End, t.Text ?? "", t.Kind ?? "", t.Value ?? "", t.Approx ? 1 : 0, t.Modifier, t.Conflict, lo, hi);
            }
            ord = 0;
            foreach (var q in Safe(doc.Quotes))
                Run(_quote, id, ord++, q.Start, q.End, q.Text ?? "", q.Speaker, q.Direct ? 1 : 0, q.Channel);
            tp = _profile.Stop(PTimesQuotes, tp);
            ord = 0;
            foreach (var ev in Safe(doc.Events))
            {
                var (lo, hi) = TimexRange.Bounds(ev.Date);
                Run(_event, id, ord, ev.Id, ev.Type ?? "", ev.Mode, ev.Cameo, ev.Date, lo, hi, lo ?? published,
                    ev.Status ?? EventStatus.Occurred, ev.Location, RecordJson.Serialize(ev));
                Participants(id, ord, ev.Id, "actor", ev.Actors, byId);
                Participants(id, ord, ev.Id, "target", ev.Targets, byId);
                Participants(id, ord, ev.Id, "source", ev.ReportedBy, byId);
                if (ev.Location is { } loc) Participants(id, ord, ev.Id, "location", [loc], byId);
                ord++;
            }
            tp = _profile.Stop(PEvents, tp);
            if (ord > 0 && _withCounts) Run(_counts, id, 1);
            if (ord > 0 && _withSourceCounts) Run(_sourceCounts, id, 1);
            _profile.Stop(PCounts, tp);
        }

        void Participants(long doc, int ord, string ev, string role, ImmutableArray<string> ids,
            Dictionary<string, (string Name, string? Kb, string Match)> byId)
        {
            if (ids.IsDefaultOrEmpty) return;
            int pos = 0;
            foreach (var eid in ids)
            {
                if (eid is null) continue;
                var (name, kb, match) = byId.TryGetValue(eid, out var v) ? v : (eid, null, TextFold.Fold(eid));
                Run(_part, doc, ord, ev, role, pos++, eid, name, kb, match);
            }
        }

        /// <summary>The folded canonical name and distinct folded surface forms, one per line.</summary>
        static string MatchText(Entity e)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var sb = new StringBuilder();
            void Add(string? s)
            {
                if (string.IsNullOrWhiteSpace(s)) return;
                var f = TextFold.Fold(s.Trim());
                if (seen.Add(f)) { if (sb.Length > 0) sb.Append('\n'); sb.Append(f); }
            }
            Add(e.Name);
            foreach (var m in Safe(e.Mentions)) Add(m.Text);
            return sb.ToString();
        }

        static string RolesJson(ImmutableArray<string> roles)
        {
            if (roles.IsDefaultOrEmpty) return "[]";
            using var ms = new MemoryStream();
            using (var w = new Utf8JsonWriter(ms, RecordJson.Compact))
            {
                w.WriteStartArray();
                foreach (var r in roles) w.WriteStringValue(r);
                w.WriteEndArray();
            }
            return Encoding.UTF8.GetString(ms.GetBuffer(), 0, (int)ms.Length);
        }

        public void Dispose()
        {
            foreach (var c in new[] { _exists, _delete, _doc, _entity, _mention, _time, _quote, _event, _part, _counts, _source, _sourceCounts }) c.Dispose();
        }
    }

    // ------------------------------------------------------------------ documents

    public bool Contains(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (Location == ":memory:")
            lock (_gate)
            {
                ThrowIfDisposed();
                return Guard(() =>
                {
                    using var cmd = Cmd(_conn, "SELECT 1 FROM documents WHERE id = $id;");
                    cmd.Parameters.AddWithValue("$id", id.Trim());
                    return cmd.ExecuteScalar() is not null;
                });
            }
        lock (_lookupGate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                if (_lookupCmd is null)
                {
                    var conn = new SqliteConnection(_connString);
                    try { OpenConnection(conn); }
                    catch { conn.Dispose(); throw; }
                    _lookup = conn;
                    _lookupCmd = Cmd(conn, "SELECT 1 FROM documents WHERE id = $id;");
                    _lookupCmd.Parameters.Add(new SqliteParameter("$id", ""));
                }
                _lookupCmd.Parameters[0].Value = id.Trim();
                return _lookupCmd.ExecuteScalar() is not null;
            });
        }
    }

    public string? ResolveId(string idOrPrefix)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() => ResolveIdCore(idOrPrefix));
        }
    }

    string? ResolveIdCore(string idOrPrefix)
    {
        ArgumentNullException.ThrowIfNull(idOrPrefix);
        var s = idOrPrefix.Trim();
        if (s.Length == 0) throw new ArgumentException("An empty document id was given.", nameof(idOrPrefix));
        using (var exact = Cmd(_conn, "SELECT id FROM documents WHERE id = $a OR id = $b LIMIT 1;"))
        {
            exact.Parameters.AddWithValue("$a", s);
            exact.Parameters.AddWithValue("$b", s.ToLowerInvariant());
            if (exact.ExecuteScalar() is string hit) return hit;
        }
        if (s.Length < IDocumentStore.MinPrefixLength)
            throw new ArgumentException($"Document id prefix '{s}' is too short: give at least {IDocumentStore.MinPrefixLength} characters.", nameof(idOrPrefix));
        var p = s.ToLowerInvariant();
        using var cmd = Cmd(_conn, "SELECT id FROM documents WHERE id >= $lo AND id < $hi ORDER BY id LIMIT 11;");
        cmd.Parameters.AddWithValue("$lo", p);
        cmd.Parameters.AddWithValue("$hi", p + "\uFFFF");
        var ids = new List<string>();
        using (var r = cmd.ExecuteReader()) while (r.Read()) ids.Add(r.GetString(0));
        return ids.Count switch
        {
            0 => null,
            1 => ids[0],
            _ => throw new AmbiguousIdException(s, ids),
        };
    }

    public Document? GetDocument(string idOrPrefix)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                var id = ResolveIdCore(idOrPrefix);
                if (id is null) return null;
                using var cmd = Cmd(_conn, "SELECT record FROM documents WHERE id = $id;");
                cmd.Parameters.AddWithValue("$id", id);
                return cmd.ExecuteScalar() is string json ? ReadRecord(json, id) : null;
            });
        }
    }

    public IReadOnlyList<Document> GetDocuments(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return [];
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                var found = new List<Document>(ids.Count);
                using var cmd = Cmd(_conn, "SELECT id, record FROM documents WHERE id IN (SELECT value FROM json_each($ids));");
                cmd.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(ids.Distinct(StringComparer.Ordinal).ToArray()));
                using var r = cmd.ExecuteReader();
                while (r.Read()) found.Add(ReadRecord(r.GetString(1), r.GetString(0)));
                return (IReadOnlyList<Document>)found;
            });
        }
    }

    static Document ReadRecord(string json, string id)
    {
        try { return RecordJson.DeserializeDocument(json); }
        catch (FormatException ex)
        {
            throw new StoreException(StoreErrorKind.Corrupt, $"The stored record of document {id} is damaged: {ex.Message}", ex);
        }
    }

    public IReadOnlyList<DocumentSummary> ListDocuments(DocumentQuery? query = null)
    {
        query ??= new DocumentQuery();
        var (where, binds) = DocumentWhere(query, CommonWords(query));
        const string columns = "SELECT d.id, d.source_path, d.source_url, d.source_name, d.language, d.published, d.title, d.ingested_at, "
                + "(SELECT count(*) FROM entities x WHERE x.doc = d.key), (SELECT count(*) FROM events x WHERE x.doc = d.key) ";
        // A page: sort and cut the matching keys first (from the published-day index), then read that page's rows
        // and counts only; otherwise every match's row and counts would be computed before the sort.
        var sql = query.Limit is null
            ? columns + "FROM documents d" + where + DocumentOrder(query) + Paging(query.Offset, query.Limit, binds) + ";"
            : columns + "FROM (SELECT d.key, d.published FROM documents d" + where + DocumentOrder(query) + Paging(query.Offset, query.Limit, binds)
              + ") k JOIN documents d ON d.key = k.key" + DocumentOrder(query, "k") + ";";
        return ReadSummaries(sql, binds);
    }

    public long CountDocuments(DocumentQuery? query = null)
    {
        var (where, binds) = DocumentWhere(query ?? new DocumentQuery());
        return CountWith("SELECT count(*) FROM documents d" + where + ";", binds);
    }

    // Not iterators themselves: the query is checked when they are called, rows are read while enumerating.
    public IEnumerable<Document> StreamDocuments(DocumentQuery? query = null) =>
        StreamRecordsWithId(query ?? new DocumentQuery()).Select(r => ReadRecord(r.Record, r.Id));

    public IEnumerable<string> StreamRecords(DocumentQuery? query = null) =>
        StreamRecordsWithId(query ?? new DocumentQuery()).Select(r => r.Record);

    IEnumerable<(string Id, string Record)> StreamRecordsWithId(DocumentQuery query)
    {
        ThrowIfDisposed();
        var (where, binds) = DocumentWhere(query);
        var sql = "SELECT d.id, d.record FROM documents d" + where + DocumentOrder(query) + Paging(query.Offset, query.Limit, binds) + ";";
        return StreamRows(sql, binds);
    }

    /// <summary>Runs a query on a fresh connection of its own and yields (id, record) rows lazily.</summary>
    IEnumerable<(string, string)> StreamRows(string sql, List<KeyValuePair<string, object?>> binds)
    {
        var conn = new SqliteConnection(_connString);
        try
        {
            Guard(() => { OpenConnection(conn); return 0; });
            using var cmd = Cmd(conn, sql);
            Bind(cmd, binds);
            using var r = Guard(cmd.ExecuteReader);
            while (Guard(r.Read))
                yield return (r.GetString(0), r.GetString(1));
        }
        finally
        {
            conn.Dispose();
        }
    }

    /// <summary>Above this many documents matching the words of a page's search, the page walks the documents in
    /// listing order and keeps those that match; below it, it sorts the matches.</summary>
    internal const int CommonWordDocuments = 2000;

    /// <summary>
    /// True when a page of a full-text search should walk the published-day index and test each document against
    /// the match set (words that many documents hold: the page fills quickly), rather than look up every match's
    /// row to sort them (rare words: few rows). Decided by counting the matches up to <see cref="CommonWordDocuments"/>.
    /// </summary>
    bool CommonWords(DocumentQuery q)
    {
        if (q.Limit is null || string.IsNullOrWhiteSpace(q.Text) || FullTextQuery.Build(q.Text) is not { } fts) return false;
        return CountWith("SELECT count(*) FROM (SELECT rowid FROM documents_fts WHERE documents_fts MATCH $fts LIMIT $cap);",
            [new("$fts", fts), new("$cap", (long)CommonWordDocuments)]) >= CommonWordDocuments;
    }

    (string Where, List<KeyValuePair<string, object?>> Binds) DocumentWhere(DocumentQuery q, bool walkInOrder = false)
    {
        var w = new List<string>();
        var b = new List<KeyValuePair<string, object?>>();
        if (!string.IsNullOrWhiteSpace(q.Source)) w.Add(SourceClause("d.key", q.Source, b));
        if (!string.IsNullOrWhiteSpace(q.Language)) { w.Add("d.language = $lang"); b.Add(new("$lang", q.Language.Trim().ToLowerInvariant())); }
        CheckWindow(q.From, q.To);
        if (!string.IsNullOrWhiteSpace(q.From)) { w.Add("d.published >= $from"); b.Add(new("$from", BoundOf(q.From, first: true, "From"))); }
        if (!string.IsNullOrWhiteSpace(q.To)) { w.Add("d.published <= $to"); b.Add(new("$to", BoundOf(q.To, first: false, "To"))); }
        if (!string.IsNullOrWhiteSpace(q.Title)) { w.Add("instr(pfold(d.title), $title) > 0"); b.Add(new("$title", TextFold.Fold(q.Title.Trim()))); }
        if (!string.IsNullOrWhiteSpace(q.Text)) w.Add((walkInOrder ? "+" : "") + FullTextClause(q.Text, b)); // '+': not a key look-up
        if (!string.IsNullOrWhiteSpace(q.Entity))
        {
            w.Add("d.key IN (SELECT x.doc FROM entities x WHERE " + EntityMatch("x", "$ent", q.Entity, b) + ")");
        }
        return (w.Count == 0 ? "" : " WHERE " + string.Join(" AND ", w), b);
    }

    static string DocumentOrder(DocumentQuery q, string t = "d") =>
        q.Descending ? $" ORDER BY {t}.published DESC NULLS LAST, {t}.key DESC" : $" ORDER BY {t}.published NULLS LAST, {t}.key";

    // ------------------------------------------------------------------ events

    public IReadOnlyList<EventRow> QueryEvents(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                var sql = EventSql(query, out var binds);
                if (sql is null) return (IReadOnlyList<EventRow>)[];
                using var cmd = Cmd(_conn, sql);
                Bind(cmd, binds);
                var list = new List<EventRow>();
                using var r = cmd.ExecuteReader();
                while (r.Read()) list.Add(ReadEventRow(r));
                return (IReadOnlyList<EventRow>)list;
            });
        }
    }

    public IEnumerable<EventRow> StreamEvents(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? sql;
        List<KeyValuePair<string, object?>> binds;
        lock (_gate)
        {
            ThrowIfDisposed();
            // Built eagerly: a bad filter fails here, not half-way through the caller's loop.
            (sql, binds) = Guard(() => (EventSql(query, out var b), b));
        }
        return sql is null ? [] : StreamEventRows(sql, binds);
    }

    IEnumerable<EventRow> StreamEventRows(string sql, List<KeyValuePair<string, object?>> binds)
    {
        var conn = new SqliteConnection(_connString);
        try
        {
            Guard(() => { OpenConnection(conn); return 0; });
            using var cmd = Cmd(conn, sql);
            Bind(cmd, binds);
            using var r = Guard(cmd.ExecuteReader);
            while (Guard(r.Read))
                yield return ReadEventRow(r);
        }
        finally
        {
            conn.Dispose();
        }
    }

    public IReadOnlyList<FacetCount> CountEventsBy(EventQuery query, EventFacet facet, int limit = 50)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var (key, from, order) = facet switch
        {
            EventFacet.Type => ("e.type", "", "n DESC, k"),
            EventFacet.Source => ("d.source_name", "", "n DESC, k"),
            EventFacet.Year => ("substr(e.date_lo, 1, 4)", "", "k IS NULL, k"),
            EventFacet.Month => ("CASE WHEN e.date_lo IS NOT NULL AND substr(e.date_lo, 1, 7) = substr(e.date_hi, 1, 7) THEN substr(e.date_lo, 1, 7) END", "", "k IS NULL, k"),
            EventFacet.Status => ("e.status", "", "n DESC, k"),
            EventFacet.Language => ("d.language", "", "n DESC, k"),
            EventFacet.Actor => ("a.name", " JOIN event_participants a ON a.doc = e.doc AND a.event_ord = e.ordinal AND a.role = 'actor'", "n DESC, k"),
            _ => throw new ArgumentOutOfRangeException(nameof(facet)),
        };
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                var (where, binds) = EventWhere(query);
                if (where is null) return (IReadOnlyList<FacetCount>)[];
                var count = facet == EventFacet.Actor ? "count(DISTINCT e.doc || ':' || e.ordinal)" : "count(*)";
                // counts by type, year or month of one entity's (or all) events: from the summary table
                var summaryBinds = new List<KeyValuePair<string, object?>>();
                var summary = EventCounts.FacetSql(query, facet, n => ("$" + n, "$" + n), summaryBinds, (v, first) => BoundOf(v, first, first ? "From" : "To"));
                if (SchemaVersion < EventCountsSchema) summary = null;
                // with a source: from the per-source summary, when no document matches the source by its path or URL only
                if (summary is null && SchemaVersion >= SourceCountsSchema)
                {
                    summaryBinds.Clear();
                    summary = EventCounts.SourceFacetSql(query, facet, n => ("$" + n, "$" + n), summaryBinds, (v, first) => BoundOf(v, first, first ? "From" : "To"), "instr");
                    if (summary is not null && CountWith(EventCounts.SourceNameOnlySql("instr", SourceNameSql, "$src") + ";",
                            summaryBinds.Where(x => x.Key == "$src").ToList()) > 0) summary = null;
                }
                if (summary is not null) binds = summaryBinds;
                else if (SchemaVersion >= ReadSideSchema && DocumentFilterPlan(query) is DocumentPlan.Probe)
                {
                    // every document set (source, words) is large: the events' own indexes drive and each event is
                    // tested against the sets, rather than every event of every document in them read (Nouvelles with
                    // a window of days: 360 → 60–90 ms of CPU in the shell on 100,000 documents)
                    (where, binds) = EventWhere(query, probeDocuments: true);
                    if (where is null) return (IReadOnlyList<FacetCount>)[];
                }
                // the documents row only when a filter or the facet reads it (a row per event is most of a large count)
                var docs = DocumentColumn().IsMatch(where) || key.StartsWith("d.", StringComparison.Ordinal) ? " JOIN documents d ON d.key = e.doc" : "";
                using var cmd = Cmd(_conn, summary is not null ? summary + " LIMIT $facet_limit;"
                                          : $"SELECT {key} AS k, {count} AS n FROM events e{docs}{from}{where} "
                                          + $"GROUP BY k ORDER BY {order} LIMIT $facet_limit;");
                Bind(cmd, binds);
                cmd.Parameters.AddWithValue("$facet_limit", limit);
                var list = new List<FacetCount>();
                using var r = cmd.ExecuteReader();
                while (r.Read()) list.Add(new FacetCount(NullableString(r, 0), r.GetInt64(1)));
                return (IReadOnlyList<FacetCount>)list;
            });
        }
    }

    /// <summary>The SELECT of an event query, or null when nothing can match (unknown document).</summary>
    string? EventSql(EventQuery query, out List<KeyValuePair<string, object?>> binds)
    {
        // A page with document filters (source, words): see DocumentFilterPlan
        var plan = query.Limit is not null && SchemaVersion >= ReadSideSchema ? DocumentFilterPlan(query) : DocumentPlan.None;
        var (where, b) = EventWhere(query, probeDocuments: plan is DocumentPlan.Probe);
        binds = b;
        if (where is null) return null;
        bool walk = false;
        if (plan is DocumentPlan.Probe)
        {
            var rest = query with { Source = null, Text = null, Offset = 0 };
            bool window = !string.IsNullOrWhiteSpace(rest.From) || !string.IsNullOrWhiteSpace(rest.To);
            var dayBinds = new List<KeyValuePair<string, object?>>();
            if (EventCounts.DaysSql(rest, n => ("$" + n, "$" + n), dayBinds, (v, first) => BoundOf(v, first, first ? "From" : "To")) is { } daysSql)
            {
                // the events the other filters keep, per listing day (event_counts): how many, and from which day to which
                using var cmd = Cmd(_conn, daysSql + ";");
                Bind(cmd, dayBinds);
                string? lo = null, hi = null;
                long total = 0;
                using (var r = cmd.ExecuteReader())
                    while (r.Read())
                    {
                        var day = r.GetString(0);
                        if (lo is null || string.CompareOrdinal(day, lo) < 0) lo = day;
                        if (hi is null || string.CompareOrdinal(day, hi) > 0) hi = day;
                        total += r.GetInt64(1);
                    }
                if (window && total == 0) return null; // nothing matches
                // few: let them drive (their index) and test each against the document sets; many: walk in listing order
                walk = total > WalkAboveEvents;
                // (without a window, when every event those filters keep has a listing day: the same bounds)
                if (walk && !window && lo is not null && hi is not null)
                {
                    var unlistedBinds = new List<KeyValuePair<string, object?>>();
                    if (EventCounts.UnlistedSql(rest, n => ("$" + n, "$" + n), unlistedBinds, (v, first) => BoundOf(v, first, first ? "From" : "To")) is not { } unlisted
                        || CountWith(unlisted + ";", unlistedBinds) > 0) lo = hi = null;
                }
                if ((walk || window) && lo is not null && hi is not null)
                {
                    // a window keeps no undated event: the walk starts and ends at the listing days those events have.
                    // Driven by the date index instead, the same days bound its scan from below too: in a window an
                    // event's listing day is its first day, and "overlaps the window" alone has no lower bound on it
                    // (Nouvelles with a window of days read every event dated before the window's end).
                    where += walk
                        ? " AND e.sort_date >= $walk_first AND e.sort_date <= $walk_last"
                        : " AND e.date_lo >= $walk_first AND e.date_lo <= $walk_last AND e.sort_date >= $walk_first AND e.sort_date <= $walk_last";
                    b.Add(new("$walk_first", lo));
                    b.Add(new("$walk_last", hi));
                }
            }
            else walk = NoEventFilter(rest); // the document sets alone: walk every event in listing order
        }
        if (plan is DocumentPlan.None && query.Limit is { } pageSize && SchemaVersion >= EventCountsSchema)
        {
            // a page: bounded to the listing days its events can have (from event_counts)
            var dayBinds = new List<KeyValuePair<string, object?>>();
            if (EventCounts.DaysSql(query, n => ("$" + n, "$" + n), dayBinds, (v, first) => BoundOf(v, first, first ? "From" : "To")) is { } daysSql)
            {
                using var cmd = Cmd(_conn, daysSql + ";");
                Bind(cmd, dayBinds);
                var days = new List<(string, long)>();
                long seen = 0;
                using (var r = cmd.ExecuteReader())
                    while (seen < query.Offset + (long)pageSize && r.Read())
                    {
                        days.Add((r.GetString(0), r.GetInt64(1)));
                        seen += r.GetInt64(1);
                    }
                var (span, complete) = EventCounts.PageDays(days, query.Offset, pageSize, query.Descending);
                // A window leaves out the events without a first day (and their listing day is their first day)
                bool window = !string.IsNullOrWhiteSpace(query.From) || !string.IsNullOrWhiteSpace(query.To);
                if (window && span is null) return null; // nothing matches
                if (span is { } s && (complete || window))
                {
                    where += (where.Length == 0 ? " WHERE " : " AND ") + (window
                        ? "e.date_lo >= $page_first AND e.date_lo <= $page_last AND e.sort_date >= $page_first AND e.sort_date <= $page_last"
                        : "e.sort_date >= $page_first AND e.sort_date <= $page_last");
                    b.Add(new("$page_first", s.First));
                    b.Add(new("$page_last", s.Last));
                    // Few events of any kind on those days: walk them in listing order on the covering index (a type's
                    // own index would read every event of the type to keep the few of those days).
                    walk = SpanEvents(s.First, s.Last) <= WalkSpanEvents;
                }
            }
        }
        const string names = "(SELECT json_group_array(name) FROM (SELECT p.name FROM event_participants p "
                           + "WHERE p.doc = e.doc AND p.event_ord = e.ordinal AND p.role = '{0}' ORDER BY p.position))";
        string Order(string t) => query.Descending
            ? $" ORDER BY {t}.sort_date DESC NULLS LAST, {t}.doc DESC, {t}.ordinal DESC"
            : $" ORDER BY {t}.sort_date NULLS LAST, {t}.doc, {t}.ordinal";
        var select = "SELECT d.id, e.record, d.source_name, d.source_path, d.source_url, d.title, d.published, d.language, "
             + string.Format(CultureInfo.InvariantCulture, names, "actor") + ", "
             + string.Format(CultureInfo.InvariantCulture, names, "target") + ", "
             + string.Format(CultureInfo.InvariantCulture, names, "source") + ", "
             + "(SELECT p.name FROM event_participants p WHERE p.doc = e.doc AND p.event_ord = e.ordinal AND p.role = 'location' LIMIT 1) ";
        if (query.Limit is null)
            return select + "FROM events e JOIN documents d ON d.key = e.doc" + where + Order("e") + Paging(query.Offset, query.Limit, binds) + ";";
        // A page: sort and cut the matching keys first, then read the records of that page only (sorting the
        // records of every match would move all their JSON through the sorter).
        // The documents table joins the keys only when a filter reads it (source, language, words, document,
        // publication day): reading a document row for each matching event is most of the cost of a large match.
        var events = walk ? "events e INDEXED BY ix_events_listing" : "events e";
        var keysFrom = DocumentColumn().IsMatch(where) ? $"FROM {events} JOIN documents d ON d.key = e.doc" : "FROM " + events;
        return select + "FROM (SELECT e.doc, e.ordinal, e.sort_date " + keysFrom + where + Order("e")
             + Paging(query.Offset, query.Limit, binds) + ") k JOIN events e ON e.doc = k.doc AND e.ordinal = k.ordinal "
             + "JOIN documents d ON d.key = e.doc" + Order("k") + ";";
    }

    /// <summary>How a page of events with document filters (source, words) is read.</summary>
    enum DocumentPlan
    {
        /// <summary>No document filter (or not a page): as before.</summary>
        None,
        /// <summary>A document set is small: its documents' events drive the query (primary key look-ups), then sorted.</summary>
        Drive,
        /// <summary>Every document set is large: each event is tested against them (set probes); the other filters
        /// drive when they keep few events, else the listing index is walked in order until the page is full.</summary>
        Probe,
    }

    /// <summary>At most this many events (of any kind) on the listing days a page of events can cover, the page walks
    /// them in listing order on ix_events_listing (settable by tests).</summary>
    internal long WalkSpanEvents { get; set; } = 50_000;

    /// <summary>The number of events whose listing day is within [first, last] (event_counts), counted up to
    /// <see cref="WalkSpanEvents"/> + 1.</summary>
    long SpanEvents(string first, string last)
    {
        using var cmd = Cmd(_conn, "SELECT c.n FROM event_counts c WHERE c.kb = '' AND c.role = '' AND c.sort_date >= $a AND c.sort_date <= $z;");
        cmd.Parameters.AddWithValue("$a", first);
        cmd.Parameters.AddWithValue("$z", last);
        long total = 0;
        using var r = cmd.ExecuteReader();
        while (total <= WalkSpanEvents && r.Read()) total += r.GetInt64(0);
        return total;
    }

    /// <summary>Below this many documents, a document filter's documents drive an event page (settable by tests).</summary>
    internal int DriveBelowDocuments { get; set; } = 2000;

    /// <summary>Above this many events kept by the other filters (event_counts), a page with large document sets
    /// walks the events in listing order instead of sorting every event the other filters keep (settable by tests).</summary>
    internal long WalkAboveEvents { get; set; } = 50_000;

    /// <summary>
    /// For a page of events with a source or words filter: counts the documents of each filter up to
    /// <see cref="DriveBelowDocuments"/> (one capped scan of document_sources or of the full-text index).
    /// </summary>
    DocumentPlan DocumentFilterPlan(EventQuery q)
    {
        bool source = !string.IsNullOrWhiteSpace(q.Source), text = !string.IsNullOrWhiteSpace(q.Text);
        if ((!source && !text) || !string.IsNullOrWhiteSpace(q.Document)) return DocumentPlan.None;
        var cap = new KeyValuePair<string, object?>("$cap", (long)DriveBelowDocuments);
        if (source)
        {
            var b = new List<KeyValuePair<string, object?>> { cap };
            var clause = SourceClause("x.doc", q.Source!, b);
            if (!clause.StartsWith("x.doc IN (", StringComparison.Ordinal)) return DocumentPlan.None; // no document_sources
            if (CountWith("SELECT count(*) FROM (" + clause["x.doc IN (".Length..^1] + " LIMIT $cap);", b) < DriveBelowDocuments) return DocumentPlan.Drive;
        }
        if (text && FullTextQuery.Build(q.Text!) is { } fts
            && CountWith("SELECT count(*) FROM (SELECT rowid FROM documents_fts WHERE documents_fts MATCH $fts LIMIT $cap);", [new("$fts", fts), cap]) < DriveBelowDocuments)
            return DocumentPlan.Drive;
        return DocumentPlan.Probe;
    }

    static bool NoEventFilter(EventQuery q) =>
        string.IsNullOrWhiteSpace(q.Actor) && string.IsNullOrWhiteSpace(q.Target) && string.IsNullOrWhiteSpace(q.Participant)
        && string.IsNullOrWhiteSpace(q.Type) && string.IsNullOrWhiteSpace(q.Mode) && string.IsNullOrWhiteSpace(q.Status)
        && string.IsNullOrWhiteSpace(q.From) && string.IsNullOrWhiteSpace(q.To) && string.IsNullOrWhiteSpace(q.Language)
        && string.IsNullOrWhiteSpace(q.Document);

    /// <summary>
    /// True when the entity (Wikidata id) is named by many of the stored documents (entity directory): its events
    /// are then found by walking the events in listing order (a page fills quickly) rather than by collecting and
    /// sorting all of them.
    /// </summary>
    bool IsFrequentEntity(string kb)
    {
        using var cmd = Cmd(_conn, "SELECT (SELECT documents FROM entity_directory WHERE key = $kb), (SELECT max(key) FROM documents);");
        cmd.Parameters.AddWithValue("$kb", kb);
        using var r = cmd.ExecuteReader();
        if (!r.Read() || r.IsDBNull(0) || r.IsDBNull(1)) return false;
        long docs = r.GetInt64(0), total = r.GetInt64(1);
        return docs >= 200 && docs * 50 >= total;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bd\.")]
    private static partial System.Text.RegularExpressions.Regex DocumentColumn();

    static EventRow ReadEventRow(SqliteDataReader r)
    {
        var docId = r.GetString(0);
        Event ev;
        try { ev = RecordJson.DeserializeEvent(r.GetString(1)); }
        catch (FormatException ex) { throw new StoreException(StoreErrorKind.Corrupt, $"A stored event of document {docId} is damaged: {ex.Message}", ex); }
        return new EventRow
        {
            DocumentId = docId,
            Event = ev,
            SourceName = NullableString(r, 2),
            SourcePath = NullableString(r, 3),
            SourceUrl = NullableString(r, 4),
            Title = NullableString(r, 5),
            Published = ParseDay(NullableString(r, 6)),
            Language = NullableString(r, 7),
            Actors = JsonStrings(NullableString(r, 8)),
            Targets = JsonStrings(NullableString(r, 9)),
            ReportedBy = JsonStrings(NullableString(r, 10)),
            Location = NullableString(r, 11),
        };
    }

    public long CountEvents(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                var (where, binds) = EventWhere(query);
                if (where is null) return 0L;
                var docs = DocumentColumn().IsMatch(where) ? " JOIN documents d ON d.key = e.doc" : "";
                using var cmd = Cmd(_conn, "SELECT count(*) FROM events e" + docs + where + ";");
                Bind(cmd, binds);
                return (long)cmd.ExecuteScalar()!;
            });
        }
    }

    /// <summary>The WHERE clause of an event query; Where is null when nothing can match (unknown document).</summary>
    (string? Where, List<KeyValuePair<string, object?>> Binds) EventWhere(EventQuery q, bool probeDocuments = false)
    {
        var w = new List<string>();
        var b = new List<KeyValuePair<string, object?>>();
        void Role(string? value, string roles, string name)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            var v = value.Trim();
            if (IsKbId(v) && IsFrequentEntity("Q" + v[1..]))
            {
                b.Add(new(name, "Q" + v[1..]));
                w.Add("EXISTS (SELECT 1 FROM event_participants p WHERE p.doc = e.doc AND p.event_ord = e.ordinal AND p.role IN (" + roles + ") AND p.kb = " + name + ")");
                return;
            }
            w.Add("(e.doc, e.ordinal) IN (SELECT p.doc, p.event_ord FROM event_participants p WHERE p.role IN (" + roles + ") AND "
                  + EntityMatch("p", name, value, b) + ")");
        }
        Role(q.Actor, "'actor'", "$actor");
        Role(q.Target, "'target'", "$target");
        Role(q.Participant, "'actor', 'target'", "$part");
        if (!string.IsNullOrWhiteSpace(q.Type))
        {
            var types = q.Type.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => t.ToUpperInvariant()).Distinct().ToList();
            var ps = new List<string>();
            for (int i = 0; i < types.Count; i++) { ps.Add("$type" + i); b.Add(new("$type" + i, types[i])); }
            w.Add("e.type IN (" + string.Join(", ", ps) + ")");
        }
        if (!string.IsNullOrWhiteSpace(q.Mode)) { w.Add("lower(e.mode) = $mode"); b.Add(new("$mode", q.Mode.Trim().ToLowerInvariant())); }
        if (!string.IsNullOrWhiteSpace(q.Status)) { w.Add("e.status = $status"); b.Add(new("$status", q.Status.Trim().ToLowerInvariant())); }
        bool hasFrom = !string.IsNullOrWhiteSpace(q.From), hasTo = !string.IsNullOrWhiteSpace(q.To);
        if (hasFrom || hasTo)
        {
            CheckWindow(q.From, q.To);
            string lo = q.UndatedUsePublished ? "e.sort_date" : "e.date_lo";
            string hi = q.UndatedUsePublished ? "coalesce(e.date_hi, d.published)" : "e.date_hi";
            if (hasFrom)
            {
                b.Add(new("$from", BoundOf(q.From!, first: true, "From")));
                w.Add(q.DateMatch == DateMatch.Within ? lo + " >= $from" : hi + " >= $from");
            }
            if (hasTo)
            {
                b.Add(new("$to", BoundOf(q.To!, first: false, "To")));
                w.Add(q.DateMatch == DateMatch.Within ? hi + " <= $to" : lo + " <= $to");
            }
        }
        // the document filters as sets of document keys (no documents row read); probe: test each event against the
        // set rather than let the set drive the query (see EventSql)
        string probe = probeDocuments ? "+" : "";
        if (!string.IsNullOrWhiteSpace(q.Source)) w.Add(probe + SourceClause("e.doc", q.Source, b));
        if (!string.IsNullOrWhiteSpace(q.Language)) { w.Add("d.language = $lang"); b.Add(new("$lang", q.Language.Trim().ToLowerInvariant())); }
        if (!string.IsNullOrWhiteSpace(q.Text)) w.Add(probe + FullTextClause(q.Text, b, "e.doc"));
        if (!string.IsNullOrWhiteSpace(q.Document))
        {
            var id = ResolveIdCore(q.Document);
            if (id is null) return (null, b);
            w.Add("d.id = $doc");
            b.Add(new("$doc", id));
        }
        return (w.Count == 0 ? "" : " WHERE " + string.Join(" AND ", w), b);
    }

    /// <summary>
    /// SQL matching an entity row (alias <paramref name="t"/> with kb and match_text columns): a Wikidata id
    /// matches kb exactly; any other text is a folded substring of the canonical name or a surface form.
    /// </summary>
    static string EntityMatch(string t, string name, string value, List<KeyValuePair<string, object?>> b)
    {
        var v = value.Trim();
        if (IsKbId(v))
        {
            b.Add(new(name, "Q" + v[1..]));
            return $"{t}.kb = {name}";
        }
        b.Add(new(name, TextFold.Fold(v)));
        return $"(instr({t}.match_text, {name}) > 0 AND pword({t}.match_text, {name}))"; // native pre-filter, then the word-start check
    }

    /// <summary>
    /// A document's source as document_sources stores it: its folded name, path and URL, one per line, so that a
    /// source filter (a folded substring of any of the three) is one native instr() over a compact table instead of
    /// folding the columns of every document row. A folded needle holds no line break, so it cannot match across two.
    /// </summary>
    internal static string SourceFold(string? name, string? path, string? url) =>
        string.Concat(TextFold.Fold(name ?? ""), "\n", TextFold.Fold(path ?? ""), "\n", TextFold.Fold(url ?? ""));

    /// <summary>True when <paramref name="needle"/> occurs in <paramref name="hay"/> at the start of a word
    /// ("put" and "putin" in "vladimir putin", not "lad" nor "utin").</summary>
    internal static bool ContainsAtWordStart(string hay, string needle)
    {
        if (needle.Length == 0) return true;
        for (int i = hay.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = hay.IndexOf(needle, i + 1, StringComparison.Ordinal))
            if (i == 0 || !char.IsLetterOrDigit(hay[i - 1])) return true;
        return false;
    }

    static string FullTextClause(string text, List<KeyValuePair<string, object?>> b, string key = "d.key")
    {
        var fts = FullTextQuery.Build(text)
            ?? throw new ArgumentException($"The text search '{text}' holds no word to look for.", nameof(text));
        b.Add(new("$fts", fts));
        return key + " IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH $fts)";
    }

    /// <summary>
    /// The source filter (a folded substring of the document's source name, path or URL) on a document key
    /// expression: from document_sources (schema 7), else by folding the documents' columns.
    /// </summary>
    string SourceClause(string key, string source, List<KeyValuePair<string, object?>> b)
    {
        var needle = TextFold.Fold(source.Trim());
        b.Add(new("$src", needle));
        if (SchemaVersion >= ReadSideSchema && !needle.Contains('\n'))
            return key + " IN (SELECT s.doc FROM document_sources s WHERE instr(s.fold, $src) > 0)";
        // (an event query joins the documents row d whenever a clause reads it)
        return "(instr(pfold(d.source_name), $src) > 0 OR instr(pfold(d.source_path), $src) > 0 OR instr(pfold(d.source_url), $src) > 0)";
    }

    static bool IsKbId(string s) => s.Length >= 2 && (s[0] is 'Q' or 'q') && s.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>A window whose start is after its end is a mistake worth saying, not an empty answer.</summary>
    static void CheckWindow(string? from, string? to)
    {
        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to)) return;
        var a = BoundOf(from, first: true, "From");
        var z = BoundOf(to, first: false, "To");
        if (string.CompareOrdinal(a, z) > 0)
            throw new ArgumentException($"The date window is empty: From '{from}' ({a}) is after To '{to}' ({z}).", "From");
    }

    static string BoundOf(string value, bool first, string what)
    {
        if (!TimexRange.TryParse(value.Trim(), out var a, out var z))
            throw new ArgumentException($"{what} date '{value}' is not understood: use yyyy, yyyy-MM or yyyy-MM-dd (or a TIMEX date such as 2025-W07).", what);
        return TimexRange.Iso(first ? a : z);
    }

    static string Paging(int offset, int? limit, List<KeyValuePair<string, object?>> binds)
    {
        if (offset < 0) throw new ArgumentOutOfRangeException(nameof(offset), "Offset cannot be negative.");
        if (limit is < 0) throw new ArgumentOutOfRangeException(nameof(limit), "Limit cannot be negative.");
        if (limit is null && offset == 0) return "";
        binds.Add(new("$limit", (long?)limit ?? -1L));
        binds.Add(new("$offset", (long)offset));
        return " LIMIT $limit OFFSET $offset";
    }

    // ------------------------------------------------------------------ stories

    public void ReplaceStories(IEnumerable<Story> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ThrowIfReadOnly();
        var list = stories.ToList();
        var dup = list.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new ArgumentException($"Story id '{dup.Key}' appears more than once.", nameof(stories));
        lock (_gate)
        {
            ThrowIfDisposed();
            Guard(() =>
            {
                using var tx = _conn.BeginTransaction(deferred: false);
                Exec(_conn, "DELETE FROM story_documents; DELETE FROM stories; DELETE FROM story_assignments;", tx);
                using var ins = Cmd(_conn, "INSERT INTO stories (id, position, title, record, first, last) VALUES ($id, $pos, $title, $record, $first, $last);", tx);
                var pId = ins.Parameters.Add("$id", SqliteType.Text);
                var pPos = ins.Parameters.Add("$pos", SqliteType.Integer);
                var pTitle = ins.Parameters.Add("$title", SqliteType.Text);
                var pRecord = ins.Parameters.Add("$record", SqliteType.Text);
                var pFirst = ins.Parameters.Add("$first", SqliteType.Text);
                var pLast = ins.Parameters.Add("$last", SqliteType.Text);
                using var link = new MemberWriter(_conn, tx);
                int pos = 0;
                foreach (var s in list)
                {
                    pId.Value = s.Id; pPos.Value = pos++; pTitle.Value = s.Title ?? ""; pRecord.Value = StoryRows.Record(s);
                    pFirst.Value = (object?)StoryRows.Day(s.First) ?? DBNull.Value; pLast.Value = (object?)StoryRows.Day(s.Last) ?? DBNull.Value;
                    ins.ExecuteNonQuery();
                    foreach (var m in StoryRows.MembersOf(s)) link.Add(s.Id, m.Document, m.NearDuplicateOf, m.Score, m.Language, m.Source, move: false);
                }
                tx.Commit();
                return 0;
            });
        }
    }

    /// <summary>Adds (or updates) one member row; with <c>move</c>, first takes the document out of any other story.</summary>
    sealed class MemberWriter : IDisposable
    {
        readonly SqliteCommand _link, _moveOut;
        readonly SqliteParameter _lId, _lDoc, _lDup, _lScore, _lLang, _lSrc, _mId, _mDoc;
        /// <summary>Stories that lost a document to another (their counts and days change).</summary>
        public readonly HashSet<string> Left = new(StringComparer.Ordinal);

        public MemberWriter(SqliteConnection conn, SqliteTransaction tx)
        {
            _link = Cmd(conn, "INSERT INTO story_documents (story_id, doc_id, seq, near_duplicate_of, score, language, source) "
                + "VALUES ($id, $doc, (SELECT coalesce(max(seq), 0) + 1 FROM story_documents WHERE story_id = $id), $dup, $score, $lang, $src) "
                + "ON CONFLICT(story_id, doc_id) DO UPDATE SET near_duplicate_of = excluded.near_duplicate_of, score = excluded.score, "
                + "language = coalesce(excluded.language, language), source = coalesce(excluded.source, source);", tx);
            _lId = _link.Parameters.Add("$id", SqliteType.Text);
            _lDoc = _link.Parameters.Add("$doc", SqliteType.Text);
            _lDup = _link.Parameters.Add("$dup", SqliteType.Text);
            _lScore = _link.Parameters.Add("$score", SqliteType.Real);
            _lLang = _link.Parameters.Add("$lang", SqliteType.Text);
            _lSrc = _link.Parameters.Add("$src", SqliteType.Text);
            // the document leaves any other story (its assignment follows it)
            _moveOut = Cmd(conn, "UPDATE story_assignments SET story_id = $id WHERE doc_id = $doc AND story_id <> $id; "
                + "DELETE FROM story_documents WHERE doc_id = $doc AND story_id <> $id RETURNING story_id;", tx);
            _mId = _moveOut.Parameters.Add("$id", SqliteType.Text);
            _mDoc = _moveOut.Parameters.Add("$doc", SqliteType.Text);
        }

        public void Add(string story, string doc, string? dup, double? score, string? lang, string? src, bool move)
        {
            if (move)
            {
                _mId.Value = story; _mDoc.Value = doc;
                using var r = _moveOut.ExecuteReader();
                do { while (r.FieldCount > 0 && r.Read()) Left.Add(r.GetString(0)); } while (r.NextResult());
            }
            _lId.Value = story; _lDoc.Value = doc;
            _lDup.Value = (object?)dup ?? DBNull.Value;
            _lScore.Value = score is { } sc ? sc : DBNull.Value;
            _lLang.Value = (object?)lang ?? DBNull.Value;
            _lSrc.Value = (object?)src ?? DBNull.Value;
            _link.ExecuteNonQuery();
        }

        public void Dispose() { _link.Dispose(); _moveOut.Dispose(); }
    }

    public void SaveStories(IEnumerable<Story> stories, IEnumerable<StoryAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(assignments);
        ThrowIfReadOnly();
        var list = stories.ToList();
        var dup = list.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new ArgumentException($"Story id '{dup.Key}' appears more than once.", nameof(stories));
        var rows = assignments.ToList();
        foreach (var a in rows)
        {
            ArgumentException.ThrowIfNullOrEmpty(a.Document, nameof(assignments));
            ArgumentException.ThrowIfNullOrEmpty(a.Story, nameof(assignments));
        }
        lock (_gate)
        {
            ThrowIfDisposed();
            Guard(() =>
            {
                long ts = TimeProfile.Start();
                using var tx = _conn.BeginTransaction(deferred: false);
                using var ins = Cmd(_conn, "INSERT INTO stories (id, position, title, record, first, last) "
                    + "VALUES ($id, (SELECT coalesce(max(position), -1) + 1 FROM stories), $title, $record, $first, $last) "
                    + "ON CONFLICT(id) DO UPDATE SET title = excluded.title, record = excluded.record, first = excluded.first, last = excluded.last;", tx);
                var pId = ins.Parameters.Add("$id", SqliteType.Text);
                var pTitle = ins.Parameters.Add("$title", SqliteType.Text);
                var pRecord = ins.Parameters.Add("$record", SqliteType.Text);
                var pFirst = ins.Parameters.Add("$first", SqliteType.Text);
                var pLast = ins.Parameters.Add("$last", SqliteType.Text);
                using var link = new MemberWriter(_conn, tx);
                foreach (var s in list)
                {
                    pId.Value = s.Id; pTitle.Value = s.Title ?? ""; pRecord.Value = StoryRows.Record(s);
                    pFirst.Value = (object?)StoryRows.Day(s.First) ?? DBNull.Value; pLast.Value = (object?)StoryRows.Day(s.Last) ?? DBNull.Value;
                    ins.ExecuteNonQuery();
                    foreach (var m in StoryRows.MembersOf(s)) link.Add(s.Id, m.Document, m.NearDuplicateOf, m.Score, m.Language, m.Source, move: true);
                }
                ts = WriteProfile.Stop(PStoryRows, ts);
                if (rows.Count > 0)
                {
                    // every assignment's story must exist: given above or stored
                    using (var known = Cmd(_conn, "SELECT 1 FROM stories WHERE id = $id;", tx))
                    {
                        var kId = known.Parameters.Add("$id", SqliteType.Text);
                        foreach (var story in rows.Select(a => a.Story).Distinct(StringComparer.Ordinal))
                        {
                            kId.Value = story;
                            if (known.ExecuteScalar() is null)
                                throw new ArgumentException($"The assignment to story '{story}' names a story that is neither given nor stored.", nameof(assignments));
                        }
                    }
                    long seq = Scalar<long>(_conn, "SELECT coalesce(max(seq), 0) FROM story_assignments;", tx);
                    using var put = Cmd(_conn, "INSERT OR REPLACE INTO story_assignments (doc_id, story_id, seq, day, near_duplicate_of, score, signature) "
                        + "VALUES ($doc, $story, $seq, $day, $dup, $score, $sig);", tx);
                    var aDoc = put.Parameters.Add("$doc", SqliteType.Text);
                    var aStory = put.Parameters.Add("$story", SqliteType.Text);
                    var aSeq = put.Parameters.Add("$seq", SqliteType.Integer);
                    var aDay = put.Parameters.Add("$day", SqliteType.Text);
                    var aDup = put.Parameters.Add("$dup", SqliteType.Text);
                    var aScore = put.Parameters.Add("$score", SqliteType.Real);
                    var aSig = put.Parameters.Add("$sig", SqliteType.Text);
                    // a story's days are widened once per call, not once per document: updating a stories row rewrites
                    // it with its record, which for a story of thousands of documents is megabytes read and compared
                    using var widen = Cmd(_conn, "UPDATE stories SET first = CASE WHEN first IS NULL OR $lo < first THEN $lo ELSE first END, "
                        + "last = CASE WHEN last IS NULL OR $hi > last THEN $hi ELSE last END WHERE id = $id;", tx);
                    var wLo = widen.Parameters.Add("$lo", SqliteType.Text);
                    var wHi = widen.Parameters.Add("$hi", SqliteType.Text);
                    var wId = widen.Parameters.Add("$id", SqliteType.Text);
                    var days = new Dictionary<string, (string Lo, string Hi)>(StringComparer.Ordinal);
                    foreach (var a in rows)
                    {
                        aDoc.Value = a.Document; aStory.Value = a.Story; aSeq.Value = ++seq;
                        aDay.Value = (object?)StoryRows.Day(a.Day) ?? DBNull.Value;
                        aDup.Value = (object?)a.NearDuplicateOf ?? DBNull.Value;
                        aScore.Value = a.Score is { } sc ? sc : DBNull.Value;
                        aSig.Value = a.Signature ?? "";
                        put.ExecuteNonQuery();
                        link.Add(a.Story, a.Document, a.NearDuplicateOf, a.Score, a.Language, a.Source, move: true);
                        if (StoryRows.Day(a.Day) is { } day)
                            days[a.Story] = days.TryGetValue(a.Story, out var w)
                                ? (string.CompareOrdinal(day, w.Lo) < 0 ? day : w.Lo, string.CompareOrdinal(day, w.Hi) > 0 ? day : w.Hi)
                                : (day, day);
                    }
                    foreach (var (story, (lo, hi)) in days)
                    {
                        wLo.Value = lo; wHi.Value = hi; wId.Value = story;
                        widen.ExecuteNonQuery();
                    }
                }
                // stories that lost documents to others (a merge): deleted when empty, else their days follow their documents
                foreach (var id in link.Left.Except(list.Select(s => s.Id), StringComparer.Ordinal))
                {
                    using var fix = Cmd(_conn, "DELETE FROM stories WHERE id = $id AND documents <= 0; "
                        + "UPDATE stories SET first = (SELECT min(d.published) FROM story_documents sd JOIN documents d ON d.id = sd.doc_id WHERE sd.story_id = $id), "
                        + "last = (SELECT max(d.published) FROM story_documents sd JOIN documents d ON d.id = sd.doc_id WHERE sd.story_id = $id) WHERE id = $id;", tx);
                    fix.Parameters.AddWithValue("$id", id);
                    fix.ExecuteNonQuery();
                }
                ts = WriteProfile.Stop(PAssignments, ts);
                tx.Commit();
                WriteProfile.Stop(PCommit, ts);
                return 0;
            });
        }
    }

    public IEnumerable<StoryAssignment> StreamStoryAssignments(DateOnly? from = null)
    {
        var sql = "SELECT doc_id, story_id, day, near_duplicate_of, score, signature FROM story_assignments"
            + (from is null ? "" : " WHERE day IS NULL OR day >= $from") + " ORDER BY seq;";
        var binds = new List<KeyValuePair<string, object?>>();
        if (from is { } f) binds.Add(new("$from", f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var rows = new List<StoryAssignment>();
        lock (_gate)
        {
            ThrowIfDisposed();
            Guard(() =>
            {
                using var cmd = Cmd(_conn, sql);
                Bind(cmd, binds);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                    rows.Add(new StoryAssignment(r.GetString(0), r.GetString(1),
                        r.IsDBNull(2) ? null : DateOnly.ParseExact(r.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                        NullableString(r, 3), r.IsDBNull(4) ? null : r.GetDouble(4), r.GetString(5)));
                return 0;
            });
        }
        return rows;
    }

    public IReadOnlyList<StoryAssignment> GetStoryAssignments(IReadOnlyCollection<string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var rows = new List<StoryAssignment>();
        if (documentIds.Count == 0) return rows;
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                using var cmd = Cmd(_conn, "SELECT doc_id, story_id, day, near_duplicate_of, score, signature FROM story_assignments WHERE doc_id = $id;");
                var pId = cmd.Parameters.Add("$id", SqliteType.Text);
                foreach (var id in documentIds.Distinct(StringComparer.Ordinal))
                {
                    pId.Value = id;
                    using var r = cmd.ExecuteReader();
                    if (r.Read())
                        rows.Add(new StoryAssignment(r.GetString(0), r.GetString(1), StoryRows.ParseDay(NullableString(r, 2)),
                            NullableString(r, 3), r.IsDBNull(4) ? null : r.GetDouble(4), r.GetString(5)));
                }
                return (IReadOnlyList<StoryAssignment>)rows;
            });
        }
    }

    public IReadOnlyList<Story> GetStories() => ReadStories("SELECT s.id, s.record, s.first, s.last FROM stories s ORDER BY s.position;", [], allMembers: true);

    public Story? GetStory(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var list = ReadStories("SELECT s.id, s.record, s.first, s.last FROM stories s WHERE s.id = $id;", [new("$id", id.Trim())]);
        return list.Count > 0 ? list[0] : null;
    }

    public IReadOnlyList<Story> GetStoriesOfDocument(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return ReadStories("SELECT s.id, s.record, s.first, s.last FROM stories s JOIN story_documents sd ON sd.story_id = s.id WHERE sd.doc_id = $doc ORDER BY s.position;",
            [new("$doc", documentId)]);
    }

    public IReadOnlyList<StoryHeader> GetStoryHeaders(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var list = new List<StoryHeader>();
        if (ids.Count == 0) return list;
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                using var cmd = Cmd(_conn, "SELECT id, title, documents, first, last FROM stories WHERE id = $id;");
                var pId = cmd.Parameters.Add("$id", SqliteType.Text);
                foreach (var id in ids.Distinct(StringComparer.Ordinal))
                {
                    pId.Value = id;
                    using var r = cmd.ExecuteReader();
                    if (r.Read())
                        list.Add(new StoryHeader(r.GetString(0), r.GetString(1), r.GetInt32(2),
                            StoryRows.ParseDay(NullableString(r, 3)), StoryRows.ParseDay(NullableString(r, 4))));
                }
                return (IReadOnlyList<StoryHeader>)list;
            });
        }
    }

    public IReadOnlyList<StoryMember> GetStoryMembers(string storyId, int offset = 0, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        var binds = new List<KeyValuePair<string, object?>> { new("$id", storyId.Trim()) };
        var sql = "SELECT doc_id, near_duplicate_of, score, language, source FROM story_documents WHERE story_id = $id ORDER BY seq"
            + Paging(offset, limit, binds) + ";";
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                using var cmd = Cmd(_conn, sql);
                Bind(cmd, binds);
                return (IReadOnlyList<StoryMember>)StoryRows.ReadMembers(cmd);
            });
        }
    }

    /// <summary>Stories from rows (id, record, first, last), each with its members from story_documents (<see cref="StoryRows.ReadStories"/>).</summary>
    IReadOnlyList<Story> ReadStories(string sql, List<KeyValuePair<string, object?>> binds, bool allMembers = false)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                using var cmd = Cmd(_conn, sql);
                Bind(cmd, binds);
                return StoryRows.ReadStories(cmd,
                    () => Cmd(_conn, "SELECT story_id, " + StoryRows.MemberColumns + " FROM story_documents ORDER BY story_id, seq;"),
                    () =>
                    {
                        var members = Cmd(_conn, "SELECT " + StoryRows.MemberColumns + " FROM story_documents WHERE story_id = $id ORDER BY seq;");
                        return (members, members.Parameters.Add("$id", SqliteType.Text));
                    },
                    allMembers);
            });
        }
    }

    // ------------------------------------------------------------------ entities

    public IReadOnlyList<EntitySummary> ListEntities(EntityQuery? query = null)
    {
        query ??= new EntityQuery();
        var w = new List<string>();
        var b = new List<KeyValuePair<string, object?>>();
        if (!string.IsNullOrWhiteSpace(query.Name)) w.Add(EntityMatch("x", "$name", query.Name, b));
        if (!string.IsNullOrWhiteSpace(query.Type)) { w.Add("x.type = $type"); b.Add(new("$type", query.Type.Trim().ToUpperInvariant())); }
        if (!string.IsNullOrWhiteSpace(query.Country)) { w.Add("x.country = $country"); b.Add(new("$country", query.Country.Trim().ToUpperInvariant())); }
        var sql = "SELECT x.kb, x.name, x.type, x.country, count(DISTINCT x.doc) AS docs, "
                + "sum((SELECT count(*) FROM mentions m WHERE m.doc = x.doc AND m.entity_id = x.entity_id)) AS mentions, "
                + "sum((SELECT count(DISTINCT p.event_ord) FROM event_participants p WHERE p.doc = x.doc AND p.entity_id = x.entity_id "
                + "AND p.role IN ('actor', 'target'))) AS events "
                + "FROM entities x" + (w.Count == 0 ? "" : " WHERE " + string.Join(" AND ", w))
                + " GROUP BY coalesce(x.kb, x.type || char(31) || pfold(x.name)) ORDER BY docs DESC, mentions DESC, x.name"
                + Paging(query.Offset, query.Limit, b) + ";";
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                using var cmd = Cmd(_conn, sql);
                Bind(cmd, b);
                var list = new List<EntitySummary>();
                using var r = cmd.ExecuteReader();
                while (r.Read())
                    list.Add(new EntitySummary(NullableString(r, 0), r.GetString(1), r.GetString(2), NullableString(r, 3),
                        r.GetInt32(4), r.GetInt32(5), r.GetInt32(6)));
                return (IReadOnlyList<EntitySummary>)list;
            });
        }
    }

    // ------------------------------------------------------------------ integrity

    static readonly Lazy<IReadOnlyList<(string Message, string Sql)>> IntegrityChecks =
        new(() => IntegrityQueries.Load("Storage/data/integrity/sqlite.sql"));

    /// <summary>
    /// SQLite's quick_check and foreign-key check, then the checks of Storage/data/integrity/sqlite.sql (orphan
    /// rows, documents whose fact rows differ from their record, duplicate ids, the full-text index), all in one
    /// read transaction: a consistent snapshot even while another process ingests.
    /// </summary>
    public IReadOnlyList<string> CheckIntegrity()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                var problems = new List<string>();
                using var tx = _conn.BeginTransaction(deferred: true);
                using (var cmd = Cmd(_conn, "PRAGMA quick_check;", tx))
                using (var r = cmd.ExecuteReader())
                    while (r.Read())
                        if (r.GetString(0) is var m && m != "ok") problems.Add("SQLite quick_check: " + m);
                using (var cmd = Cmd(_conn, "PRAGMA foreign_key_check;", tx))
                using (var r = cmd.ExecuteReader())
                    while (r.Read()) problems.Add($"foreign key violation: a row of {r.GetString(0)} refers to a missing {r.GetString(2)} row");
                foreach (var (message, sql) in IntegrityChecks.Value)
                {
                    using var cmd = Cmd(_conn, sql, tx);
                    long bad = Convert.ToInt64(cmd.ExecuteScalar() ?? 0L);
                    if (bad != 0) problems.Add($"{message}: {bad}");
                }
                tx.Commit();
                return (IReadOnlyList<string>)problems;
            });
        }
    }

    // ------------------------------------------------------------------ statistics

    public StoreCounts Count()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                using var cmd = Cmd(_conn,
                    "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM entities), (SELECT count(*) FROM mentions), "
                    + "(SELECT count(*) FROM times), (SELECT count(*) FROM quotes), (SELECT count(*) FROM events), "
                    + "(SELECT count(*) FROM stories), (SELECT count(DISTINCT kb) FROM entities WHERE kb IS NOT NULL);");
                using var r = cmd.ExecuteReader();
                r.Read();
                return new StoreCounts(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), r.GetInt64(7));
            });
        }
    }

    long CountWith(string sql, List<KeyValuePair<string, object?>> binds)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                using var cmd = Cmd(_conn, sql);
                Bind(cmd, binds);
                return (long)cmd.ExecuteScalar()!;
            });
        }
    }

    // ------------------------------------------------------------------ helpers

    /// <summary>A default (uninitialised) array read as empty.</summary>
    static ImmutableArray<T> Safe<T>(ImmutableArray<T> a) => a.IsDefault ? ImmutableArray<T>.Empty : a;


    static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    static SqliteCommand Cmd(SqliteConnection conn, string sql, SqliteTransaction? tx = null)
    {
        var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    static void Exec(SqliteConnection conn, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = Cmd(conn, sql, tx);
        cmd.ExecuteNonQuery();
    }

    static T Scalar<T>(SqliteConnection conn, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = Cmd(conn, sql, tx);
        var v = cmd.ExecuteScalar();
        return (T)Convert.ChangeType(v!, typeof(T), CultureInfo.InvariantCulture);
    }

    static void Bind(SqliteCommand cmd, List<KeyValuePair<string, object?>> binds)
    {
        foreach (var (k, v) in binds) cmd.Parameters.AddWithValue(k, v ?? DBNull.Value);
    }

    static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    static DateOnly? ParseDay(string? s) =>
        s is not null && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    static ImmutableArray<string> JsonStrings(string? json)
    {
        if (string.IsNullOrEmpty(json) || json == "[]") return [];
        using var d = JsonDocument.Parse(json);
        var b = ImmutableArray.CreateBuilder<string>(d.RootElement.GetArrayLength());
        foreach (var e in d.RootElement.EnumerateArray()) if (e.ValueKind == JsonValueKind.String) b.Add(e.GetString()!);
        return b.ToImmutable();
    }

    void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    void ThrowIfReadOnly()
    {
        if (_options.ReadOnly)
            throw new InvalidOperationException($"The Parallax database '{Location}' was opened read-only.");
    }

    T Guard<T>(Func<T> action)
    {
        try { return action(); }
        catch (SqliteException ex) { throw Map(ex, Location); }
    }

    /// <summary>Turns an SQLite error into a <see cref="StoreException"/> with a message for the user.</summary>
    internal static StoreException Map(SqliteException ex, string location) => (ex.SqliteErrorCode & 0xFF) switch
    {
        5 or 6 => new StoreException(StoreErrorKind.Locked,
            $"The Parallax database '{location}' is locked by another process (SQLite: {ex.Message}). Wait for the other process to finish, or raise the busy timeout.", ex),
        11 or 26 => new StoreException(StoreErrorKind.Corrupt,
            $"'{location}' is not a valid Parallax database or is damaged (SQLite: {ex.Message}). Restore a backup, or move the file aside to start a new store.", ex),
        14 => new StoreException(StoreErrorKind.CannotOpen, $"Cannot open the Parallax database '{location}' (SQLite: {ex.Message}). Check the path and permissions.", ex),
        8 => new StoreException(StoreErrorKind.CannotOpen, $"The Parallax database '{location}' is read-only (SQLite: {ex.Message}).", ex),
        13 => new StoreException(StoreErrorKind.IO, $"The disk holding the Parallax database '{location}' is full (SQLite: {ex.Message}).", ex),
        10 => new StoreException(StoreErrorKind.IO, $"I/O error on the Parallax database '{location}' (SQLite: {ex.Message}).", ex),
        _ => new StoreException(StoreErrorKind.Other, $"Parallax database error on '{location}': {ex.Message}", ex),
    };

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            try
            {
                if (!_options.ReadOnly && Location != ":memory:")
                    Exec(_conn, "PRAGMA busy_timeout = 200; PRAGMA optimize;"); // never stall a dispose on another writer
            }
            catch (SqliteException) { /* best effort */ }
            _inserter?.Dispose();
            lock (_lookupGate)
            {
                _lookupCmd?.Dispose();
                _lookup?.Dispose();
            }
            _conn.Dispose();
        }
    }
}
