using Npgsql;
using Parallax.Storage;

namespace Parallax.Reliability;

/// <summary>
/// Throw-away PostgreSQL databases for the kill-and-restart and concurrency runs: <see cref="Create"/> makes a new,
/// empty database on the server and returns its postgres:// URL (what <c>parallax --db</c> and
/// <see cref="DocumentStores.Open"/> take); <see cref="Dispose"/> drops every database it made (WITH (FORCE): a
/// killed ingest may leave a session behind for a moment).
/// </summary>
public sealed class ScratchPostgres : IDisposable
{
    readonly NpgsqlConnectionStringBuilder _server;
    readonly string _prefix = "parallax_scratch_" + Guid.NewGuid().ToString("N")[..12] + "_";
    readonly List<string> _databases = [];
    int _n;

    /// <param name="server">An Npgsql connection string or a postgres:// URL of the server (its database is ignored).</param>
    /// <exception cref="StoreException">the string cannot be read, or the server cannot be reached.</exception>
    public ScratchPostgres(string server)
    {
        _server = PostgresDocumentStore.ParseConnectionString(server);
        _server.Pooling = false;
        _server.Database = "postgres";
        try
        {
            using var c = new NpgsqlConnection(_server.ConnectionString);
            c.Open();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw new StoreException(StoreErrorKind.CannotOpen, $"The PostgreSQL server {_server.Host}:{_server.Port} cannot be reached ({ex.Message}).", ex);
        }
    }

    /// <summary>The URLs of the databases made so far.</summary>
    public IReadOnlyList<string> Databases => _databases;

    /// <summary>Creates a new empty database; returns its postgres://user:password@host:port/db URL.</summary>
    public string Create()
    {
        var name = _prefix + Interlocked.Increment(ref _n);
        Run($"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0");
        lock (_databases) _databases.Add(name);
        var user = Uri.EscapeDataString(_server.Username ?? "postgres");
        var pass = string.IsNullOrEmpty(_server.Password) ? "" : ":" + Uri.EscapeDataString(_server.Password);
        var host = _server.Host ?? "localhost";
        if (host.Contains(':') && !host.StartsWith('[')) host = "[" + host + "]";
        return $"postgres://{user}{pass}@{host}:{_server.Port}/{name}";
    }

    void Run(string sql)
    {
        using var c = new NpgsqlConnection(_server.ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();   // the stores opened in this process keep pooled sessions
        List<string> names;
        lock (_databases) { names = [.. _databases]; _databases.Clear(); }
        foreach (var name in names)
        {
            try { Run($"DROP DATABASE IF EXISTS {name} WITH (FORCE)"); }
            catch (NpgsqlException) { /* best effort: the name says what it is */ }
        }
    }
}
