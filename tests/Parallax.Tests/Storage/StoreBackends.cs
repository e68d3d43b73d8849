using Microsoft.Data.Sqlite;
using Npgsql;
using Parallax.Storage;

namespace Parallax.Tests.Storage;

/// <summary>
/// A storage backend under test (a class fixture): hands out fresh, empty store locations that
/// <see cref="DocumentStores.Open"/> accepts, and gives the tests raw SQL access beside the store.
/// </summary>
public interface IStoreBackend
{
    string Name { get; }
    /// <summary>Why the tests of this backend are skipped, or null to run them.</summary>
    string? SkipReason { get; }
    /// <summary>
    /// A location whose store holds nothing: with <paramref name="empty"/> no store at all (a new file, a database
    /// without tables), else possibly an emptied store of the latest schema (quicker on a server).
    /// </summary>
    string Fresh(bool empty = false);
    /// <summary>Opens with an explicit migration list (tests of the migration runner).</summary>
    IDocumentStore Open(string location, IReadOnlyList<SqliteDocumentStore.Migration> migrations, bool readOnly = false);
    IReadOnlyList<SqliteDocumentStore.Migration> EmbeddedMigrations { get; }
    /// <summary>Runs SQL on a connection of its own.</summary>
    void Execute(string location, string sql);
    long Scalar(string location, string sql);
    bool HasTable(string location, string table);
    /// <summary>Takes the write lock the store's writers take, on another connection, until disposed.</summary>
    IDisposable HoldWriteLock(string location);
    /// <summary>Opens a store whose writers give up after <paramref name="timeout"/> waiting for the lock.</summary>
    IDocumentStore OpenWithTimeout(string location, TimeSpan timeout);
}

public sealed class SqliteBackend : IStoreBackend, IDisposable
{
    readonly TempDb _dir = new();
    int _n;

    public string Name => "sqlite";
    public string? SkipReason => null;
    public string Fresh(bool empty = false) => Path.Combine(_dir.Dir, $"store{Interlocked.Increment(ref _n)}.db");

    public IDocumentStore Open(string location, IReadOnlyList<SqliteDocumentStore.Migration> migrations, bool readOnly = false) =>
        SqliteDocumentStore.Open(location, new SqliteStoreOptions { ReadOnly = readOnly }, migrations);

    public IReadOnlyList<SqliteDocumentStore.Migration> EmbeddedMigrations => SqliteDocumentStore.CheckMigrations(
        DataFiles.List("Storage/data/migrations/sqlite/")
            .Select(r => new SqliteDocumentStore.Migration(int.Parse(r.Split('/')[^1][..4]), r.Split('/')[^1][..^4], DataFiles.ReadAllText(r)))
            .ToList());

    static SqliteConnection Connect(string location)
    {
        var c = new SqliteConnection($"Data Source={location};Pooling=False");
        c.Open();
        return c;
    }

    public void Execute(string location, string sql)
    {
        using var c = Connect(location);
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public long Scalar(string location, string sql)
    {
        using var c = Connect(location);
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    public bool HasTable(string location, string table) =>
        Scalar(location, $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}';") > 0;

    public IDisposable HoldWriteLock(string location)
    {
        var c = Connect(location);
        var tx = c.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: holds the write lock
        return new Releaser(() => { tx.Rollback(); tx.Dispose(); c.Dispose(); });
    }

    public IDocumentStore OpenWithTimeout(string location, TimeSpan timeout) =>
        SqliteDocumentStore.Open(location, new SqliteStoreOptions { BusyTimeout = timeout });

    public void Dispose() => _dir.Dispose();
}

/// <summary>
/// A database of its own on the server named by $PARALLAX_TEST_PG (an Npgsql connection string; default
/// Host=127.0.0.1;Port=5432;Username=postgres), dropped at the end. Each test gets it with an empty public schema.
/// An unreachable server fails every PostgreSQL test (CI must have one: .ci/run starts it);
/// PARALLAX_TEST_PG=skip skips them instead, for a machine without a server.
/// </summary>
public sealed class PostgresBackend : IStoreBackend, IDisposable
{
    public const string Variable = "PARALLAX_TEST_PG";
    public const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=postgres";

    readonly NpgsqlConnectionStringBuilder? _server;
    readonly string? _url;
    readonly string? _database;

    public string Name => "postgres";
    public string? SkipReason { get; }

    public PostgresBackend()
    {
        var setting = Environment.GetEnvironmentVariable(Variable);
        if (string.Equals(setting?.Trim(), "skip", StringComparison.OrdinalIgnoreCase))
        {
            SkipReason = $"{Variable}=skip: PostgreSQL store tests not run (set {Variable} to a server's connection string, or unset it for {DefaultServer})";
            return;
        }
        var server = new NpgsqlConnectionStringBuilder(string.IsNullOrWhiteSpace(setting) ? DefaultServer : setting) { Pooling = false };
        _database = "parallax_test_" + Guid.NewGuid().ToString("N")[..16];
        var admin = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres" };
        try
        {
            using var c = new NpgsqlConnection(admin.ConnectionString);
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {_database} ENCODING 'UTF8' TEMPLATE template0", c);
            cmd.ExecuteNonQuery();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL store tests need a server: {Variable}='{setting ?? DefaultServer}' is not usable ({ex.Message}). "
                + $"Start one (bash .ci/postgres.sh prints the connection string to export), or set {Variable}=skip to skip these tests.", ex);
        }
        // Pooled, and without waiting for the WAL flush at commit: the fixture's own statements are many and small.
        _server = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = _database, Pooling = true, Options = "-c synchronous_commit=off" };
        var user = Uri.EscapeDataString(_server.Username ?? "postgres");
        var pass = string.IsNullOrEmpty(_server.Password) ? "" : ":" + Uri.EscapeDataString(_server.Password);
        _url = $"postgres://{user}{pass}@{_server.Host}:{_server.Port}/{_database}";
    }

    const string Tables = "documents, entities, mentions, times, quotes, events, event_participants, event_counts, document_sources, event_source_counts, stories, story_documents, story_assignments";
    /// <summary>Relations, columns and applied migrations of the public schema: tells a pristine store from one a test changed.</summary>
    string Fingerprint()
    {
        var shape = Text("SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public')::text || '/' "
            + "|| (SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public')::text || '/' "
            + "|| (to_regclass('public.schema_version') IS NOT NULL)::text;");
        return shape.EndsWith("true", StringComparison.Ordinal)
            ? shape + "/" + Text("SELECT string_agg(version::text || name, ',' ORDER BY version) FROM schema_version;")
            : shape;
    }
    string? _pristine;

    public string Fresh(bool empty = false)
    {
        // Re-creating the schema costs tens of DDL statements; most tests only need an empty store of the latest
        // schema, so one left unchanged by the previous test (same fingerprint) is emptied instead.
        if (!empty && _pristine is not null && Fingerprint() == _pristine)
        {
            Execute(_url!, string.Concat(Tables.Split(", ").Select(t => $"DELETE FROM {t};"))); // cheaper than TRUNCATE on tiny tables
            return _url!;
        }
        Execute(_url!, "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
        if (!empty)
        {
            using (PostgresDocumentStore.Open(_url!)) { }
            _pristine = Fingerprint();
        }
        return _url!;
    }

    string Text(string sql)
    {
        using var c = Connect();
        using var cmd = new NpgsqlCommand(sql, c);
        return cmd.ExecuteScalar() as string ?? "";
    }

    public IDocumentStore Open(string location, IReadOnlyList<SqliteDocumentStore.Migration> migrations, bool readOnly = false) =>
        PostgresDocumentStore.Open(location, new PostgresStoreOptions { ReadOnly = readOnly }, migrations);

    public IReadOnlyList<SqliteDocumentStore.Migration> EmbeddedMigrations => PostgresDocumentStore.LoadMigrations();

    NpgsqlConnection Connect()
    {
        var c = new NpgsqlConnection(_server!.ConnectionString);
        c.Open();
        return c;
    }

    public void Execute(string location, string sql)
    {
        using var c = Connect();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public long Scalar(string location, string sql)
    {
        using var c = Connect();
        using var cmd = new NpgsqlCommand(sql, c);
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    public bool HasTable(string location, string table) => Scalar(location, $"SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = '{table}';") > 0;

    public IDisposable HoldWriteLock(string location)
    {
        var c = Connect();
        var tx = c.BeginTransaction();
        using (var cmd = new NpgsqlCommand("SELECT pg_advisory_xact_lock(1349676152);", c, tx)) cmd.ExecuteNonQuery(); // 0x50726C78
        return new Releaser(() => { tx.Rollback(); tx.Dispose(); c.Dispose(); });
    }

    public IDocumentStore OpenWithTimeout(string location, TimeSpan timeout) =>
        PostgresDocumentStore.Open(location, new PostgresStoreOptions { BusyTimeout = timeout });

    public void Dispose()
    {
        if (_database is null || _server is null) return;
        try
        {
            using (var c0 = new NpgsqlConnection(_server.ConnectionString)) NpgsqlConnection.ClearPool(c0);
            var admin = new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = "postgres" };
            using var c = new NpgsqlConnection(admin.ConnectionString);
            c.Open();
            using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", c);
            cmd.ExecuteNonQuery();
        }
        catch (NpgsqlException) { /* best effort */ }
    }
}

sealed class Releaser(Action release) : IDisposable
{
    public void Dispose() => release();
}
