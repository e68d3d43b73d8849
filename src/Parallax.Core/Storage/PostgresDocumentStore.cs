using System.Collections.Immutable;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Storage;

/// <summary>Options for opening a <see cref="PostgresDocumentStore"/>.</summary>
public sealed record PostgresStoreOptions
{
    /// <summary>Open without write access: no migration, no ingest (sessions are read-only). The store must exist.</summary>
    public bool ReadOnly { get; init; }
    /// <summary>How long a call waits for another writer's lock before failing with <see cref="StoreErrorKind.Locked"/>.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// <see cref="IDocumentStore"/> on a PostgreSQL database (Npgsql), with the same tables, migrations concept and
/// query behaviour as <see cref="SqliteDocumentStore"/>. The schema is created and upgraded by ordered SQL scripts
/// embedded under <c>Storage/data/migrations/postgres/NNNN_name.sql</c>, applied in one transaction at open and
/// recorded in <c>schema_version</c>. Documents and their facts are written with binary COPY, one transaction per
/// batch; writers are serialised by a transaction-scoped advisory lock (as SQLite's BEGIN IMMEDIATE), readers
/// never wait (MVCC). Full-text search uses a stored tsvector (French or English configuration by the document's
/// language) with a GIN index. Calls on one instance are serialised; streams read on pooled connections of their own.
/// </summary>
public sealed class PostgresDocumentStore : IDocumentStore, IStoreIntegrity
{
    const string MigrationFolder = "Storage/data/migrations/postgres/";
    /// <summary>Advisory lock key held by writers and by the migration runner ("Prlx").</summary>
    const long WriteLockKey = 0x50726C78;
    /// <summary>Marks the start of each word in match_words (see <see cref="MarkWords"/>).</summary>
    const char WordMark = '\u0001';

    readonly NpgsqlDataSource _source;
    readonly NpgsqlConnection _conn;
    readonly PostgresStoreOptions _options;
    readonly object _gate = new();
    readonly IReadOnlyList<SqliteDocumentStore.Migration> _migrations;
    bool _disposed;

    /// <summary>The database as a URL without its password (postgres://user@host:port/db).</summary>
    public string Location { get; }
    public int SchemaVersion { get; private set; }
    public bool IsReadOnly => _options.ReadOnly;

    /// <summary>The latest schema version this build knows (the highest embedded migration).</summary>
    public static int LatestSchemaVersion => Migrations.Value[^1].Version;

    /// <summary>The schema that adds event_counts (0005_event_counts.sql); an older one (tests only) neither writes nor reads it.</summary>
    const int EventCountsSchema = 5;
    /// <summary>The schema that adds document_sources and event_source_counts (0011_event_source_counts.sql).</summary>
    const int SourceCountsSchema = 11;
    /// <summary>The folded source name (the first line of document_sources.fold, alias s).</summary>
    const string SourceNameSql = "split_part(s.fold, E'\\n', 1)";

    /// <summary>True for a postgres:// or postgresql:// URL (what <see cref="DocumentStores.Open"/> sends here).</summary>
    public static bool IsUrl(string? s) =>
        s is not null && (s.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Opens (creating the database if it is missing, and migrating as needed) the store at a
    /// <c>postgres://user:password@host:port/database?option=value</c> URL or an Npgsql connection string
    /// (<c>Host=…;Username=…;Database=…</c>). Without a password in either, Npgsql's PGPASSWORD / ~/.pgpass apply.
    /// </summary>
    /// <exception cref="StoreException">the server cannot be reached, refuses the login, holds another application's
    /// tables, or a newer schema.</exception>
    public static PostgresDocumentStore Open(string urlOrConnectionString, PostgresStoreOptions? options = null) =>
        new(urlOrConnectionString, options ?? new PostgresStoreOptions(), Migrations.Value);

    /// <summary>Opens with an explicit migration list (tests of the migration runner).</summary>
    internal static PostgresDocumentStore Open(string urlOrConnectionString, PostgresStoreOptions options, IReadOnlyList<SqliteDocumentStore.Migration> migrations) =>
        new(urlOrConnectionString, options, migrations);

    PostgresDocumentStore(string urlOrConnectionString, PostgresStoreOptions options, IReadOnlyList<SqliteDocumentStore.Migration> migrations)
    {
        ArgumentNullException.ThrowIfNull(urlOrConnectionString);
        _options = options;
        _migrations = migrations;
        var csb = ParseConnectionString(urlOrConnectionString);
        if (string.IsNullOrEmpty(csb.Database)) csb.Database = csb.Username; // PostgreSQL's default database
        if (string.IsNullOrEmpty(csb.Database))
            throw new StoreException(StoreErrorKind.CannotOpen, "The PostgreSQL URL names no database: use postgres://user:password@host:port/database.");
        Location = DescribeLocation(csb);
        // Every session: the lock wait bound, and commit without waiting for the WAL flush (the durability of
        // SQLite's synchronous=NORMAL: a crash may lose the last transactions, never corrupts), read-only if asked.
        var timeoutMs = (long)Math.Max(1, options.BusyTimeout.TotalMilliseconds);
        csb.Options = (string.IsNullOrEmpty(csb.Options) ? "" : csb.Options + " ")
            + $"-c lock_timeout={timeoutMs} -c synchronous_commit=off"
            + (options.ReadOnly ? " -c default_transaction_read_only=on" : "");
        if (string.IsNullOrEmpty(csb.ApplicationName)) csb.ApplicationName = "parallax";

        _source = NpgsqlDataSource.Create(csb);
        try
        {
            _conn = OpenFirstConnection(csb);
            try { Guard(() => { Initialize(); return 0; }); }
            catch { _conn.Dispose(); throw; }
        }
        catch
        {
            _source.Dispose();
            throw;
        }
    }

    /// <summary>A postgres:// URL or an Npgsql connection string, as a builder (clear errors on bad input).</summary>
    internal static NpgsqlConnectionStringBuilder ParseConnectionString(string s)
    {
        s = s.Trim();
        if (!IsUrl(s))
        {
            try { return new NpgsqlConnectionStringBuilder(s); }
            catch (ArgumentException ex) { throw new StoreException(StoreErrorKind.CannotOpen, $"'{s}' is not a PostgreSQL connection string: {ex.Message}", ex); }
        }
        if (!Uri.TryCreate(s, UriKind.Absolute, out var uri))
            throw new StoreException(StoreErrorKind.CannotOpen, $"'{Redact(s)}' is not a valid PostgreSQL URL: use postgres://user:password@host:port/database.");
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = string.IsNullOrEmpty(uri.Host) ? "localhost" : uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
        };
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var ui = uri.UserInfo;
            int colon = ui.IndexOf(':');
            b.Username = Uri.UnescapeDataString(colon < 0 ? ui : ui[..colon]);
            if (colon >= 0) b.Password = Uri.UnescapeDataString(ui[(colon + 1)..]);
        }
        var db = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (db.Length > 0) b.Database = db;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            try
            {
                switch (key.ToLowerInvariant())
                {
                    case "sslmode": b.SslMode = Enum.Parse<SslMode>(value.Replace("-", ""), ignoreCase: true); break;
                    case "search_path": b.SearchPath = value; break;
                    case "application_name": b.ApplicationName = value; break;
                    case "connect_timeout": b.Timeout = int.Parse(value, CultureInfo.InvariantCulture); break;
                    default: b[key.Replace('_', ' ')] = value; break;
                }
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException or KeyNotFoundException)
            {
                throw new StoreException(StoreErrorKind.CannotOpen, $"PostgreSQL URL option '{key}={value}' is not understood: {ex.Message}", ex);
            }
        }
        return b;
    }

    /// <summary>postgres://user@host:port/database (no password): where the data lives, for messages.</summary>
    static string DescribeLocation(NpgsqlConnectionStringBuilder b)
    {
        var host = b.Host ?? "localhost";
        if (host.Contains(':') && !host.StartsWith('[')) host = "[" + host + "]";
        var user = string.IsNullOrEmpty(b.Username) ? "" : Uri.EscapeDataString(b.Username) + "@";
        return $"postgres://{user}{host}:{b.Port}/{Uri.EscapeDataString(b.Database ?? b.Username ?? "")}";
    }

    static string Redact(string url)
    {
        int at = url.IndexOf('@'), scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || scheme < 0) return url;
        int colon = url.IndexOf(':', scheme + 3);
        return colon > 0 && colon < at ? url[..(colon + 1)] + "***" + url[at..] : url;
    }

    /// <summary>Opens the main connection; a missing database is created (like SQLite creates a missing file).</summary>
    NpgsqlConnection OpenFirstConnection(NpgsqlConnectionStringBuilder csb)
    {
        var conn = _source.CreateConnection();
        try
        {
            conn.Open();
            return conn;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName && !_options.ReadOnly)
        {
            conn.Dispose();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            conn.Dispose();
            throw Map(ex, Location);
        }
        CreateDatabase(csb);
        conn = _source.CreateConnection();
        try { conn.Open(); }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException) { conn.Dispose(); throw Map(ex, Location); }
        return conn;
    }

    void CreateDatabase(NpgsqlConnectionStringBuilder csb)
    {
        var admin = new NpgsqlConnectionStringBuilder(csb.ConnectionString) { Database = "postgres", Pooling = false };
        try
        {
            using var c = new NpgsqlConnection(admin.ConnectionString);
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {QuoteIdent(csb.Database!)} ENCODING 'UTF8' TEMPLATE template0", c);
            cmd.ExecuteNonQuery();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase) { /* created meanwhile */ }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw new StoreException(StoreErrorKind.CannotOpen,
                $"The PostgreSQL database of '{Location}' does not exist and cannot be created ({ex.Message}). Create it (createdb {csb.Database}) or use another.", ex);
        }
    }

    static string QuoteIdent(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";

    void Initialize()
    {
        // One statement, one snapshot: two separate ones could see no schema_version and then the tables another
        // process's migration committed in between, and take a store being created for a foreign database.
        bool hasVersionTable;
        long userTables;
        using (var probe = Cmd(_conn, "SELECT count(*) FILTER (WHERE tablename = 'schema_version') > 0, count(*) "
            + "FROM pg_tables WHERE schemaname = current_schema();"))
        using (var r = probe.ExecuteReader())
        {
            r.Read();
            hasVersionTable = r.GetBoolean(0);
            userTables = r.GetInt64(1);
        }
        if (userTables > 0 && !hasVersionTable)
            throw new StoreException(StoreErrorKind.NotParallax, $"'{Location}' has tables but no Parallax schema; refusing to modify it.");

        var migrations = _migrations;
        int latest = migrations[^1].Version;
        int current = hasVersionTable ? Scalar<int>(_conn, "SELECT coalesce(max(version), 0) FROM schema_version;") : 0;
        if (current > latest)
            throw new StoreException(StoreErrorKind.NewerSchema,
                $"The Parallax database '{Location}' has schema version {current}, newer than this Parallax supports ({latest}). Upgrade Parallax, or use another database.");
        // a migration numbered below the latest applied one (another line of work merged later) is still applied
        var applied = hasVersionTable ? AppliedVersions(null) : [];
        if (migrations.Any(m => !applied.Contains(m.Version)))
        {
            if (_options.ReadOnly)
                throw current == 0
                    ? new StoreException(StoreErrorKind.CannotOpen, $"There is no Parallax store in '{Location}' (nothing has been ingested yet?).")
                    : new StoreException(StoreErrorKind.NeedsUpgrade,
                        $"The Parallax database '{Location}' has schema version {current} and needs upgrading to {latest}; open it once for writing.");
            using var tx = _conn.BeginTransaction();
            Exec(_conn, $"SELECT pg_advisory_xact_lock({WriteLockKey});", tx);
            Exec(_conn, "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL);", tx);
            // Another process may have migrated while we waited for the lock.
            current = Scalar<int>(_conn, "SELECT coalesce(max(version), 0) FROM schema_version;", tx);
            if (current > latest)
                throw new StoreException(StoreErrorKind.NewerSchema,
                    $"The Parallax database '{Location}' has schema version {current}, newer than this Parallax supports ({latest}).");
            applied = AppliedVersions(tx);
            foreach (var m in migrations)
            {
                if (applied.Contains(m.Version)) continue;
                try { Exec(_conn, m.Sql, tx); }
                catch (PostgresException ex) when (ex.SqlState is not (PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.QueryCanceled))
                {
                    throw new StoreException(StoreErrorKind.Other, $"Migration {m.Name} failed on '{Location}': {ex.MessageText}", ex);
                }
                using var rec = Cmd(_conn, "INSERT INTO schema_version (version, name, applied_at) VALUES (@v, @n, @t);", tx);
                rec.Parameters.AddWithValue("v", m.Version);
                rec.Parameters.AddWithValue("n", m.Name);
                rec.Parameters.AddWithValue("t", Now());
                rec.ExecuteNonQuery();
            }
            tx.Commit();
            current = latest;
        }
        SchemaVersion = current;
    }

    HashSet<int> AppliedVersions(NpgsqlTransaction? tx)
    {
        var set = new HashSet<int>();
        using var cmd = Cmd(_conn, "SELECT version FROM schema_version;", tx);
        using var r = cmd.ExecuteReader();
        while (r.Read()) set.Add(r.GetInt32(0));
        return set;
    }

    // ------------------------------------------------------------------ migrations

    static readonly Lazy<IReadOnlyList<SqliteDocumentStore.Migration>> Migrations = new(LoadMigrations);

    internal static IReadOnlyList<SqliteDocumentStore.Migration> LoadMigrations()
    {
        var list = new List<SqliteDocumentStore.Migration>();
        foreach (var res in DataFiles.List(MigrationFolder))
        {
            var file = res[MigrationFolder.Length..];
            if (!file.EndsWith(".sql", StringComparison.Ordinal)) continue;
            int us = file.IndexOf('_');
            if (us <= 0 || !int.TryParse(file.AsSpan(0, us), NumberStyles.None, CultureInfo.InvariantCulture, out int v))
                throw new InvalidOperationException($"Migration file '{file}' must be named NNNN_name.sql.");
            list.Add(new SqliteDocumentStore.Migration(v, file[..^4], DataFiles.ReadAllText(res)));
        }
        return SqliteDocumentStore.CheckMigrations(list);
    }

    // ------------------------------------------------------------------ ingest

    public IReadOnlyList<AddResult> AddDocuments(IEnumerable<Document> documents, DuplicatePolicy duplicates = DuplicatePolicy.Skip)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ThrowIfReadOnly();
        // Materialise first: the caller's sequence (often the pipeline) runs before the write lock is taken,
        // and may itself use this store.
        var batch = documents as IReadOnlyCollection<Document> ?? documents.ToList();
        foreach (var doc in batch)
        {
            ArgumentNullException.ThrowIfNull(doc, nameof(documents));
            if (string.IsNullOrEmpty(doc.Id)) throw new ArgumentException("A document without an id cannot be stored.", nameof(documents));
        }
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                var results = new List<AddResult>(batch.Count);
                using var tx = _conn.BeginTransaction();
                Exec(_conn, $"SELECT pg_advisory_xact_lock({WriteLockKey});", tx);
                var stored = new Dictionary<string, long>(StringComparer.Ordinal);
                using (var find = Cmd(_conn, "SELECT id, key FROM documents WHERE id = ANY(@ids);", tx))
                {
                    find.Parameters.Add(new NpgsqlParameter<string[]>("ids", batch.Select(d => d.Id).Distinct(StringComparer.Ordinal).ToArray()));
                    using var r = find.ExecuteReader();
                    while (r.Read()) stored[r.GetString(0)] = r.GetInt64(1);
                }
                // What to write, in input order; a later copy of an id replaces an earlier one with Replace (as
                // deleting and re-inserting row by row would), and is a duplicate with Skip.
                var toDelete = new List<long>();
                var toInsert = new List<Document>(batch.Count);
                var inBatch = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var doc in batch)
                {
                    var status = AddStatus.Added;
                    if (inBatch.TryGetValue(doc.Id, out int at))
                    {
                        if (duplicates == DuplicatePolicy.Skip) { results.Add(new AddResult(doc.Id, AddStatus.Duplicate)); continue; }
                        toInsert[at] = null!;
                        status = AddStatus.Replaced;
                    }
                    else if (stored.TryGetValue(doc.Id, out long key))
                    {
                        if (duplicates == DuplicatePolicy.Skip) { results.Add(new AddResult(doc.Id, AddStatus.Duplicate)); continue; }
                        toDelete.Add(key);
                        status = AddStatus.Replaced;
                    }
                    inBatch[doc.Id] = toInsert.Count;
                    toInsert.Add(doc);
                    results.Add(new AddResult(doc.Id, status));
                }
                if (toDelete.Count > 0) DeleteKeys(toDelete.ToArray(), tx);
                toInsert.RemoveAll(d => d is null);
                if (toInsert.Count > 0) Copy(toInsert, tx);
                tx.Commit();
                return (IReadOnlyList<AddResult>)results;
            });
        }
    }

    void DeleteKeys(long[] keys, NpgsqlTransaction tx)
    {
        using var del = Cmd(_conn, (SchemaVersion >= EventCountsSchema ? SqliteDocumentStore.EventCountsDelta("= ANY(@k)", "-1", "") + " " : "")
            + (SchemaVersion >= SourceCountsSchema ? SqliteDocumentStore.EventSourceCountsDelta("= ANY(@k)", "-1", SourceNameSql, "")
                                                     + " DELETE FROM document_sources WHERE doc = ANY(@k); " : "")
            + "DELETE FROM event_participants WHERE doc = ANY(@k); DELETE FROM events WHERE doc = ANY(@k); "
            + "DELETE FROM quotes WHERE doc = ANY(@k); DELETE FROM times WHERE doc = ANY(@k); "
            + "DELETE FROM mentions WHERE doc = ANY(@k); DELETE FROM entities WHERE doc = ANY(@k); "
            + "DELETE FROM documents WHERE key = ANY(@k);", tx);
        del.Parameters.Add(new NpgsqlParameter<long[]>("k", keys));
        del.ExecuteNonQuery();
    }

    /// <summary>Writes documents and all their facts with one binary COPY per table.</summary>
    void Copy(List<Document> docs, NpgsqlTransaction tx)
    {
        var keys = new long[docs.Count];
        using (var seq = Cmd(_conn, "SELECT nextval(pg_get_serial_sequence('documents', 'key')) FROM generate_series(1, @n);", tx))
        {
            seq.Parameters.Add(new NpgsqlParameter<int>("n", docs.Count));
            using var r = seq.ExecuteReader();
            int i = 0;
            while (r.Read()) keys[i++] = r.GetInt64(0);
        }
        Array.Sort(keys); // ingestion order = key order
        var now = Now();
        var published = new string?[docs.Count];
        var names = new Dictionary<string, (string Name, string? Kb, string Match)>[docs.Count];

        using (var w = _conn.BeginBinaryImport(
            "COPY documents (key, id, source_path, source_url, source_name, path_fold, url_fold, name_fold, language, published, "
            + "title, title_fold, text, record, ingested_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (int i = 0; i < docs.Count; i++)
            {
                var d = docs[i];
                published[i] = d.Published is { } p ? TimexRange.Iso(p) : null;
                w.StartRow();
                w.Write(keys[i], NpgsqlDbType.Bigint);
                Text(w, d.Id);
                Text(w, d.Source?.Path); Text(w, d.Source?.Url); Text(w, d.Source?.Name);
                Text(w, Fold(d.Source?.Path)); Text(w, Fold(d.Source?.Url)); Text(w, Fold(d.Source?.Name));
                Text(w, d.Language); Text(w, published[i]);
                Text(w, d.Title); Text(w, Fold(d.Title));
                Text(w, Clean(d.Text ?? "")); Text(w, Clean(RecordJson.Serialize(d))); Text(w, now);
            }
            w.Complete();
        }
        if (SchemaVersion >= SourceCountsSchema)
            using (var w = _conn.BeginBinaryImport("COPY document_sources (doc, published, fold) FROM STDIN (FORMAT BINARY)"))
            {
                for (int i = 0; i < docs.Count; i++)
                {
                    var d = docs[i];
                    w.StartRow();
                    w.Write(keys[i], NpgsqlDbType.Bigint);
                    Text(w, published[i]);
                    Text(w, SqliteDocumentStore.SourceFold(d.Source?.Name, d.Source?.Path, d.Source?.Url));
                }
                w.Complete();
            }

        if (docs.Any(d => !Safe(d.Entities).IsEmpty))
        {
            using (var w = _conn.BeginBinaryImport(
                "COPY entities (doc, ordinal, entity_id, kb, name, name_fold, type, country, roles, match_words) FROM STDIN (FORMAT BINARY)"))
            {
                for (int i = 0; i < docs.Count; i++)
                {
                    var byId = names[i] = new(StringComparer.Ordinal);
                    int ord = 0;
                    foreach (var e in Safe(docs[i].Entities))
                    {
                        var match = MarkWords(MatchText(e));
                        byId.TryAdd(e.Id, (e.Name ?? e.Id, e.Kb, match));
                        w.StartRow();
                        w.Write(keys[i], NpgsqlDbType.Bigint);
                        w.Write(ord++, NpgsqlDbType.Integer);
                        Text(w, e.Id); Text(w, e.Kb); Text(w, e.Name ?? ""); Text(w, TextFold.Fold(e.Name ?? ""));
                        Text(w, e.Type ?? ""); Text(w, e.Country); Text(w, RolesJson(e.Roles)); Text(w, match);
                    }
                }
                w.Complete();
            }
            using (var w = _conn.BeginBinaryImport("COPY mentions (doc, entity_id, ordinal, span_start, span_end, text) FROM STDIN (FORMAT BINARY)"))
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (int i = 0; i < docs.Count; i++)
                {
                    seen.Clear();
                    foreach (var e in Safe(docs[i].Entities))
                    {
                        if (!seen.Add(e.Id)) continue; // the primary key (doc, entity_id, ordinal) keeps one entity per id
                        int mo = 0;
                        foreach (var m in Safe(e.Mentions))
                        {
                            w.StartRow();
                            w.Write(keys[i], NpgsqlDbType.Bigint);
                            Text(w, e.Id);
                            w.Write(mo++, NpgsqlDbType.Integer);
                            w.Write(m.Start, NpgsqlDbType.Integer);
                            w.Write(m.End, NpgsqlDbType.Integer);
                            Text(w, m.Text ?? "");
                        }
                    }
                }
                w.Complete();
            }
        }

        if (docs.Any(d => !Safe(d.Times).IsEmpty))
        {
            using var w = _conn.BeginBinaryImport(
                "COPY times (doc, ordinal, span_start, span_end, text, kind, value, approx, modifier, conflict, date_lo, date_hi) FROM STDIN (FORMAT BINARY)");
            for (int i = 0; i < docs.Count; i++)
            {
                int ord = 0;
                foreach (var t in Safe(docs[i].Times))
                {
                    var (lo, hi) = t.Kind == TimeKinds.Date || t.Kind == TimeKinds.Time ? TimexRange.Bounds(t.Value) : (null, null);
                    w.StartRow();
                    w.Write(keys[i], NpgsqlDbType.Bigint);
                    w.Write(ord++, NpgsqlDbType.Integer);
                    w.Write(t.Start, NpgsqlDbType.Integer);
                    w.Write(t.End, NpgsqlDbType.Integer);
                    Text(w, t.Text ?? ""); Text(w, t.Kind ?? ""); Text(w, t.Value ?? "");
                    w.Write(t.Approx, NpgsqlDbType.Boolean);
                    Text(w, t.Modifier); Text(w, t.Conflict); Text(w, lo); Text(w, hi);
                }
            }
            w.Complete();
        }

        if (docs.Any(d => !Safe(d.Quotes).IsEmpty))
        {
            using var w = _conn.BeginBinaryImport(
                "COPY quotes (doc, ordinal, span_start, span_end, text, speaker, direct, channel) FROM STDIN (FORMAT BINARY)");
            for (int i = 0; i < docs.Count; i++)
            {
                int ord = 0;
                foreach (var q in Safe(docs[i].Quotes))
                {
                    w.StartRow();
                    w.Write(keys[i], NpgsqlDbType.Bigint);
                    w.Write(ord++, NpgsqlDbType.Integer);
                    w.Write(q.Start, NpgsqlDbType.Integer);
                    w.Write(q.End, NpgsqlDbType.Integer);
                    Text(w, q.Text ?? ""); Text(w, q.Speaker);
                    w.Write(q.Direct, NpgsqlDbType.Boolean);
                    Text(w, q.Channel);
                }
            }
            w.Complete();
        }

        if (docs.Any(d => !Safe(d.Events).IsEmpty))
        {
            using (var w = _conn.BeginBinaryImport(
                "COPY events (doc, ordinal, event_id, type, mode, cameo, date, date_lo, date_hi, sort_date, status, location, record) FROM STDIN (FORMAT BINARY)"))
            {
                for (int i = 0; i < docs.Count; i++)
                {
                    int ord = 0;
                    foreach (var ev in Safe(docs[i].Events))
                    {
                        var (lo, hi) = TimexRange.Bounds(ev.Date);
                        w.StartRow();
                        w.Write(keys[i], NpgsqlDbType.Bigint);
                        w.Write(ord++, NpgsqlDbType.Integer);
                        Text(w, ev.Id); Text(w, ev.Type ?? ""); Text(w, ev.Mode); Text(w, ev.Cameo); Text(w, ev.Date);
                        Text(w, lo); Text(w, hi); Text(w, lo ?? published[i]);
                        Text(w, ev.Status ?? EventStatus.Occurred); Text(w, ev.Location); Text(w, Clean(RecordJson.Serialize(ev)));
                    }
                }
                w.Complete();
            }
            using (var w = _conn.BeginBinaryImport(
                "COPY event_participants (doc, event_ord, event_id, role, position, entity_id, name, kb, match_words) FROM STDIN (FORMAT BINARY)"))
            {
                for (int i = 0; i < docs.Count; i++)
                {
                    var byId = names[i] ?? new(StringComparer.Ordinal);
                    int ord = 0;
                    foreach (var ev in Safe(docs[i].Events))
                    {
                        Participants(w, keys[i], ord, ev.Id, "actor", ev.Actors, byId);
                        Participants(w, keys[i], ord, ev.Id, "target", ev.Targets, byId);
                        Participants(w, keys[i], ord, ev.Id, "source", ev.ReportedBy, byId);
                        if (ev.Location is { } loc) Participants(w, keys[i], ord, ev.Id, "location", [loc], byId);
                        ord++;
                    }
                }
                w.Complete();
            }
            if (SchemaVersion >= EventCountsSchema)
            {
                using var counts = Cmd(_conn, SqliteDocumentStore.EventCountsDelta("= ANY(@k)", "1", ""), tx);
                counts.Parameters.Add(new NpgsqlParameter<long[]>("k", keys));
                counts.ExecuteNonQuery();
            }
            if (SchemaVersion >= SourceCountsSchema)
            {
                using var counts = Cmd(_conn, SqliteDocumentStore.EventSourceCountsDelta("= ANY(@k)", "1", SourceNameSql, ""), tx);
                counts.Parameters.Add(new NpgsqlParameter<long[]>("k", keys));
                counts.ExecuteNonQuery();
            }
        }
    }

    static void Participants(NpgsqlBinaryImporter w, long doc, int ord, string ev, string role, ImmutableArray<string> ids,
        Dictionary<string, (string Name, string? Kb, string Match)> byId)
    {
        if (ids.IsDefaultOrEmpty) return;
        int pos = 0;
        foreach (var eid in ids)
        {
            if (eid is null) continue;
            var (name, kb, match) = byId.TryGetValue(eid, out var v) ? v : (eid, null, MarkWords(TextFold.Fold(eid)));
            w.StartRow();
            w.Write(doc, NpgsqlDbType.Bigint);
            w.Write(ord, NpgsqlDbType.Integer);
            Text(w, ev); Text(w, role);
            w.Write(pos++, NpgsqlDbType.Integer);
            Text(w, eid); Text(w, name); Text(w, kb); Text(w, match);
        }
    }

    static void Text(NpgsqlBinaryImporter w, string? s)
    {
        if (s is null) w.WriteNull();
        else w.Write(Clean(s), NpgsqlDbType.Text);
    }

    static string? Fold(string? s) => s is null ? null : TextFold.Fold(s);

    /// <summary>PostgreSQL text cannot hold U+0000; it is stored as U+FFFD (length-preserving, offsets unchanged).</summary>
    static string Clean(string s) => s.Contains('\0') ? s.Replace('\0', '\uFFFD') : s;

    /// <summary>The folded canonical name and distinct folded surface forms, one per line (as SQLite's match_text).</summary>
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

    /// <summary>
    /// Puts U+0001 before every character that starts a word (a letter or digit at the start or after a non-letter),
    /// so "text at the start of a word" (<see cref="SqliteDocumentStore.ContainsAtWordStart"/>) becomes a plain
    /// substring test of the marked needle in the marked text, which PostgreSQL evaluates natively (strpos) and
    /// independently of the database's locale.
    /// </summary>
    internal static string MarkWords(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsLetterOrDigit(s[i]) && (i == 0 || !char.IsLetterOrDigit(s[i - 1]))) sb.Append(WordMark);
            sb.Append(s[i]);
        }
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

    public bool RemoveDocument(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ThrowIfReadOnly();
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                using var tx = _conn.BeginTransaction();
                Exec(_conn, $"SELECT pg_advisory_xact_lock({WriteLockKey});", tx);
                using var find = Cmd(_conn, "SELECT key FROM documents WHERE id = @id;", tx);
                find.Parameters.AddWithValue("id", id);
                var key = find.ExecuteScalar() is long k ? k : (long?)null;
                if (key is { } kk) DeleteKeys([kk], tx);
                tx.Commit();
                return key is not null;
            });
        }
    }

    // ------------------------------------------------------------------ documents

    public bool Contains(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                using var cmd = Cmd(_conn, "SELECT 1 FROM documents WHERE id = @id;");
                cmd.Parameters.AddWithValue("id", id.Trim());
                return cmd.ExecuteScalar() is not null;
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
        using (var exact = Cmd(_conn, "SELECT id FROM documents WHERE id = @a OR id = @b LIMIT 1;"))
        {
            exact.Parameters.AddWithValue("a", s);
            exact.Parameters.AddWithValue("b", s.ToLowerInvariant());
            if (exact.ExecuteScalar() is string hit) return hit;
        }
        if (s.Length < IDocumentStore.MinPrefixLength)
            throw new ArgumentException($"Document id prefix '{s}' is too short: give at least {IDocumentStore.MinPrefixLength} characters.", nameof(idOrPrefix));
        var p = Clean(s.ToLowerInvariant());
        using var cmd = Cmd(_conn, "SELECT id FROM documents WHERE id >= @lo AND id < @hi ORDER BY id LIMIT 11;");
        cmd.Parameters.AddWithValue("lo", p);
        cmd.Parameters.AddWithValue("hi", p + "\uFFFF");
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
                using var cmd = Cmd(_conn, "SELECT record FROM documents WHERE id = @id;");
                cmd.Parameters.AddWithValue("id", id);
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
                using var cmd = Cmd(_conn, "SELECT id, record FROM documents WHERE id = ANY(@ids);");
                cmd.Parameters.Add(new NpgsqlParameter<string[]>("ids", ids.Distinct(StringComparer.Ordinal).ToArray()));
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
        var (where, binds) = DocumentWhere(query);
        const string columns = "SELECT d.id, d.source_path, d.source_url, d.source_name, d.language, d.published, d.title, d.ingested_at, "
                + "(SELECT count(*) FROM entities x WHERE x.doc = d.key)::int, (SELECT count(*) FROM events x WHERE x.doc = d.key)::int ";
        // A page: sort and cut the matching keys first (from the published-day index), then read that page's rows
        // and counts only; otherwise every match's row and counts would be computed before the sort.
        var sql = query.Limit is null
            ? columns + "FROM documents d" + where + DocumentOrder(query) + Paging(query.Offset, query.Limit, binds) + ";"
            : columns + "FROM (SELECT d.key, d.published FROM documents d" + where + DocumentOrder(query) + Paging(query.Offset, query.Limit, binds)
              + ") k JOIN documents d ON d.key = k.key" + DocumentOrder(query, "k") + ";";
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                using var cmd = Cmd(_conn, sql);
                Bind(cmd, binds);
                var list = new List<DocumentSummary>();
                using var r = cmd.ExecuteReader();
                while (r.Read())
                    list.Add(new DocumentSummary(
                        r.GetString(0),
                        new SourceInfo(NullableString(r, 1), NullableString(r, 2), NullableString(r, 3)),
                        NullableString(r, 4),
                        ParseDay(NullableString(r, 5)),
                        NullableString(r, 6),
                        DateTimeOffset.Parse(r.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                        r.GetInt32(8), r.GetInt32(9)));
                return (IReadOnlyList<DocumentSummary>)list;
            });
        }
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
        return StreamRows(sql, binds, r => (r.GetString(0), r.GetString(1)));
    }

    /// <summary>Runs a query on a pooled connection of its own and yields rows lazily (one statement: one snapshot).</summary>
    IEnumerable<T> StreamRows<T>(string sql, List<KeyValuePair<string, object?>> binds, Func<NpgsqlDataReader, T> read)
    {
        var conn = _source.CreateConnection();
        try
        {
            Guard(() => { conn.Open(); return 0; });
            using var cmd = Cmd(conn, sql);
            Bind(cmd, binds);
            using var r = Guard(() => cmd.ExecuteReader());
            while (Guard(r.Read))
                yield return read(r);
        }
        finally
        {
            conn.Dispose();
        }
    }

    (string Where, List<KeyValuePair<string, object?>> Binds) DocumentWhere(DocumentQuery q)
    {
        var w = new List<string>();
        var b = new List<KeyValuePair<string, object?>>();
        if (!string.IsNullOrWhiteSpace(q.Source)) w.Add(SourceClause("d.key", q.Source, b));
        if (!string.IsNullOrWhiteSpace(q.Language)) { w.Add("d.language = @lang"); b.Add(new("lang", q.Language.Trim().ToLowerInvariant())); }
        CheckWindow(q.From, q.To);
        if (!string.IsNullOrWhiteSpace(q.From)) { w.Add("d.published >= @from"); b.Add(new("from", BoundOf(q.From, first: true, "From"))); }
        if (!string.IsNullOrWhiteSpace(q.To)) { w.Add("d.published <= @to"); b.Add(new("to", BoundOf(q.To, first: false, "To"))); }
        if (!string.IsNullOrWhiteSpace(q.Title)) { w.Add("strpos(d.title_fold, @title) > 0"); b.Add(new("title", Clean(TextFold.Fold(q.Title.Trim())))); }
        if (!string.IsNullOrWhiteSpace(q.Text)) w.Add(FullTextClause(q.Text, b));
        if (!string.IsNullOrWhiteSpace(q.Entity))
            w.Add("d.key IN (SELECT x.doc FROM entities x WHERE " + EntityMatch("x", "ent", q.Entity, b) + ")");
        return (w.Count == 0 ? "" : " WHERE " + string.Join(" AND ", w), b);
    }

    /// <summary>
    /// The source filter (a folded substring of the document's source name, path or URL) on a document key
    /// expression: from document_sources (schema 11), else from the documents' fold columns.
    /// </summary>
    string SourceClause(string key, string source, List<KeyValuePair<string, object?>> b)
    {
        var needle = Clean(TextFold.Fold(source.Trim()));
        b.Add(new("src", needle));
        if (SchemaVersion >= SourceCountsSchema && !needle.Contains('\n'))
            return key + " IN (SELECT s.doc FROM document_sources s WHERE strpos(s.fold, @src) > 0)";
        return "(strpos(d.name_fold, @src) > 0 OR strpos(d.path_fold, @src) > 0 OR strpos(d.url_fold, @src) > 0)";
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
        return sql is null ? [] : StreamRows(sql, binds, ReadEventRow);
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
                var count = facet == EventFacet.Actor ? "count(DISTINCT (e.doc, e.ordinal))" : "count(*)";
                // counts by type, year or month of one entity's (or all) events: from the summary table
                var summaryBinds = new List<KeyValuePair<string, object?>>();
                var summary = EventCounts.FacetSql(query, facet, n => ("@" + n, n), summaryBinds, (v, first) => BoundOf(v, first, first ? "From" : "To"));
                if (SchemaVersion < EventCountsSchema) summary = null;
                // with a source: from the per-source summary, when no document matches the source by its path or URL only
                if (summary is null && SchemaVersion >= SourceCountsSchema)
                {
                    summaryBinds.Clear();
                    summary = EventCounts.SourceFacetSql(query, facet, n => ("@" + n, n), summaryBinds, (v, first) => BoundOf(v, first, first ? "From" : "To"), "strpos");
                    if (summary is not null)
                    {
                        using var rest = Cmd(_conn, EventCounts.SourceNameOnlySql("strpos", SourceNameSql, "@src") + ";");
                        Bind(rest, summaryBinds.Where(x => x.Key == "src").ToList());
                        if ((long)rest.ExecuteScalar()! > 0) summary = null;
                    }
                }
                if (summary is not null) binds = summaryBinds;
                using var cmd = Cmd(_conn, summary is not null ? summary + " LIMIT @facet_limit;"
                                          : $"SELECT k, n FROM (SELECT {key} AS k, {count} AS n FROM events e JOIN documents d ON d.key = e.doc{from}{where} "
                                          + $"GROUP BY 1) t ORDER BY {order} LIMIT @facet_limit;");
                Bind(cmd, binds);
                cmd.Parameters.AddWithValue("facet_limit", (long)limit);
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
        var (where, b) = EventWhere(query);
        binds = b;
        if (where is null) return null;
        if (query.Limit is { } pageSize && SchemaVersion >= EventCountsSchema)
        {
            // a page: bounded to the listing days its events can have (from event_counts)
            var dayBinds = new List<KeyValuePair<string, object?>>();
            if (EventCounts.DaysSql(query, n => ("@" + n, n), dayBinds, (v, first) => BoundOf(v, first, first ? "From" : "To")) is { } daysSql)
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
                        ? "e.date_lo >= @page_first AND e.date_lo <= @page_last AND e.sort_date >= @page_first AND e.sort_date <= @page_last"
                        : "e.sort_date >= @page_first AND e.sort_date <= @page_last");
                    b.Add(new("page_first", s.First));
                    b.Add(new("page_last", s.Last));
                }
            }
        }
        const string names = "array(SELECT p.name FROM event_participants p "
                           + "WHERE p.doc = e.doc AND p.event_ord = e.ordinal AND p.role = '{0}' ORDER BY p.position)";
        return "SELECT d.id, e.record, d.source_name, d.source_path, d.source_url, d.title, d.published, d.language, "
             + string.Format(CultureInfo.InvariantCulture, names, "actor") + ", "
             + string.Format(CultureInfo.InvariantCulture, names, "target") + ", "
             + string.Format(CultureInfo.InvariantCulture, names, "source") + ", "
             + "(SELECT p.name FROM event_participants p WHERE p.doc = e.doc AND p.event_ord = e.ordinal AND p.role = 'location' LIMIT 1) "
             + "FROM events e JOIN documents d ON d.key = e.doc" + where
             + (query.Descending
                 ? " ORDER BY e.sort_date DESC NULLS LAST, e.doc DESC, e.ordinal DESC"
                 : " ORDER BY e.sort_date NULLS LAST, e.doc, e.ordinal")
             + Paging(query.Offset, query.Limit, binds) + ";";
    }

    static EventRow ReadEventRow(NpgsqlDataReader r)
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
            Actors = Strings(r, 8),
            Targets = Strings(r, 9),
            ReportedBy = Strings(r, 10),
            Location = NullableString(r, 11),
        };
    }

    static ImmutableArray<string> Strings(NpgsqlDataReader r, int i) =>
        r.IsDBNull(i) ? [] : ImmutableArray.Create(r.GetFieldValue<string[]>(i));

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
                using var cmd = Cmd(_conn, "SELECT count(*) FROM events e JOIN documents d ON d.key = e.doc" + where + ";");
                Bind(cmd, binds);
                return (long)cmd.ExecuteScalar()!;
            });
        }
    }

    /// <summary>The WHERE clause of an event query; Where is null when nothing can match (unknown document).</summary>
    (string? Where, List<KeyValuePair<string, object?>> Binds) EventWhere(EventQuery q)
    {
        var w = new List<string>();
        var b = new List<KeyValuePair<string, object?>>();
        void Role(string? value, string roles, string name)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            w.Add("(e.doc, e.ordinal) IN (SELECT p.doc, p.event_ord FROM event_participants p WHERE p.role IN (" + roles + ") AND "
                  + EntityMatch("p", name, value, b) + ")");
        }
        Role(q.Actor, "'actor'", "actor");
        Role(q.Target, "'target'", "target");
        Role(q.Participant, "'actor', 'target'", "part");
        if (!string.IsNullOrWhiteSpace(q.Type))
        {
            var types = q.Type.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => Clean(t.ToUpperInvariant())).Distinct().ToArray();
            w.Add("e.type = ANY(@types)");
            b.Add(new("types", types));
        }
        if (!string.IsNullOrWhiteSpace(q.Mode)) { w.Add("lower(e.mode) = @mode"); b.Add(new("mode", Clean(q.Mode.Trim().ToLowerInvariant()))); }
        if (!string.IsNullOrWhiteSpace(q.Status)) { w.Add("e.status = @status"); b.Add(new("status", Clean(q.Status.Trim().ToLowerInvariant()))); }
        bool hasFrom = !string.IsNullOrWhiteSpace(q.From), hasTo = !string.IsNullOrWhiteSpace(q.To);
        if (hasFrom || hasTo)
        {
            CheckWindow(q.From, q.To);
            string lo = q.UndatedUsePublished ? "e.sort_date" : "e.date_lo";
            string hi = q.UndatedUsePublished ? "coalesce(e.date_hi, d.published)" : "e.date_hi";
            if (hasFrom)
            {
                b.Add(new("from", BoundOf(q.From!, first: true, "From")));
                w.Add(q.DateMatch == DateMatch.Within ? lo + " >= @from" : hi + " >= @from");
            }
            if (hasTo)
            {
                b.Add(new("to", BoundOf(q.To!, first: false, "To")));
                w.Add(q.DateMatch == DateMatch.Within ? hi + " <= @to" : lo + " <= @to");
            }
        }
        if (!string.IsNullOrWhiteSpace(q.Source)) w.Add(SourceClause("e.doc", q.Source, b));
        if (!string.IsNullOrWhiteSpace(q.Language)) { w.Add("d.language = @lang"); b.Add(new("lang", Clean(q.Language.Trim().ToLowerInvariant()))); }
        if (!string.IsNullOrWhiteSpace(q.Text)) w.Add(FullTextClause(q.Text, b));
        if (!string.IsNullOrWhiteSpace(q.Document))
        {
            var id = ResolveIdCore(q.Document);
            if (id is null) return (null, b);
            w.Add("d.id = @doc");
            b.Add(new("doc", id));
        }
        return (w.Count == 0 ? "" : " WHERE " + string.Join(" AND ", w), b);
    }

    /// <summary>
    /// SQL matching an entity row (alias <paramref name="t"/> with kb and match_words columns): a Wikidata id
    /// matches kb exactly; any other text must occur at the start of a word of the canonical name or a surface form.
    /// </summary>
    static string EntityMatch(string t, string name, string value, List<KeyValuePair<string, object?>> b)
    {
        var v = value.Trim();
        if (IsKbId(v))
        {
            b.Add(new(name, "Q" + v[1..]));
            return $"{t}.kb = @{name}";
        }
        var folded = Clean(TextFold.Fold(v));
        // A needle starting with a word character must start a word: the mark before it demands that.
        b.Add(new(name, MarkWords(folded)));
        return $"strpos({t}.match_words, @{name}) > 0";
    }

    /// <summary>
    /// Full-text condition: the document's tsvector (built with its language's configuration) matches the query
    /// parsed with the same configuration.
    /// </summary>
    static string FullTextClause(string text, List<KeyValuePair<string, object?>> b)
    {
        var q = FullTextQuery.BuildTsQuery(text)
            ?? throw new ArgumentException($"The text search '{text}' holds no word to look for.", nameof(text));
        b.Add(new("tsq", Clean(q)));
        return "((d.language = 'fr' AND d.fts @@ to_tsquery('parallax_french', @tsq)) "
             + "OR (d.language IS DISTINCT FROM 'fr' AND d.fts @@ to_tsquery('parallax_english', @tsq)))";
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
        var sql = "";
        if (limit is { } l) { sql += " LIMIT @limit"; binds.Add(new("limit", (long)l)); }
        if (offset > 0) { sql += " OFFSET @offset"; binds.Add(new("offset", (long)offset)); }
        return sql;
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
                using var tx = _conn.BeginTransaction();
                Exec(_conn, $"SELECT pg_advisory_xact_lock({WriteLockKey}); DELETE FROM story_documents; DELETE FROM stories; DELETE FROM story_assignments;", tx);
                using (var w = _conn.BeginBinaryImport("COPY stories (id, position, title, record, first, last) FROM STDIN (FORMAT BINARY)"))
                {
                    int pos = 0;
                    foreach (var s in list)
                    {
                        w.StartRow();
                        Text(w, s.Id);
                        w.Write(pos++, NpgsqlDbType.Integer);
                        Text(w, s.Title ?? "");
                        Text(w, StoryRows.Record(s));
                        Text(w, StoryRows.Day(s.First));
                        Text(w, StoryRows.Day(s.Last));
                    }
                    w.Complete();
                }
                // the member rows (their trigger counts each story's documents)
                using (var w = _conn.BeginBinaryImport("COPY story_documents (story_id, doc_id, seq, near_duplicate_of, score, language, source) FROM STDIN (FORMAT BINARY)"))
                {
                    foreach (var s in list)
                    {
                        long seq = 0;
                        foreach (var m in StoryRows.MembersOf(s))
                        {
                            w.StartRow();
                            Text(w, s.Id);
                            Text(w, m.Document);
                            w.Write(++seq, NpgsqlDbType.Bigint);
                            Text(w, m.NearDuplicateOf);
                            if (m.Score is { } sc) w.Write(sc, NpgsqlDbType.Double); else w.WriteNull();
                            Text(w, m.Language);
                            Text(w, m.Source);
                        }
                    }
                    w.Complete();
                }
                tx.Commit();
                return 0;
            });
        }
    }

    /// <summary>Adds (or updates) one member row; with <c>move</c>, first takes the document out of any other story.</summary>
    sealed class MemberWriter : IDisposable
    {
        readonly NpgsqlCommand _link, _moveOut;
        readonly NpgsqlParameter _lId, _lDoc, _lDup, _lScore, _lLang, _lSrc, _mId, _mDoc;
        /// <summary>Stories that lost a document to another (their counts and days change).</summary>
        public readonly HashSet<string> Left = new(StringComparer.Ordinal);

        public MemberWriter(NpgsqlConnection conn, NpgsqlTransaction tx)
        {
            _link = Cmd(conn, "INSERT INTO story_documents (story_id, doc_id, seq, near_duplicate_of, score, language, source) "
                + "VALUES (@id, @doc, (SELECT coalesce(max(seq), 0) + 1 FROM story_documents WHERE story_id = @id), @dup, @score, @lang, @src) "
                + "ON CONFLICT (story_id, doc_id) DO UPDATE SET near_duplicate_of = excluded.near_duplicate_of, score = excluded.score, "
                + "language = coalesce(excluded.language, story_documents.language), source = coalesce(excluded.source, story_documents.source);", tx);
            _lId = _link.Parameters.Add("id", NpgsqlDbType.Text);
            _lDoc = _link.Parameters.Add("doc", NpgsqlDbType.Text);
            _lDup = _link.Parameters.Add("dup", NpgsqlDbType.Text);
            _lScore = _link.Parameters.Add("score", NpgsqlDbType.Double);
            _lLang = _link.Parameters.Add("lang", NpgsqlDbType.Text);
            _lSrc = _link.Parameters.Add("src", NpgsqlDbType.Text);
            // the document leaves any other story (its assignment follows it)
            _moveOut = Cmd(conn, "UPDATE story_assignments SET story_id = @id WHERE doc_id = @doc AND story_id <> @id; "
                + "DELETE FROM story_documents WHERE doc_id = @doc AND story_id <> @id RETURNING story_id;", tx);
            _mId = _moveOut.Parameters.Add("id", NpgsqlDbType.Text);
            _mDoc = _moveOut.Parameters.Add("doc", NpgsqlDbType.Text);
        }

        public void Add(string story, string doc, string? dup, double? score, string? lang, string? src, bool move)
        {
            if (move)
            {
                _mId.Value = Clean(story); _mDoc.Value = Clean(doc);
                using var r = _moveOut.ExecuteReader();
                do { while (r.FieldCount > 0 && r.Read()) Left.Add(r.GetString(0)); } while (r.NextResult());
            }
            _lId.Value = Clean(story); _lDoc.Value = Clean(doc);
            _lDup.Value = dup is null ? DBNull.Value : Clean(dup);
            _lScore.Value = score is { } sc ? sc : DBNull.Value;
            _lLang.Value = lang is null ? DBNull.Value : Clean(lang);
            _lSrc.Value = src is null ? DBNull.Value : Clean(src);
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
                using var tx = _conn.BeginTransaction();
                Exec(_conn, $"SELECT pg_advisory_xact_lock({WriteLockKey});", tx);
                // insert or replace by id; a new story goes after the stored ones, a replaced one keeps its position
                using var ins = Cmd(_conn, "INSERT INTO stories (id, position, title, record, first, last) "
                    + "VALUES (@id, (SELECT coalesce(max(position), -1) + 1 FROM stories), @title, @record, @first, @last) "
                    + "ON CONFLICT (id) DO UPDATE SET title = excluded.title, record = excluded.record, first = excluded.first, last = excluded.last;", tx);
                var pId = ins.Parameters.Add("id", NpgsqlDbType.Text);
                var pTitle = ins.Parameters.Add("title", NpgsqlDbType.Text);
                var pRecord = ins.Parameters.Add("record", NpgsqlDbType.Text);
                var pFirst = ins.Parameters.Add("first", NpgsqlDbType.Text);
                var pLast = ins.Parameters.Add("last", NpgsqlDbType.Text);
                using var link = new MemberWriter(_conn, tx);
                foreach (var st in list)
                {
                    pId.Value = Clean(st.Id); pTitle.Value = Clean(st.Title ?? ""); pRecord.Value = Clean(StoryRows.Record(st));
                    pFirst.Value = (object?)StoryRows.Day(st.First) ?? DBNull.Value; pLast.Value = (object?)StoryRows.Day(st.Last) ?? DBNull.Value;
                    ins.ExecuteNonQuery();
                    foreach (var m in StoryRows.MembersOf(st)) link.Add(st.Id, m.Document, m.NearDuplicateOf, m.Score, m.Language, m.Source, move: true);
                }
                if (rows.Count > 0)
                {
                    // set-based, a few statements per batch whatever its size (a round trip to the server costs more
                    // than the row); a document assigned twice in the batch keeps its last assignment
                    var lastAt = new Dictionary<string, int>(StringComparer.Ordinal);
                    for (int i = 0; i < rows.Count; i++) lastAt[rows[i].Document] = i;
                    var uniq = rows.Where((a, i) => lastAt[a.Document] == i).ToList();
                    var storyIds = uniq.Select(a => Clean(a.Story)).Distinct(StringComparer.Ordinal).ToArray();
                    using (var known = Cmd(_conn, "SELECT id FROM stories WHERE id = ANY(@ids);", tx))
                    {
                        known.Parameters.Add(new NpgsqlParameter<string[]>("ids", storyIds));
                        var found = new HashSet<string>(StringComparer.Ordinal);
                        using (var r = known.ExecuteReader()) while (r.Read()) found.Add(r.GetString(0));
                        if (storyIds.FirstOrDefault(id => !found.Contains(id)) is { } missing)
                            throw new ArgumentException($"The assignment to story '{missing}' names a story that is neither given nor stored.", nameof(assignments));
                    }
                    long seq0 = Scalar<long>(_conn, "SELECT coalesce(max(seq), 0) FROM story_assignments;", tx);
                    var docs = uniq.Select(a => Clean(a.Document)).ToArray();
                    var storyOf = uniq.Select(a => Clean(a.Story)).ToArray();
                    var days = uniq.Select(a => StoryRows.Day(a.Day)).ToArray();
                    var dups = uniq.Select(a => a.NearDuplicateOf is { } nd ? Clean(nd) : null).ToArray();
                    var scores = uniq.Select(a => a.Score).ToArray();
                    using (var put = Cmd(_conn, "INSERT INTO story_assignments (doc_id, story_id, seq, day, near_duplicate_of, score, signature) "
                        + "SELECT * FROM unnest(@docs, @stories, @seqs, @days, @dups, @scores, @sigs) "
                        + "ON CONFLICT (doc_id) DO UPDATE SET story_id = excluded.story_id, seq = excluded.seq, day = excluded.day, "
                        + "near_duplicate_of = excluded.near_duplicate_of, score = excluded.score, signature = excluded.signature;", tx))
                    {
                        put.Parameters.Add(new NpgsqlParameter<string[]>("docs", docs));
                        put.Parameters.Add(new NpgsqlParameter<string[]>("stories", storyOf));
                        put.Parameters.Add(new NpgsqlParameter<long[]>("seqs", [.. uniq.Select((_, i) => seq0 + 1 + i)]));
                        put.Parameters.Add(new NpgsqlParameter<string?[]>("days", days));
                        put.Parameters.Add(new NpgsqlParameter<string?[]>("dups", dups));
                        put.Parameters.Add(new NpgsqlParameter<double?[]>("scores", scores));
                        put.Parameters.Add(new NpgsqlParameter<string[]>("sigs", [.. uniq.Select(a => Clean(a.Signature ?? ""))]));
                        put.ExecuteNonQuery();
                    }
                    // documents joining another story leave the one they were in (a merge)
                    using (var move = Cmd(_conn, "DELETE FROM story_documents sd USING unnest(@docs, @stories) AS x(doc, story) "
                        + "WHERE sd.doc_id = x.doc AND sd.story_id <> x.story RETURNING sd.story_id;", tx))
                    {
                        move.Parameters.Add(new NpgsqlParameter<string[]>("docs", docs));
                        move.Parameters.Add(new NpgsqlParameter<string[]>("stories", storyOf));
                        using var r = move.ExecuteReader();
                        while (r.Read()) link.Left.Add(r.GetString(0));
                    }
                    // their member rows, numbered after each story's last
                    using (var add = Cmd(_conn, "INSERT INTO story_documents (story_id, doc_id, seq, near_duplicate_of, score, language, source) "
                        + "SELECT x.story, x.doc, coalesce(m.mx, 0) + row_number() OVER (PARTITION BY x.story ORDER BY x.ord), x.dup, x.score, x.lang, x.src "
                        + "FROM unnest(@stories, @docs, @dups, @scores, @langs, @srcs) WITH ORDINALITY AS x(story, doc, dup, score, lang, src, ord) "
                        + "LEFT JOIN LATERAL (SELECT max(sd.seq) AS mx FROM story_documents sd WHERE sd.story_id = x.story) m ON true "
                        + "ON CONFLICT (story_id, doc_id) DO UPDATE SET near_duplicate_of = excluded.near_duplicate_of, score = excluded.score, "
                        + "language = coalesce(excluded.language, story_documents.language), source = coalesce(excluded.source, story_documents.source);", tx))
                    {
                        add.Parameters.Add(new NpgsqlParameter<string[]>("stories", storyOf));
                        add.Parameters.Add(new NpgsqlParameter<string[]>("docs", docs));
                        add.Parameters.Add(new NpgsqlParameter<string?[]>("dups", dups));
                        add.Parameters.Add(new NpgsqlParameter<double?[]>("scores", scores));
                        add.Parameters.Add(new NpgsqlParameter<string?[]>("langs", [.. uniq.Select(a => a.Language is { } l ? Clean(l) : null)]));
                        add.Parameters.Add(new NpgsqlParameter<string?[]>("srcs", [.. uniq.Select(a => a.Source is { } x ? Clean(x) : null)]));
                        add.ExecuteNonQuery();
                    }
                    // the stories' days widen to their new documents'
                    using (var widen = Cmd(_conn, "UPDATE stories s SET "
                        + "first = CASE WHEN s.first IS NULL OR x.lo COLLATE \"C\" < s.first THEN x.lo ELSE s.first END, "
                        + "last = CASE WHEN s.last IS NULL OR x.hi COLLATE \"C\" > s.last THEN x.hi ELSE s.last END "
                        + "FROM (SELECT y.story, min(y.day) AS lo, max(y.day) AS hi FROM unnest(@stories, @days) AS y(story, day) "
                        + "WHERE y.day IS NOT NULL GROUP BY y.story) x WHERE s.id = x.story;", tx))
                    {
                        widen.Parameters.Add(new NpgsqlParameter<string[]>("stories", storyOf));
                        widen.Parameters.Add(new NpgsqlParameter<string?[]>("days", days));
                        widen.ExecuteNonQuery();
                    }
                }
                // stories that lost documents to others (a merge): deleted when empty, else their days follow their documents
                foreach (var id in link.Left.Except(list.Select(s => s.Id), StringComparer.Ordinal))
                {
                    using var fix = Cmd(_conn, "DELETE FROM stories WHERE id = @id AND documents <= 0; "
                        + "UPDATE stories SET first = (SELECT min(d.published) FROM story_documents sd JOIN documents d ON d.id = sd.doc_id WHERE sd.story_id = @id), "
                        + "last = (SELECT max(d.published) FROM story_documents sd JOIN documents d ON d.id = sd.doc_id WHERE sd.story_id = @id) WHERE id = @id;", tx);
                    fix.Parameters.AddWithValue("id", id);
                    fix.ExecuteNonQuery();
                }
                tx.Commit();
                return 0;
            });
        }
    }

    public IEnumerable<StoryAssignment> StreamStoryAssignments(DateOnly? from = null)
    {
        var sql = "SELECT doc_id, story_id, day, near_duplicate_of, score, signature FROM story_assignments"
            + (from is null ? "" : " WHERE day IS NULL OR day >= @from") + " ORDER BY seq;";
        var binds = new List<KeyValuePair<string, object?>>();
        if (from is { } f) binds.Add(new("from", f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
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
                using var cmd = Cmd(_conn, "SELECT doc_id, story_id, day, near_duplicate_of, score, signature FROM story_assignments WHERE doc_id = ANY(@ids);");
                cmd.Parameters.Add(new NpgsqlParameter<string[]>("ids", documentIds.Distinct(StringComparer.Ordinal).Select(Clean).ToArray()));
                using var r = cmd.ExecuteReader();
                while (r.Read())
                    rows.Add(new StoryAssignment(r.GetString(0), r.GetString(1), StoryRows.ParseDay(NullableString(r, 2)),
                        NullableString(r, 3), r.IsDBNull(4) ? null : r.GetDouble(4), r.GetString(5)));
                return (IReadOnlyList<StoryAssignment>)rows;
            });
        }
    }

    public IReadOnlyList<Story> GetStories() => ReadStories("SELECT s.id, s.record, s.first, s.last FROM stories s ORDER BY s.position;", [], allMembers: true);

    public Story? GetStory(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var list = ReadStories("SELECT s.id, s.record, s.first, s.last FROM stories s WHERE s.id = @id;", [new("id", Clean(id.Trim()))]);
        return list.Count > 0 ? list[0] : null;
    }

    public IReadOnlyList<Story> GetStoriesOfDocument(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return ReadStories("SELECT s.id, s.record, s.first, s.last FROM stories s JOIN story_documents sd ON sd.story_id = s.id WHERE sd.doc_id = @doc ORDER BY s.position;",
            [new("doc", Clean(documentId))]);
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
                using var cmd = Cmd(_conn, "SELECT id, title, documents, first, last FROM stories WHERE id = ANY(@ids);");
                cmd.Parameters.Add("ids", NpgsqlDbType.Array | NpgsqlDbType.Text).Value = ids.Distinct(StringComparer.Ordinal).Select(Clean).ToArray();
                using var r = cmd.ExecuteReader();
                while (r.Read())
                    list.Add(new StoryHeader(r.GetString(0), r.GetString(1), r.GetInt32(2),
                        StoryRows.ParseDay(NullableString(r, 3)), StoryRows.ParseDay(NullableString(r, 4))));
                return (IReadOnlyList<StoryHeader>)list;
            });
        }
    }

    public IReadOnlyList<StoryMember> GetStoryMembers(string storyId, int offset = 0, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        var binds = new List<KeyValuePair<string, object?>> { new("id", Clean(storyId.Trim())) };
        var sql = "SELECT doc_id, near_duplicate_of, score, language, source FROM story_documents WHERE story_id = @id ORDER BY seq"
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
                        var members = Cmd(_conn, "SELECT " + StoryRows.MemberColumns + " FROM story_documents WHERE story_id = @id ORDER BY seq;");
                        return (members, members.Parameters.Add("id", NpgsqlDbType.Text));
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
        if (!string.IsNullOrWhiteSpace(query.Name)) w.Add(EntityMatch("x", "name", query.Name, b));
        if (!string.IsNullOrWhiteSpace(query.Type)) { w.Add("x.type = @type"); b.Add(new("type", Clean(query.Type.Trim().ToUpperInvariant()))); }
        if (!string.IsNullOrWhiteSpace(query.Country)) { w.Add("x.country = @country"); b.Add(new("country", Clean(query.Country.Trim().ToUpperInvariant()))); }
        // One row per kb id (unlinked: per type and folded name); the name shown is the smallest in code-point order.
        var sql = "SELECT min(x.kb), min(x.name) AS name, min(x.type), min(x.country), count(DISTINCT x.doc)::int AS docs, "
                + "sum((SELECT count(*) FROM mentions m WHERE m.doc = x.doc AND m.entity_id = x.entity_id))::int AS mentions, "
                + "sum((SELECT count(DISTINCT p.event_ord) FROM event_participants p WHERE p.doc = x.doc AND p.entity_id = x.entity_id "
                + "AND p.role IN ('actor', 'target')))::int AS events "
                + "FROM entities x" + (w.Count == 0 ? "" : " WHERE " + string.Join(" AND ", w))
                + " GROUP BY coalesce(x.kb, x.type || chr(31) || x.name_fold) ORDER BY docs DESC, mentions DESC, name"
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

    // ------------------------------------------------------------------ statistics

    // ------------------------------------------------------------------ integrity

    static readonly Lazy<IReadOnlyList<(string Message, string Sql)>> IntegrityChecks =
        new(() => IntegrityQueries.Load("Storage/data/integrity/postgres.sql"));

    /// <summary>
    /// The checks of Storage/data/integrity/postgres.sql (orphan rows, documents whose fact rows differ from their
    /// record, records that are not JSON, duplicate ids, the full-text column), all in one REPEATABLE READ, read-only
    /// transaction: one snapshot even while another process ingests. Each check runs under a savepoint, so that
    /// one failing (a record that is not JSON) is reported and the others still run.
    /// </summary>
    public IReadOnlyList<string> CheckIntegrity()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            return Guard(() =>
            {
                var problems = new List<string>();
                using var tx = _conn.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
                Exec(_conn, "SET TRANSACTION READ ONLY;", tx);
                foreach (var (message, sql) in IntegrityChecks.Value)
                {
                    tx.Save("integrity_check");
                    try
                    {
                        using var cmd = Cmd(_conn, sql, tx);
                        long bad = Convert.ToInt64(cmd.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
                        if (bad != 0) problems.Add($"{message}: {bad}");
                        tx.Release("integrity_check");
                    }
                    catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InvalidTextRepresentation or PostgresErrorCodes.InvalidParameterValue)
                    {
                        // jsonb refuses a record that is not JSON (or not of the record's shape): the check cannot count, the store is not sound.
                        tx.Rollback("integrity_check");
                        problems.Add($"{message}: a stored record cannot be read as JSON ({ex.MessageText})");
                    }
                }
                tx.Commit();
                return (IReadOnlyList<string>)problems;
            });
        }
    }

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

    static ImmutableArray<T> Safe<T>(ImmutableArray<T> a) => a.IsDefault ? ImmutableArray<T>.Empty : a;

    static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    static NpgsqlCommand Cmd(NpgsqlConnection conn, string sql, NpgsqlTransaction? tx = null) => new(sql, conn, tx);

    static void Exec(NpgsqlConnection conn, string sql, NpgsqlTransaction? tx = null)
    {
        using var cmd = Cmd(conn, sql, tx);
        cmd.ExecuteNonQuery();
    }

    static T Scalar<T>(NpgsqlConnection conn, string sql, NpgsqlTransaction? tx = null)
    {
        using var cmd = Cmd(conn, sql, tx);
        var v = cmd.ExecuteScalar();
        return (T)Convert.ChangeType(v!, typeof(T), CultureInfo.InvariantCulture);
    }

    static void Bind(NpgsqlCommand cmd, List<KeyValuePair<string, object?>> binds)
    {
        foreach (var (k, v) in binds) cmd.Parameters.AddWithValue(k, v ?? DBNull.Value);
    }

    static string? NullableString(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    static DateOnly? ParseDay(string? s) =>
        s is not null && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    void ThrowIfReadOnly()
    {
        if (_options.ReadOnly)
            throw new InvalidOperationException($"The Parallax database '{Location}' was opened read-only.");
    }

    T Guard<T>(Func<T> action)
    {
        try { return action(); }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException) { throw Map(ex, Location); }
    }

    /// <summary>Turns a PostgreSQL or connection error into a <see cref="StoreException"/> with a message for the user.</summary>
    internal static StoreException Map(Exception ex, string location)
    {
        if (ex is PostgresException pg)
            return pg.SqlState switch
            {
                PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.QueryCanceled => new StoreException(StoreErrorKind.Locked,
                    $"The Parallax database '{location}' is locked by another process (PostgreSQL: {pg.MessageText}). Wait for the other process to finish, or raise the busy timeout.", ex),
                PostgresErrorCodes.InvalidCatalogName => new StoreException(StoreErrorKind.CannotOpen,
                    $"There is no PostgreSQL database at '{location}' (PostgreSQL: {pg.MessageText}).", ex),
                PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification => new StoreException(StoreErrorKind.CannotOpen,
                    $"PostgreSQL refused the login to '{location}' (PostgreSQL: {pg.MessageText}). Check the user and password (in the URL, PGPASSWORD or ~/.pgpass).", ex),
                PostgresErrorCodes.InsufficientPrivilege => new StoreException(StoreErrorKind.CannotOpen,
                    $"Not allowed on the Parallax database '{location}' (PostgreSQL: {pg.MessageText}).", ex),
                PostgresErrorCodes.ReadOnlySqlTransaction => new StoreException(StoreErrorKind.CannotOpen,
                    $"The Parallax database '{location}' is read-only (PostgreSQL: {pg.MessageText}).", ex),
                PostgresErrorCodes.DiskFull => new StoreException(StoreErrorKind.IO,
                    $"The disk holding the Parallax database '{location}' is full (PostgreSQL: {pg.MessageText}).", ex),
                PostgresErrorCodes.DataCorrupted or PostgresErrorCodes.IndexCorrupted => new StoreException(StoreErrorKind.Corrupt,
                    $"The Parallax database '{location}' is damaged (PostgreSQL: {pg.MessageText}).", ex),
                _ => new StoreException(StoreErrorKind.Other, $"Parallax database error on '{location}': {pg.MessageText}", ex),
            };
        if (ex.InnerException is SocketException or TimeoutException || ex is TimeoutException
            || ex.InnerException?.InnerException is SocketException)
            return new StoreException(StoreErrorKind.CannotOpen,
                $"Cannot connect to the PostgreSQL server of '{location}' ({ex.InnerException?.Message ?? ex.Message}). Is it running and reachable?", ex);
        return new StoreException(StoreErrorKind.CannotOpen, $"PostgreSQL error on '{location}': {ex.Message}", ex);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _conn.Dispose();
            _source.Dispose();
        }
    }
}
